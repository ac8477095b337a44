// 问题清单: every unmet rule of an indicator that is owed and applicable costs points or is due; in the
// organisation's book, so does every indicator that no unit owes.
import type { CheckResult, IsoDate, RepoScan, RuleState } from '../types.js';
import type { BookScope } from './book-data.js';
import { ruleProblem, stateLabel, unownedLabel, unownedProblem } from './rule-text.js';

export interface ProblemRow {
  unitName: string;
  indicator: string;
  problem: string;
  degree: string;
  due?: IsoDate;
  owner: string;
}

const severityOrder: Record<RuleState, number> = { overdue: 0, behind: 1, pending: 2, met: 3 };

/** Problems of the scope: the organisation's own (indicators nobody owes) first, then unit by unit in config order. */
export function problemRows(scan: RepoScan, scope: BookScope): ProblemRow[] {
  const result = scope.result;
  const titles = new Map(scan.catalog.indicators.map((i) => [i.id, i.title]));
  const label = (id: number) => `${id}. ${titles.get(id) ?? ''}`.trim();
  const owners = ownersOf(scan);
  const rows: ProblemRow[] = [];
  if (scope.kind === 'org') {
    for (const id of unownedIndicators(result)) {
      rows.push({
        unitName: scope.name,
        indicator: label(id),
        problem: unownedProblem,
        degree: unownedLabel,
        owner: '',
      });
    }
  }
  for (const unit of result.units) {
    for (const indicator of unit.indicators) {
      if (indicator.status === 'na') continue;
      const unmet = indicator.rules
        .filter((r) => r.state !== 'met')
        .sort((a, b) => severityOrder[a.state] - severityOrder[b.state]);
      for (const rule of unmet) {
        rows.push({
          unitName: unit.name,
          indicator: label(indicator.id),
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

/**
 * Indicators of the organisation's roll-up that no unit owes (check's `indicator/unowned`): they score 0 of
 * their points. Only meaningful for a result that covers every unit.
 */
export function unownedIndicators(result: CheckResult): number[] {
  const owed = new Set(result.units.flatMap((u) => u.indicators.map((i) => i.id)));
  return result.indicators.filter((i) => !owed.has(i.id)).map((i) => i.id);
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
