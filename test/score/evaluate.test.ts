import { describe, expect, it } from 'vitest';
import { DangjianError } from '../../src/errors.js';
import { evaluate, evaluateMonthEnds } from '../../src/score/index.js';
import type { CheckResult } from '../../src/types.js';
import { fixtureCatalog, fixtureConfig, fixtureUnits } from './fixture-org.js';

const input = () => ({ config: fixtureConfig(), catalog: fixtureCatalog, units: fixtureUnits() });

function unit(result: CheckResult, id: string) {
  const found = result.units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
}

function scores(result: CheckResult, id: string) {
  return Object.fromEntries(unit(result, id).indicators.map((i) => [i.id, [i.score, i.status]]));
}

describe('evaluate: the fixture organisation on 2020-06-30 (step 0.5)', () => {
  const result = evaluate(input(), '2020-06-30');

  it('scores 局机关党委 (owes 1, 2, 5)', () => {
    // 1 (2 pts): 图片 on 02-01 ✓; 学习记录 ×2 = 02-01 + the shared 05-10 event from folder 5 ✓ → 2
    // 2 (1 pt):  计划 dated 04-02, after the 03-31 due day → overdue → 0
    // 5 (1 pt):  报告 on 05-10 ✓ → 1
    // total 2 + 0 + 1 = 3 of 2 + 1 + 1 = 4
    expect(scores(result, 'jgdw')).toEqual({ 1: [2, 'met'], 2: [0, 'missing'], 5: [1, 'met'] });
    expect(unit(result, 'jgdw').score).toEqual({ total: 3, max: 4 });
    expect(unit(result, 'jgdw').indicators[0]!.events).toBe(2);
  });

  it('scores 第一党支部 (owes 1, 3, 4)', () => {
    // 1: 图片 ✓, 学习记录 0 of 2 (pace ⌊2×6/12⌋ = 1 → behind) → 2 × 1/2 = 1
    // 3: 凭证 in Q1 ✓, none in Q2 (pace 1 on 06-30 → behind) → 0 of 1 rule → 0
    // 4: 方案 ✓, 图片 ✓, 4/year has 2 (pace 2 → pending) → 2 × 2/3 = 1.33 → down to 0.5 step → 1
    // total 1 + 0 + 1 = 2 of 2 + 2 + 2 = 6
    expect(scores(result, 'zb1')).toEqual({ 1: [1, 'partial'], 3: [0, 'missing'], 4: [1, 'partial'] });
    expect(unit(result, 'zb1').score).toEqual({ total: 2, max: 6 });
    expect(unit(result, 'zb1').indicators.find((i) => i.id === 4)?.owner).toBe('张三');
  });

  it('scores 第二党支部 (owes 1, 3, 4, 5; 5 不适用)', () => {
    // 1: 图片 ✓, 学习记录 01-05 + 06-30 = 2 ✓ (07-01 is after the as-of date) → 2
    // 3: nothing in Q1 → overdue → 0
    // 4: 计划 ✓, 图片 ✓, 4/year has 1 (pace 2 → behind) → 1.33 → 1
    // 5: 不适用 → out of the max
    // total 2 + 0 + 1 = 3 of 2 + 2 + 2 = 6
    expect(scores(result, 'zb2')).toEqual({
      1: [2, 'met'],
      3: [0, 'missing'],
      4: [1, 'partial'],
      5: [0, 'na'],
    });
    expect(unit(result, 'zb2').score).toEqual({ total: 3, max: 6 });
    expect(unit(result, 'zb2').indicators.find((i) => i.id === 5)).toMatchObject({
      max: 0,
      rules: [],
      naReason: '本支部不涉及',
    });
  });

  it('rolls up the organisation by mean, rounded to 0.01', () => {
    // 1: (2 + 1 + 2) / 3 = 1.666… → 1.67   2: 0   3: (0 + 0) / 2 = 0   4: (1 + 1) / 2 = 1
    // 5: jgdw 1, zb2 不适用 → 1            6: owed by nobody → 0 of 1
    // total 1.67 + 0 + 0 + 1 + 1 + 0 = 3.67 of 2 + 1 + 2 + 2 + 1 + 1 = 9
    expect(result.indicators.map((i) => [i.id, i.score, i.status])).toEqual([
      [1, 1.67, 'partial'],
      [2, 0, 'missing'],
      [3, 0, 'missing'],
      [4, 1, 'partial'],
      [5, 1, 'met'],
      [6, 0, 'missing'],
    ]);
    expect(result.score).toEqual({ total: 3.67, max: 9 });
  });

  it('rolls up by min', () => {
    // 1: min(2, 1, 2) = 1, 2: 0, 3: 0, 4: 1, 5: 1, 6: 0 → 3 of 9
    const byMin = evaluate(
      {
        ...input(),
        config: fixtureConfig({ scoring: { partial: 'proportional', step: 0.5, rollup: 'min' } }),
      },
      '2020-06-30',
    );
    expect(byMin.score).toEqual({ total: 3, max: 9 });
  });

  it('takes an indicator every owner marked 不适用 out of the org max', () => {
    // 5 is now 不适用 for both owners: total 3.67 − 1 = 2.67 of 9 − 1 = 8
    const r = evaluate({ ...input(), units: fixtureUnits({ jgdwFiveNa: true }) }, '2020-06-30');
    expect(r.indicators.find((i) => i.id === 5)).toEqual({ id: 5, score: 0, max: 0, status: 'na' });
    expect(r.score).toEqual({ total: 2.67, max: 8 });
  });

  it('scores all-or-nothing', () => {
    // jgdw 3/4 as before; zb1: 1 and 4 are partial → 0; zb2: 1 met → 2, 4 partial → 0
    const r = evaluate(
      {
        ...input(),
        config: fixtureConfig({ scoring: { partial: 'all-or-nothing', step: 0.5, rollup: 'mean' } }),
      },
      '2020-06-30',
    );
    expect(unit(r, 'zb1').score.total).toBe(0);
    expect(unit(r, 'zb2').score.total).toBe(2);
    expect(unit(r, 'jgdw').score.total).toBe(3);
  });

  it('gives a finding for every unmet rule, sorted by severity', () => {
    const rows = result.findings.map((f) => [f.severity, f.code, f.unit, f.indicator]);
    expect(rows).toEqual([
      ['error', 'rule/overdue', 'jgdw', 2],
      ['error', 'rule/overdue', 'zb2', 3],
      ['warning', 'indicator/unowned', undefined, 6],
      ['warning', 'rule/behind', 'zb1', 1],
      ['warning', 'rule/behind', 'zb1', 3],
      ['warning', 'rule/behind', 'zb2', 4],
      ['info', 'rule/pending', 'zb1', 4],
      ['info', 'indicator/na', 'zb2', 5],
    ]);
    const overdue = result.findings[1]!;
    expect(overdue.path).toBe('第二党支部/03 指标3');
    expect(overdue.data).toMatchObject({
      have: 0,
      need: 1,
      due: '2020-06-30',
      periodStart: '2020-01-01',
      periodEnd: '2020-03-31',
    });
  });

  it('reports one unit with --unit, keeping the organisation score', () => {
    const r = evaluate(
      {
        ...input(),
        findings: [{ severity: 'error', code: 'name/no-date', unit: 'zb2', path: 'x', data: {} }],
      },
      '2020-06-30',
      { unit: 'zb1' },
    );
    expect(r.units.map((u) => u.id)).toEqual(['zb1']);
    expect(r.score).toEqual(result.score);
    expect(new Set(r.findings.map((f) => f.unit))).toEqual(new Set(['zb1']));
  });

  it('includes the scan’s findings', () => {
    const lint = {
      severity: 'error' as const,
      code: 'name/no-date',
      unit: 'zb2',
      path: '第二党支部/01 指标1/x.pdf',
      data: {},
    };
    const r = evaluate({ ...input(), findings: [lint] }, '2020-06-30');
    expect(r.findings).toContainEqual(lint);
  });

  it('refuses an unknown unit with a suggestion', () => {
    try {
      evaluate(input(), '2020-06-30', { unit: 'zb3' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DangjianError);
      expect((error as DangjianError).code).toBe('check/unknown-unit');
      expect((error as DangjianError).data.suggestion).toBe('zb1');
    }
  });

  it('flags what is due this month as due-soon', () => {
    // On 06-15 zb1's quarterly 凭证 is due 06-30 and on pace (⌊1×2/3⌋ = 0): a warning for this month.
    const r = evaluate(input(), '2020-06-15', { unit: 'zb1' });
    expect(r.findings.find((f) => f.indicator === 3)).toMatchObject({
      code: 'rule/due-soon',
      severity: 'warning',
    });
  });
});

describe('evaluateMonthEnds', () => {
  it('gives each month-end of the year so far', () => {
    const months = evaluateMonthEnds(input(), 2020, '2020-06-30');
    expect(months.map((m) => m.asOf)).toEqual([
      '2020-01-31',
      '2020-02-29',
      '2020-03-31',
      '2020-04-30',
      '2020-05-31',
      '2020-06-30',
    ]);
    const june = evaluate(input(), '2020-06-30');
    expect(months[5]!.score).toEqual(june.score);
    expect(months[5]!.units.map((u) => u.score)).toEqual(june.units.map((u) => u.score));
    // 01-31: jgdw has nothing dated yet except nothing → 0 of 4
    expect(months[0]!.units[0]).toMatchObject({ id: 'jgdw', score: { total: 0, max: 4 } });
  });
});

describe('evaluate without findings', () => {
  it('scores exactly as with them, and explains nothing', () => {
    for (const asOf of ['2020-03-31', '2020-06-30', '2020-12-31']) {
      const full = evaluate(input(), asOf);
      const bare = evaluate({ ...input(), findings: full.findings }, asOf, { findings: false });
      expect(full.findings.length).toBeGreaterThan(0);
      expect(bare.findings).toEqual([]);
      const { findings: _full, ...fullScores } = full;
      const { findings: _bare, ...bareScores } = bare;
      expect(bareScores).toEqual(fullScores);
    }
  });
});
