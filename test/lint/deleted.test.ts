// Evidence deleted from the folder but not yet committed: lint says so (and how to get it back);
// check simply no longer counts it.
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../helpers/check-json.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const GONE = '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf';
const KEPT = '第一党支部/05 专题学习/2020-04-15 学习记录 第二次.pdf';

describe('a committed file deleted from the working tree', () => {
  it('is a git/deleted warning in lint, placed under its unit and indicator', async () => {
    const dir = makeRepo({ files: { [GONE]: 'x', [KEPT]: 'y', '附件/说明.txt': 'z' }, git: true });
    unlinkSync(join(dir, GONE));
    unlinkSync(join(dir, '附件/说明.txt'));
    const r = await runCli(['lint', dir, '--format', 'json']);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === 'git/deleted');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', unit: 'zb1', indicator: 5, path: GONE }),
    ]);
    expect(found[0].message).toContain(`git restore --source=HEAD --staged --worktree -- "${GONE}"`);
    const check = await runCli(['check', dir, '--format', 'json', '--as-of', '2020-09-25']);
    const out = JSON.parse(check.stdout);
    expect(out.findings.map((f: { code: string }) => f.code)).not.toContain('git/deleted');
    expect(eventsOf(out, 'zb1', 5)).toBe(1);
  });

  it('is not reported once the deletion is committed', async () => {
    const dir = makeRepo({ files: { [GONE]: 'x', [KEPT]: 'y' }, git: true });
    unlinkSync(join(dir, GONE));
    const { git } = await import('../helpers/make-repo.js');
    git(dir, ['commit', '-qam', 'remove']);
    const r = await runCli(['lint', dir, '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)).not.toContain('git/deleted');
  });
});

describe('the git/deleted advice', () => {
  for (const how of ['deleted in the folder', 'deleted with git rm']) {
    it(`brings the file back when ${how}`, async () => {
      const { git } = await import('../helpers/make-repo.js');
      const { existsSync } = await import('node:fs');
      const dir = makeRepo({ files: { [GONE]: 'x', [KEPT]: 'y' }, git: true });
      if (how === 'deleted with git rm') git(dir, ['rm', '-q', GONE]);
      else unlinkSync(join(dir, GONE));
      const r = await runCli(['lint', dir, '--format', 'json']);
      const message: string = JSON.parse(r.stdout).findings.find(
        (f: { code: string }) => f.code === 'git/deleted',
      ).message;
      const restore = /运行 git (restore [^"]+)"([^"]+)"/.exec(message)!;
      git(dir, [...restore[1]!.trim().split(' '), restore[2]!]);
      expect(existsSync(join(dir, GONE))).toBe(true);
    });
  }
});
