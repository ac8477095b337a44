// 问题清单: every unmet rule of an indicator that is owed and applicable costs points or is due.
import type { CheckResult, IsoDate, RepoScan, RuleState } from '../types.js';
import { ruleProblem, stateLabel } from './rule-text.js';

export interface ProblemRow {
  unitName: string;
  indicator: string;
  problem: string;
  degree: string;
  due?: IsoDate;
  owner: string;
}

const severityOrder: Record<RuleState, number> = { overdue: 0, behind: 1, pending: 2, met: 3 };

/** Problems of the units in `result` (one unit, or all), unit by unit in config order. */
export function problemRows(scan: RepoScan, result: CheckResult): ProblemRow[] {
  const titles = new Map(scan.catalog.indicators.map((i) => [i.id, i.title]));
  const owners = ownersOf(scan);
  const rows: ProblemRow[] = [];
  for (const unit of result.units) {
    for (const indicator of unit.indicators) {
      if (indicator.status === 'na') continue;
      const unmet = indicator.rules
        .filter((r) => r.state !== 'met')
        .sort((a, b) => severityOrder[a.state] - severityOrder[b.state]);
      for (const rule of unmet) {
        rows.push({
          unitName: unit.name,
          indicator: `${indicator.id}. ${titles.get(indicator.id) ?? ''}`.trim(),
          problem: ruleProblem(rule),
          degree: stateLabel[rule.state],
          due: rule.due,
          owner: indicator.owner ?? owners.get(`${unit.id}/${indicator.id}`) ?? '',
        });
      }
    }
  }
  return rows;
}

/** 责任人 from each indicator folder's `_meta.yaml`. */
function ownersOf(scan: RepoScan): Map<string, string> {
  const map = new Map<string, string>();
  for (const unit of scan.units) {
    for (const folder of unit.indicators) {
      if (folder.meta.owner) map.set(`${unit.unit.id}/${folder.id}`, folder.meta.owner);
    }
  }
  return map;
}
