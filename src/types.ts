// Shared data shapes. Every layer speaks these; none of them touches fs, process or colour.

/** A calendar date as written in reports: `YYYY-MM-DD`. */
export type IsoDate = string;

export type Lang = 'zh' | 'en';

// ---------------------------------------------------------------- findings

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding is data: a stable `code` plus the facts (`data`) that the message is rendered from,
 * in the chosen language, by `src/i18n`.
 */
export interface Finding {
  severity: Severity;
  code: string;
  unit?: string;
  indicator?: number;
  /** POSIX path relative to the repo root (or the file the finding is about, e.g. dangjian.yaml). */
  path?: string;
  line?: number;
  column?: number;
  data: Record<string, string | number | boolean | undefined>;
}

// ---------------------------------------------------------------- catalog

export type Period = 'year' | 'half' | 'quarter' | 'month';

export type Rule =
  /** At least one event carrying one of `kinds` (a single `require: 图片` is `kinds: ['图片']`). */
  | { type: 'require'; kinds: string[] }
  /** At least `count` events (optionally of `kind`) in every `per` period. */
  | { type: 'minEvents'; count: number; per: Period; kind?: string }
  /** At least one event (optionally of `kind`) dated on or before `by` (`MM-DD`) of the year. */
  | { type: 'due'; by: string; kind?: string };

export interface KindDef {
  /** The canonical word, e.g. `计划`. */
  id: string;
  synonyms: string[];
  /** Compound words recognised as this kind (教育计划 → 计划); suffix matching also applies. */
  compounds: string[];
  /** File extensions (lower case, no dot) that are this kind inside an event folder, e.g. images. */
  extensions: string[];
}

export interface Category {
  /** 1-based position in the catalog. */
  index: number;
  name: string;
  section: string;
  declared: { indicators: number; points: number };
  inferred: boolean;
  note?: string;
  indicators: number[];
}

export interface Section {
  name: string;
  declared: { indicators: number; points: number };
}

export type IndicatorType = 'standard' | 'bonus' | 'deduction';

export interface Indicator {
  id: number;
  /** A short title for folder names and tables, e.g. `政治机关意识教育`. */
  title: string;
  section: string;
  category: string;
  categoryIndex: number;
  type: IndicatorType;
  veto: boolean;
  points: number;
  /** 考评要素, verbatim. */
  text: string;
  /** 支撑材料, verbatim. */
  evidence: string;
  /** 落实要点, verbatim. */
  guidance: string;
  note?: string;
  rules: Rule[];
}

export interface Catalog {
  id: string;
  title: string;
  year?: number;
  /** Where the catalog was loaded from (a path, for messages). */
  file: string;
  declared: { indicators: number; points: number };
  sections: Section[];
  categories: Category[];
  indicators: Indicator[];
  kinds: KindDef[];
}

// ---------------------------------------------------------------- dangjian.yaml

export type UnitLevel = 'org' | 'general' | 'branch';

export interface UnitConfig {
  id: string;
  name: string;
  /** Folder, POSIX, relative to the repo root, NFC. */
  dir: string;
  level: UnitLevel;
}

export interface ScoringConfig {
  partial: 'proportional' | 'all-or-nothing';
  step: number;
  rollup: 'mean' | 'min';
}

export interface Config {
  /** Path of dangjian.yaml relative to the repo root (for messages). */
  file: string;
  org: string;
  year: number;
  /** As written: a built-in id (`2020`) or a path relative to the repo root. */
  catalog: string;
  units: UnitConfig[];
  /** Expanded: unit id → sorted indicator ids it owes. Every unit owes every indicator by default. */
  responsibilities: Record<string, number[]>;
  scoring: ScoringConfig;
}

// ---------------------------------------------------------------- evidence

export interface EvidenceFile {
  /** POSIX path relative to the repo root, NFC. */
  path: string;
  /** The path as spelled on disk, when it differs from `path` (a name not stored in NFC). */
  fsPath?: string;
  /** In a git repo, for a committed file: git's object id of its content (duplicates without reading). */
  blob?: string;
  /** The kind this file carries (see product.md: kind word in its name, else 图片 for images, else the folder's). */
  kind?: string;
  /** A Git LFS pointer that stands for the file. */
  lfs: boolean;
  /** In a git repo: whether the file is committed. Undefined outside git. */
  committed?: boolean;
}

