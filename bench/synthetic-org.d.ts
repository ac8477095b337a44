// Types for the plain-JS generator, so TypeScript tests can import it.

export interface GenerateOptions {
  /** Units in dangjian.yaml (one 机关党委, about a third 党总支, the rest 党支部). Default 6. */
  units?: number;
  /** Files per indicator folder, README.md and sidecars included. Default 40. */
  filesPerIndicator?: number;
  /** PRNG seed: the same seed gives the same tree, byte for byte. Default 1. */
  seed?: number;
  /** Make it a git repo with one commit per month-end. Default true. */
  git?: boolean;
  /** Write here (empty or absent). Without it the organisation is cached under bench/.cache/. */
  dir?: string;
}

export interface SyntheticUnit {
  id: string;
  name: string;
  dir: string;
  level: 'org' | 'general' | 'branch';
}

export interface SyntheticOrg {
  /** Absolute path of the repo root (where dangjian.yaml is). */
  root: string;
  /** Files written, dangjian.yaml, README.md and sidecars included (not .git). */
  fileCount: number;
  /** Events: distinct dates per indicator folder, summed. */
  events: number;
  /** Per unit (in config order), events dated in each quarter. */
  eventsByUnitQuarter: [number, number, number, number][];
  /** Per unit, dated files and folders in each quarter, one more per further indicator an `_event.yaml` names. */
  listingsByUnitQuarter: [number, number, number, number][];
  units: SyntheticUnit[];
  /** Time spent writing files, and making the git history (0 without git). */
  writeMs: number;
  gitMs: number;
  /** Served from bench/.cache/ rather than built now. */
  cached: boolean;
}

export const GENERATOR_VERSION: number;
export const YEAR: number;
export const INDICATORS: number;
export function generateOrg(options?: GenerateOptions): SyntheticOrg;
