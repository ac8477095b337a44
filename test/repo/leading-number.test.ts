// Which folder names name an indicator: the leading number decides, unless it is a month, a
// quarter or a count.
import { describe, expect, it } from 'vitest';
import { leadingNumber } from '../../src/repo/repo-layout.js';
import { eventsOf } from '../helpers/check-json.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

describe('leadingNumber', () => {
  it.each([
    ['05', 5],
    ['5', 5],
    ['05 专题学习', 5],
    ['5-专题学习', 5],
    ['03、主题教育', 3],
    ['06.第一议题', 6],
    ['第5项', 5],
    ['39 灯下黑', 39],
  ])('%s is indicator %i', (name, id) => expect(leadingNumber(name)).toBe(id));

  it.each(['7月份材料', '3月', '1季度党费', '2020年', '12日活动', '2次学习', '材料05', ''])(
    '%s is none',
    (name) => expect(leadingNumber(name)).toBeUndefined(),
  );

  it('a month folder in a unit is reported, and its files are not counted for indicator 7', async () => {
    const dir = makeRepo({ files: { '第一党支部/7月份材料/2020-07-10 学习记录 x.pdf': 'x' } });
    const lint = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
    const found = lint.findings.find(
      (f: { code: string; path: string }) =>
        f.code === 'repo/outside-indicator' && f.path === '第一党支部/7月份材料',
    );
    expect(found.message).toContain('开头的“7月”是月份、季度或次数，不是指标序号');
    const check = JSON.parse(
      (await runCli(['check', dir, '--format', 'json', '--as-of', '2020-12-31'])).stdout,
    );
    expect(eventsOf(check, 'zb1', 7)).toBe(0);
  });
});