/** One dated item in an indicator folder: a dated file or a dated event folder. */
export interface EvidenceEntry {
  /** POSIX path of the file or folder, relative to the repo root. */
  path: string;
  isFolder: boolean;
  date: IsoDate;
  kind: string;
  title: string;
  files: EvidenceFile[];
}

/** Everything in one indicator folder dated the same day. Counting rules count these. */
export interface EvidenceEvent {
  unit: string;
  /** The indicator folder the event is filed under. */
  indicator: number;
  date: IsoDate;
  entries: EvidenceEntry[];
  /** Sorted, unique kinds carried by any file of the event. */
  kinds: string[];
  /** Further indicators this event serves (`_event.yaml` 同时计入), sorted, without `indicator`. */
  alsoCountsFor: number[];
}

export interface IndicatorMeta {
  /** 不适用: the reason. */
  notApplicable?: string;
  owner?: string;
  note?: string;
}

export interface IndicatorEvidence {
  id: number;
  /** POSIX folder path relative to the repo root; undefined when the folder does not exist. */
  dir?: string;
  meta: IndicatorMeta;
  /** Events filed in this folder, sorted by date. */
  events: EvidenceEvent[];
}

export interface UnitEvidence {
  unit: UnitConfig;
  /** Present on disk. */
  exists: boolean;
  indicators: IndicatorEvidence[];
}

export interface RepoScan {
  /** Absolute path of the repo root. */
  root: string;
  isGit: boolean;
  config: Config;
  catalog: Catalog;
  units: UnitEvidence[];
  /** Every file seen (evidence or not), count only: for summaries and benchmarks. */
  fileCount: number;
  findings: Finding[];
  /** In a git repo: tracked files deleted from the working tree, not yet committed (NFC, sorted). */
  deleted?: string[];
  /** In a git repo: files in an unresolved merge conflict (NFC, sorted). */
  conflicted?: string[];
}

// ---------------------------------------------------------------- check

export type RuleState = 'met' | 'pending' | 'behind' | 'overdue';
export type IndicatorStatus = 'met' | 'partial' | 'missing' | 'na';

export interface RuleResult {
  /** Stable short form, e.g. `require:图片`, `anyOf:计划|方案|通知`, `minEvents:6/year`, `due:07-01`. */
  rule: string;
  spec: Rule;
  state: RuleState;
  have: number;
  need: number;
  /** The date by which the rule must be met next (end of the open period, or the due date). */
  due?: IsoDate;
  /** Counting rules: the period `have` was counted in (the failing closed one, or the open one). Not in JSON. */
  period?: { start: IsoDate; end: IsoDate };
  /** Overdue counting rules: every closed period that fell short, in order. Not in JSON. */
  missed?: { start: IsoDate; end: IsoDate }[];
  /** Overdue counting rules: the open period already has enough. Not in JSON. */
  openMet?: boolean;
  /** Counting rules: events the pace asks for by the as-of date (⌊need × completed months / months⌋). Not in JSON. */
  pace?: number;
}

export interface IndicatorResult {
  id: number;
  score: number;
  max: number;
  status: IndicatorStatus;
  /** Events that count for this indicator (filed here or via 同时计入). */
  events: number;
  rules: RuleResult[];
  naReason?: string;
  owner?: string;
}

export interface Score {
  total: number;
  max: number;
}

export interface UnitResult {
  id: string;
  name: string;
  score: Score;
  indicators: IndicatorResult[];
}

export interface CheckResult {
  org: string;
  year: number;
  asOf: IsoDate;
  catalog: string;
  score: Score;
  units: UnitResult[];
  /** Organisation roll-up per indicator (`scoring.rollup` over the units that owe it). */
  indicators: { id: number; score: number; max: number; status: IndicatorStatus }[];
  findings: Finding[];
}
