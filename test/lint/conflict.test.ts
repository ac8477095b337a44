// A file left in an unresolved merge conflict: committing it as it is keeps one side and drops the
// other, so lint says which commands choose, before anything is committed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../helpers/check-json.js';
import { runCli } from '../helpers/cli.js';
import { git, makeRepo } from '../helpers/make-repo.js';

const FILE = '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf';

function conflicted(): string {
  const dir = makeRepo({ files: { [FILE]: 'first version' }, git: true });
  git(dir, ['checkout', '-q', '-b', 'other']);
  writeFileSync(join(dir, FILE), 'their version');
  git(dir, ['commit', '-qam', 'theirs']);
  git(dir, ['checkout', '-q', '-']);
  writeFileSync(join(dir, FILE), 'our version');
  git(dir, ['commit', '-qam', 'ours']);
  try {
    git(dir, ['merge', '-q', 'other']);
  } catch {
    // The conflict is the point.
  }
  return dir;
}

describe('git/conflict', () => {
  it('is an error on the file, with the commands that choose a side', async () => {
    const dir = conflicted();
    const r = await runCli(['lint', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.filter((f: { code: string }) => f.code === 'git/conflict');
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', unit: 'zb1', indicator: 5, path: FILE }),
    ]);
    expect(found[0].message).toContain(`git checkout --theirs -- "${FILE}"`);
    // The file still counts as evidence meanwhile.
    const check = JSON.parse(
      (await runCli(['check', dir, '--format', 'json', '--as-of', '2020-09-25'])).stdout,
    );
    expect(eventsOf(check, 'zb1', 5)).toBe(1);
    // Following the advice resolves it.
    git(dir, ['checkout', '--theirs', '--', FILE]);
    git(dir, ['add', '--', FILE]);
    const after = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
    expect(after.findings.map((f: { code: string }) => f.code)).not.toContain('git/conflict');
    expect(execFileSync('git', ['show', `:${FILE}`], { cwd: dir, encoding: 'utf8' })).toBe('their version');
  });
});
