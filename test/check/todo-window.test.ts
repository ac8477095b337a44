// 本月待办 lists what falls due before the month ends; checked on a month's last day (the monthly
// self-check), it looks to the end of the next month, so a deadline on the 1st is seen in time.
import { describe, expect, it } from 'vitest';
import { todoUntil } from '../../src/dates/calendar.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

describe('todoUntil', () => {
  it.each([
    ['2020-06-15', '2020-06-30'],
    ['2020-06-29', '2020-06-30'],
    ['2020-06-30', '2020-07-31'],
    ['2020-01-31', '2020-02-29'],
    ['2020-02-29', '2020-03-31'],
    ['2020-12-31', '2020-12-31'],
  ])('%s → %s', (asOf, until) => expect(todoUntil(asOf)).toBe(until));
});

describe('本月待办 at a month-end', () => {
  it('shows the 7月1日 党课 deadline on 06-30, not on 06-15', async () => {
    const dir = makeRepo({ files: { '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf': 'x' } });
    const on = async (asOf: string) => {
      const out = JSON.parse((await runCli(['check', dir, '--format', 'json', '--as-of', asOf])).stdout);
      return out.findings
        .filter((f: { unit?: string; indicator?: number }) => f.unit === 'zb1' && f.indicator === 1)
        .map((f: { code: string; message: string }) => `${f.code} ${f.message}`)
        .filter((s: string) => s.includes('7月1日'));
    };
    expect((await on('2020-06-30')).some((s: string) => s.startsWith('rule/due-soon'))).toBe(true);
    expect((await on('2020-06-15')).some((s: string) => s.startsWith('rule/due-soon'))).toBe(false);
    const text = await runCli(['check', dir, '--as-of', '2020-06-30', '--unit', 'zb1']);
    expect(text.stdout).toContain('本月和下月待办（7月31日前）');
  });
});
