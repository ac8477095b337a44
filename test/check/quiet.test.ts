// --quiet prints only what needs doing: lint lists its errors (nothing when there are none), check
// gives each unit's score and 本月待办. JSON is data and stays whole.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const FOLDER = '第一党支部/05 专题学习';

describe('--quiet', () => {
  it('lint: errors only, with the full count; nothing when only warnings', async () => {
    const dir = makeRepo({
      files: {
        [`${FOLDER}/2020-03-15 学习记录 第一次.pdf`]: 'ok',
        [`${FOLDER}/没有日期.pdf`]: 'no date: an error',
        [`${FOLDER}/2019-12-01 学习记录 去年.pdf`]: 'out of year: a warning',
      },
    });
    const full = await runCli(['lint', dir]);
    const quiet = await runCli(['lint', dir, '--quiet']);
    expect(quiet.code).toBe(full.code);
    expect(full.stdout).toContain('name/out-of-year');
    expect(quiet.stdout).not.toContain('name/out-of-year');
    expect(quiet.stdout).toContain('name/no-date');
    const last = (text: string) => text.trim().split('\n').at(-1)!;
    expect(last(quiet.stdout).startsWith(last(full.stdout))).toBe(true);
    expect(last(quiet.stdout)).toMatch(/因为加了 --quiet，其余 \d+ 条警告和提示没有列出/);
    const github = await runCli(['lint', dir, '--quiet', '--format', 'github']);
    expect(github.stdout).not.toContain('out-of-year');
    expect(github.stdout).toContain('name/no-date');
    const json = await runCli(['lint', dir, '--quiet', '--format', 'json']);
    expect(json.stdout).toBe((await runCli(['lint', dir, '--format', 'json'])).stdout);

    const warningsOnly = makeRepo({
      files: {
        [`${FOLDER}/2019-12-01 学习记录 去年.pdf`]: 'x',
        '局机关党委/01/2020-03-01 图片 活动.jpg': 'y',
      },
    });
    const silent = await runCli(['lint', warningsOnly, '--quiet']);
    expect(silent).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('check: each unit its score and 本月待办, without the tables', async () => {
    const dir = makeRepo({ files: { [`${FOLDER}/2020-03-15 学习记录 第一次.pdf`]: 'ok' } });
    const full = await runCli(['check', dir, '--as-of', '2020-09-25']);
    const quiet = await runCli(['check', dir, '--as-of', '2020-09-25', '--quiet']);
    expect(quiet.code).toBe(full.code);
    expect(full.stdout).toContain('扣分说明');
    expect(quiet.stdout).not.toContain('扣分说明');
    expect(quiet.stdout).toContain('本月待办');
    expect(quiet.stdout).toContain('机关第一党支部  自评分');
    expect(quiet.stdout.length).toBeLessThan(full.stdout.length / 2);
  });
});
