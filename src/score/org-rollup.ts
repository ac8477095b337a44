// The organisation's score per indicator: `scoring.rollup` over the units that owe it (不适用 units left out).
import type { Catalog, IndicatorResult, IndicatorStatus, ScoringConfig } from '../types.js';
import { fromTicks, meanTicks, toTicks } from './points.js';

export interface OrgIndicator {
  id: number;
  score: number;
  max: number;
  status: IndicatorStatus;
}

/**
 * `owed` maps an indicator id to the results of every unit that owes it. An indicator nobody owes scores 0
 * out of its points (a gap in 责任分工); one that is 不适用 for every unit that owes it is out of the max.
 */
export function rollupIndicators(
  catalog: Catalog,
  owed: Map<number, IndicatorResult[]>,
  scoring: ScoringConfig,
): { indicators: OrgIndicator[]; totalTicks: number; maxTicks: number } {
  const indicators: OrgIndicator[] = [];
  let totalTicks = 0;
  let maxTicks = 0;
  for (const indicator of [...catalog.indicators].sort((a, b) => a.id - b.id)) {
    const all = owed.get(indicator.id) ?? [];
    const applicable = all.filter((r) => r.status !== 'na');
    if (all.length > 0 && applicable.length === 0) {
      indicators.push({ id: indicator.id, score: 0, max: 0, status: 'na' });
      continue;
    }
    const ticks = applicable.map((r) => toTicks(r.score));
    const score = ticks.length === 0 ? 0 : scoring.rollup === 'min' ? Math.min(...ticks) : meanTicks(ticks);
    totalTicks += score;
    maxTicks += toTicks(indicator.points);
    indicators.push({
      id: indicator.id,
      score: fromTicks(score),
      max: indicator.points,
      status: statusOf(applicable),
    });
  }
  return { indicators, totalTicks, maxTicks };
}

function statusOf(results: IndicatorResult[]): IndicatorStatus {
  if (results.length > 0 && results.every((r) => r.status === 'met')) return 'met';
  if (results.every((r) => r.status === 'missing')) return 'missing';
  return 'partial';
}
