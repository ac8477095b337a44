// What one workbook is made from. Everything is read before writing starts; nothing comes from file contents.
import type { MonthEndScores } from '../score/index.js';
import type { CheckResult, IsoDate, RepoScan, UnitEvidence } from '../types.js';
import type { Quarter } from './quarter.js';

export interface CompileData {
  scan: RepoScan;
  /** The check command's result as of the quarter's last day, for every unit. */
  result: CheckResult;
  quarter: Quarter;
  compiledOn: IsoDate;
  /** First commit date of each committed file (repo-relative POSIX path); empty outside git. */
  firstAdded: Map<string, IsoDate>;
  /** Absolute folder the workbooks go to; links are relative to it. */
  outDir: string;
  /** Results at each month-end of the year so far (organisation workbook's 进度 sheet). */
  monthEnds: MonthEndScores[];
}

/** One workbook: a unit's, or the organisation's (every unit). */
export interface BookScope {
  kind: 'unit' | 'org';
  /** Display name: the unit's name, or the organisation's. */
  name: string;
  units: UnitEvidence[];
  /** The result restricted to the scope's units (the org result for the organisation). */
  result: CheckResult;
}

export function unitScope(data: CompileData, unitId: string): BookScope {
  const units = data.scan.units.filter((u) => u.unit.id === unitId);
  const result = {
    ...data.result,
    units: data.result.units.filter((u) => u.id === unitId),
  };
  return { kind: 'unit', name: units[0]?.unit.name ?? unitId, units, result };
}

export function orgScope(data: CompileData): BookScope {
  return { kind: 'org', name: data.scan.config.org, units: data.scan.units, result: data.result };
}

/** The scope's score: a unit's own, or the organisation's roll-up. */
export function scopeScore(scope: BookScope): { total: number; max: number } {
  if (scope.kind === 'org') return scope.result.score;
  return scope.result.units[0]?.score ?? { total: 0, max: 0 };
}
