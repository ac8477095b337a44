// An overdue counting rule names every period that fell short, and says of the open period only
// what is true: still due, or already done.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const FEES = '第一党支部/35 党费收缴';

async function feesMessage(dates: string[], asOf: string, lang = 'zh'): Promise<string> {
  const files = Object.fromEntries(dates.map((d) => [`${FEES}/${d} 凭证 党费.pdf`, d]));
  const dir = makeRepo({ files });
  const r = await runCli(['check', dir, '--format', 'json', '--as-of', asOf, '--lang', lang]);
  const out = JSON.parse(r.stdout) as {
    findings: { code: string; unit?: string; indicator?: number; message: string }[];
  };
  return out.findings.find((f) => f.code === 'rule/overdue' && f.unit === 'zb1' && f.indicator === 35)!
    .message;
}

describe('rule/overdue for a quarterly rule', () => {
  it('a missed quarter, the current one already paid: says it is done, not that it is due', async () => {
    const message = await feesMessage(['2020-03-20', '2020-07-10'], '2020-09-25');
    expect(message).toContain('第二季度只有 0 次，应有 1 次，已逾期；眼下这一期已经完成。');
    expect(message).not.toContain('也要按时完成');
  });

  it('two missed quarters: both named; the open one still due', async () => {
    const message = await feesMessage(['2020-05-20'], '2020-10-05');
    expect(message).toContain('第一季度、第三季度都没有，已逾期；眼下这一期到12月31日截止，也要按时完成。');
    const en = await feesMessage(['2020-05-20'], '2020-10-05', 'en');
    expect(en).toContain('Q1, Q3 had none: overdue; the current period ends 2020-12-31.');
  });
});
