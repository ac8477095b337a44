import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { hashTree } from '../helpers/make-repo.js';
import { makeCheckRepo } from './check-repo.js';

interface JsonOut {
  asOf: string;
  score: { total: number; max: number };
  units: {
    id: string;
    score: { total: number; max: number };
    indicators: { id: number; status: string; events: number; rules: { rule: string; state: string }[] }[];
  }[];
  findings: {
    severity: string;
    code: string;
    unit?: string;
    indicator?: number;
    path?: string;
    message: string;
  }[];
}

let dir: string;
let before: string;

beforeAll(() => {
  dir = makeCheckRepo({ git: true });
  before = hashTree(dir);
});

afterAll(() => {
  // `check` writes nothing: the evidence tree is byte for byte what it was.
  expect(hashTree(dir)).toBe(before);
});

async function json(...argv: string[]): Promise<{ code: number; out: JsonOut }> {
  const r = await runCli(['check', dir, '--format', 'json', ...argv]);
  return { code: r.code, out: JSON.parse(r.stdout) as JsonOut };
}

const indicator = (out: JsonOut, unit: string, id: number) =>
  out.units.find((u) => u.id === unit)?.indicators.find((i) => i.id === id);

describe('dangjian check (in-process)', () => {
  it('prints the text report and exits 0 when nothing is overdue', async () => {
    const r = await runCli(['check', dir, '--as-of', '2020-03-31']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const word of [
      '局机关党委  自评分',
      '机关第一党支部  自评分',
      '扣分说明',
      '本月和下月待办（4月30日前）',
      '全局汇总',
    ]) {
      expect(r.stdout).toContain(word);
    }
  });

  it('scores the repo: due dates, 不适用, shared events, responsibilities', async () => {
    const { code, out } = await json('--as-of', '2020-07-02');
    expect(code).toBe(1);
    expect(out.asOf).toBe('2020-07-02');
    // 14 is 不适用 for its only owner: out of the org max (60 − 4).
    expect(out.score.max).toBe(56);
    expect(indicator(out, 'jgdw', 14)).toMatchObject({ status: 'na', rules: [] });
    expect(indicator(out, 'jgdw', 2)?.rules.find((r) => r.rule === 'due:03-31:计划')?.state).toBe('met');
    expect(indicator(out, 'jgdw', 1)?.rules.find((r) => r.rule.startsWith('due:07-01'))?.state).toBe(
      'overdue',
    );
    // The 七一 event in 30 also counts for 33 (同时计入).
    expect(indicator(out, 'zb1', 33)?.events).toBe(1);
    expect(indicator(out, 'zb1', 30)?.events).toBe(2);
    // zb1 owes 15-24 and 28-39 only.
    expect(out.units.find((u) => u.id === 'zb1')?.indicators.map((i) => i.id)).toEqual([
      15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
    ]);
    expect(out.findings.filter((f) => f.code === 'rule/overdue').map((f) => [f.unit, f.indicator])).toEqual([
      ['jgdw', 1],
      ['zb1', 35],
    ]);
  });

  it('accepts the date forms of file names for --as-of', async () => {
    expect((await json('--as-of', '20200331')).out.asOf).toBe('2020-03-31');
    expect((await json('--as-of', '2020.03.31')).out.asOf).toBe('2020-03-31');
  });

  it('defaults --as-of to today, or the year end once the year is over', async () => {
    const { out } = await json();
    expect(out.asOf).toBe('2020-12-31');
  });

  it('reports one unit with --unit', async () => {
    const { out } = await json('--as-of', '2020-07-02', '--unit', 'zb1');
    expect(out.units.map((u) => u.id)).toEqual(['zb1']);
    expect(out.findings.every((f) => f.unit === 'zb1')).toBe(true);
  });

  it('annotates for GitHub', async () => {
    const r = await runCli(['check', dir, '--as-of', '2020-07-02', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=局机关党委\/01 政治机关意识党课,title=/m);
    expect(r.stdout).toMatch(/^::error file=第一党支部\/35 党费收缴,/m);
    expect(r.stdout).toMatch(/^::warning file=局机关党委\/05 学习品牌建设,/m);
  });

  it('--min-score: exit 1 below it, 0 at or above it', async () => {
    const low = await runCli(['check', dir, '--as-of', '2020-03-31', '--min-score', '50']);
    expect(low.code).toBe(1);
    expect(low.stderr).toContain('低于要求的 50 分');
    const ok = await runCli(['check', dir, '--as-of', '2020-03-31', '--min-score', '0.5']);
    expect(ok.code).toBe(0);
  });

  it.each([
    [['--as-of', '2020-02-30'], 'check/bad-as-of', '2020-02-30'],
    [['--as-of', 'yesterday'], 'check/bad-as-of', 'yesterday'],
    [['--as-of', '2021-01-01'], 'check/as-of-outside-year', '2020-01-01'],
    [['--unit', 'zb2'], 'check/unknown-unit', 'zb1'],
    [['--format', 'xml'], 'cli/bad-format', 'xml'],
    [['--min-score', 'abc'], 'check/bad-min-score', 'abc'],
  ])('%j → exit 2 (%s)', async (argv, _code, mention) => {
    const r = await runCli(['check', dir, ...argv]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(mention);
  });

  it('exits 2 outside an evidence repo', async () => {
    const r = await runCli(['check', '/'], '/');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/at .*\.ts/);
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['check', dir, '--as-of', '2020-03-31', '--lang', 'en']);
    expect(r.stdout).toContain('Points lost');
    expect(r.stdout).toContain('To do before 2020-04-30');
  });
});

describe('dangjian check (spawned)', () => {
  it('gives real exit codes and parseable JSON', () => {
    const ok = spawnCli(['check', dir, '--as-of', '2020-03-31', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).score.max).toBe(56);
    const overdue = spawnCli(['check', '--as-of', '2020-07-02'], dir);
    expect(overdue.code).toBe(1);
    expect(overdue.stdout).toContain('本月待办');
    const bad = spawnCli(['check', dir, '--as-of', '2020-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2020-13-01');
  });
});
