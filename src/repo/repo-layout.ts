// Where a path stands in the repo layout: which unit, which indicator folder, or nowhere.
import type { Finding, UnitConfig } from '../types.js';

/** Files at the top of the repo that belong to the repo itself, not to any unit. */
export function isRootDocument(name: string): boolean {
  return /\.(md|ya?ml|txt)$/i.test(name) || /^(licen[cs]e|copying)(\.|$)/i.test(name);
}

/** Another catalog kept beside the one in use (`指标/2020.yaml` next to `指标/2021.yaml`): not evidence, not stray. */
export function besideCatalog(catalogPath: string | undefined, path: string): boolean {
  const at = catalogPath?.lastIndexOf('/') ?? -1;
  if (at < 0) return false;
  const dir = catalogPath!.slice(0, at + 1);
  return path.startsWith(dir) && !path.includes('/', dir.length) && /\.ya?ml$/i.test(path);
}

/** README.md and the like, written by `init` into unit and indicator folders. */
export function isFolderDocument(name: string): boolean {
  return /^readme(\.[a-z]+)?$/i.test(name) || /^说明\.(md|txt)$/.test(name);
}

/**
 * The indicator number a folder name starts with: `05`, `5`, `05 专题学习`, `5-专题学习`, `第5项`.
 * A number that is a month, a quarter or a count (`7月份材料`, `3季度`, `2次`) is not one.
 */
export function leadingNumber(name: string): number | undefined {
  const m = /^(?:第)?0*(\d{1,3})(?![\d月季年日号周期次批届个份天])/.exec(name.normalize('NFC').trim());
  return m ? Number(m[1]) : undefined;
}

/** The month, quarter or count a folder name starts with instead of an indicator number (`7月`), if any. */
export function leadingQuantity(name: string): string | undefined {
  return /^(?:第)?\d{1,3}[月季年日号周期次批届个份天]/.exec(name.normalize('NFC').trim())?.[0];
}

export interface UnitMatch {
  unit: UnitConfig;
  /** Where the path inside the unit folder begins (just after `dir/`; 0 for a unit at the root). */
  start: number;
}

/**
 * Finds the unit a path belongs to by its leading folders; unit folders never nest (the config
 * ensures it). Runs on every file, so it looks at slash positions instead of splitting.
 */
export function createUnitFinder(units: UnitConfig[]): (path: string) => UnitMatch | undefined {
  const byDir = new Map(units.map((u) => [u.dir, u]));
  const atRoot = byDir.get('');
  const deepest = Math.max(0, ...units.map((u) => (u.dir ? u.dir.split('/').length : 0)));
  return (path) => {
    let slash = path.indexOf('/');
    for (let k = 1; k <= deepest && slash > 0; k++) {
      const unit = byDir.get(path.slice(0, slash));
      if (unit) return { unit, start: slash + 1 };
      slash = path.indexOf('/', slash + 1);
    }
    return atRoot ? { unit: atRoot, start: 0 } : undefined;
  };
}

/** Every folder that holds a unit folder somewhere below it (`支部` for `支部/第一党支部`). */
export function unitAncestors(units: UnitConfig[]): Set<string> {
  const out = new Set<string>();
  for (const u of units) {
    const parts = u.dir.split('/');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return out;
}

/** The listing knows only paths: give its findings their unit and indicator, so reports group them there. */
export function placeFindings(findings: Finding[], units: UnitConfig[]): Finding[] {
  if (findings.length === 0) return findings;
  const findUnit = createUnitFinder(units);
  return findings.map((f) => {
    if (f.path === undefined || f.unit !== undefined) return f;
    const match = findUnit(f.path);
    if (!match) return f;
    const rest = f.path.slice(match.start);
    const slash = rest.indexOf('/');
    const indicator = slash > 0 ? leadingNumber(rest.slice(0, slash)) : undefined;
    return { ...f, unit: match.unit.id, ...(indicator !== undefined && { indicator }) };
  });
}
