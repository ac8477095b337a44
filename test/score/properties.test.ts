import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate } from '../../src/dates/calendar.js';
import { evaluate } from '../../src/score/index.js';
import type { CheckResult, EvidenceEvent, ScoringConfig, UnitEvidence } from '../../src/types.js';
import { ev } from '../rules/make-events.js';
import { fixtureCatalog, fixtureConfig } from './fixture-org.js';

const kinds = ['图片', '学习记录', '计划', '方案', '凭证', '报告'];
const units = fixtureConfig().units;

const date = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ month, day }) => formatIsoDate(2020, month, Math.min(day, daysInMonth(2020, month))));

const event = fc.record({
  unit: fc.constantFrom(...units.map((u) => u.id)),
  indicator: fc.integer({ min: 1, max: 6 }),
  date,
  kinds: fc.subarray(kinds, { minLength: 1 }),
  also: fc.subarray([1, 2, 3, 4, 5, 6]),
});
type Ev = typeof event extends fc.Arbitrary<infer T> ? T : never;

const scoring = fc.record({
  partial: fc.constantFrom('proportional', 'all-or-nothing'),
  step: fc.constantFrom(0.1, 0.25, 0.5, 1),
  rollup: fc.constantFrom('mean', 'min'),
}) as fc.Arbitrary<ScoringConfig>;

function evidence(events: Ev[], na: number[]): UnitEvidence[] {
  return units.map((unit) => ({
    unit,
    exists: true,
    indicators: [1, 2, 3, 4, 5, 6].map((id) => ({
      id,
      dir: `${unit.dir}/0${id}`,
      meta: na.includes(id) && unit.id === 'zb2' ? { notApplicable: '不涉及' } : {},
      events: events
        .filter((e) => e.unit === unit.id && e.indicator === id)
        .map(
          (e): EvidenceEvent =>
            ev(e.date, e.kinds, {
              unit: unit.id,
              indicator: id,
              alsoCountsFor: e.also.filter((a) => a !== id),
            }),
        ),
    })),
  }));
}

function run(events: Ev[], na: number[], s: ScoringConfig, asOf: string): CheckResult {
  return evaluate(
    { config: fixtureConfig({ scoring: s }), catalog: fixtureCatalog, units: evidence(events, na) },
    asOf,
  );
}

describe('score properties', () => {
  it('never exceeds its max or goes below 0', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 30 }),
        fc.subarray([1, 3, 4, 5]),
        scoring,
        date,
        (events, na, s, asOf) => {
          const r = run(events, na, s, asOf);
          expect(r.score.total).toBeGreaterThanOrEqual(0);
          expect(r.score.total).toBeLessThanOrEqual(r.score.max);
          for (const i of r.indicators) expect(i.score).toBeLessThanOrEqual(i.max);
          for (const u of r.units) {
            expect(u.score.total).toBeGreaterThanOrEqual(0);
            expect(u.score.total).toBeLessThanOrEqual(u.score.max);
            for (const i of u.indicators) {
              expect(i.score).toBeGreaterThanOrEqual(0);
              expect(i.score).toBeLessThanOrEqual(i.max);
              // A multiple of the step, or the full points.
              if (i.score !== i.max)
                expect(Math.abs(i.score / s.step - Math.round(i.score / s.step))).toBeLessThan(1e-9);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding an event never lowers an indicator, unit or org score', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 25 }),
        event,
        fc.subarray([1, 3, 4, 5]),
        scoring,
        date,
        (events, extra, na, s, asOf) => {
          const before = run(events, na, s, asOf);
          const after = run([...events, extra], na, s, asOf);
          expect(after.score.total).toBeGreaterThanOrEqual(before.score.total);
          for (const [k, u] of before.units.entries()) {
            const v = after.units[k]!;
            expect(v.score.total).toBeGreaterThanOrEqual(u.score.total);
            for (const [j, i] of u.indicators.entries())
              expect(v.indicators[j]!.score).toBeGreaterThanOrEqual(i.score);
          }
          for (const [j, i] of before.indicators.entries()) {
            expect(after.indicators[j]!.score).toBeGreaterThanOrEqual(i.score);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
