import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/dates/calendar.js';
import { evaluate, evaluateMonthEnds } from '../../src/score/index.js';
import type { Catalog, EvidenceEvent, UnitEvidence } from '../../src/types.js';
import { catalogOf, configOf, ev, indicator, unitConfig } from '../rules/make-events.js';

// 60 units × 39 indicators × 24 events: about the size of the ~94,000-file organisation.
const catalog: Catalog = catalogOf(
  Array.from({ length: 39 }, (_, i) =>
    indicator(i + 1, 1 + (i % 3), [
      { type: 'require', kinds: ['计划', '方案'] },
      { type: 'minEvents', count: 6, per: 'year', kind: '学习记录' },
      { type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' },
      { type: 'due', by: '07-01', kind: '计划' },
    ]),
  ),
);
const units = Array.from({ length: 60 }, (_, u) => unitConfig(`u${u}`));
const kinds = ['计划', '学习记录', '凭证', '图片', '会议记录'];
const evidence: UnitEvidence[] = units.map((unit, u) => ({
  unit,
  exists: true,
  indicators: catalog.indicators.map((ind) => ({
    id: ind.id,
    dir: `${unit.dir}/${ind.id}`,
    meta: {},
    events: Array.from({ length: 24 }, (_, e): EvidenceEvent => {
      const month = 1 + ((e + u + ind.id) % 12);
      return ev(formatIsoDate(2020, month, 1 + ((e * 7) % 28)), [kinds[(e + u) % 5]!], {
        unit: unit.id,
        indicator: ind.id,
        alsoCountsFor: e % 10 === 0 ? [1 + ((ind.id + 3) % 39)] : [],
      });
    }),
  })),
}));

describe('check on a 60-unit organisation', () => {
  it('evaluates well within the one-second budget', () => {
    const input = { config: configOf(units), catalog, units: evidence };
    evaluate(input, '2020-09-30'); // warm up
    const start = performance.now();
    const result = evaluate(input, '2020-09-30');
    const elapsed = performance.now() - start;
    expect(result.units).toHaveLength(60);
    expect(result.score.total).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(400);
    expect(evaluateMonthEnds(input, 2020, '2020-09-30')).toHaveLength(9);
  });
});
