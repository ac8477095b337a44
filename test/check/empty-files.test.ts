// An empty file is never evidence (product.md): lint reports it, check and compile do not count it,
// and check says why. In git, whether a committed file is empty comes from its object id; new,
// changed and non-git files are measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIndex } from '../../src/repo/git-index.js';
import { runCli } from '../helpers/cli.js';
import { git, hashTree, makeRepo } from '../helpers/make-repo.js';

const SINGLE = '第一党支部/34 帮扶/2020-04-01 措施 帮扶办法.pdf';
const FOLDER = '第一党支部/18 关爱/2020-03-01 通知 关爱活动';

interface Out {
  units: { id: string; indicators: { id: number; events: number }[] }[];
  findings: { code: string; path?: string; severity: string }[];
}

async function check(dir: string): Promise<Out> {
  const r = await runCli(['check', dir, '--format', 'json', '--as-of', '2020-09-25']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Out;
}

function events(out: Out, indicator: number): number {
  return out.units.find((u) => u.id === 'zb1')!.indicators.find((i) => i.id === indicator)!.events;
}

function empties(out: Out): string[] {
  return out.findings.filter((f) => f.code === 'file/empty').map((f) => f.path!);
}

function repo(files: Record<string, string>, git: boolean) {
  return makeRepo({
    files: {
      '第一党支部/18 关爱/2020-02-01 通知 春节慰问.pdf': 'notice',
      ...files,
    },
    git,
  });
}

describe('empty files', () => {
  for (const inGit of [true, false]) {
    it(`are not counted, and check says so (${inGit ? 'committed' : 'no git'})`, async () => {
      const dir = repo({ [SINGLE]: '', [`${FOLDER}/IMG_1.jpg`]: '', [`${FOLDER}/通知.pdf`]: '' }, inGit);
      const before = hashTree(dir);
      const out = await check(dir);
      expect(events(out, 34)).toBe(0);
      // The event folder holds only empty files: no event; the other notice still counts.
      expect(events(out, 18)).toBe(1);
      expect(empties(out).sort()).toEqual([`${FOLDER}/IMG_1.jpg`, `${FOLDER}/通知.pdf`, SINGLE].sort());
      const lint = await runCli(['lint', dir, '--format', 'json']);
      expect(lint.code).toBe(1);
      const linted = JSON.parse(lint.stdout).findings.filter(
        (f: { code: string }) => f.code === 'file/empty',
      );
      expect(linted).toHaveLength(3);
      expect(hashTree(dir)).toBe(before);
    });
  }

  it('an event folder with one empty file still counts by its other files', async () => {
    const dir = repo({ [`${FOLDER}/IMG_1.jpg`]: '', [`${FOLDER}/通知.pdf`]: 'text' }, true);
    const out = await check(dir);
    expect(events(out, 18)).toBe(2);
    expect(empties(out)).toEqual([`${FOLDER}/IMG_1.jpg`]);
  });

  it('follow the working tree: filled since the commit counts, emptied since does not', async () => {
    const dir = repo({ [SINGLE]: '', [`${FOLDER}/通知.pdf`]: 'text' }, true);
    writeFileSync(join(dir, SINGLE), 'now it has content');
    writeFileSync(join(dir, FOLDER, '通知.pdf'), '');
    const out = await check(dir);
    expect(events(out, 34)).toBe(1);
    expect(events(out, 18)).toBe(1);
    expect(empties(out)).toEqual([`${FOLDER}/通知.pdf`]);
  });

  it('new and not yet committed are measured too', async () => {
    const dir = repo({}, true);
    makeRepo({ dir, config: false, files: { [SINGLE]: '' } });
    const out = await check(dir);
    expect(events(out, 34)).toBe(0);
    expect(empties(out)).toEqual([SINGLE]);
  });

  it('reached through a symlink in the repo are measured too', async () => {
    const dir = makeRepo({
      files: { '附件/空.pdf': '', [SINGLE]: { symlink: '../../附件/空.pdf' } },
      git: true,
    });
    const out = await check(dir);
    expect(events(out, 34)).toBe(0);
    expect(empties(out)).toEqual([SINGLE]);
  });

  it("are known from the index by git's id of the empty blob", () => {
    const dir = repo({ [SINGLE]: '', [`${FOLDER}/通知.pdf`]: 'text' }, true);
    git(dir, ['update-index', '--index-version', '4']);
    for (const blobs of [true, false]) {
      const files = parseIndex(readFileSync(join(dir, '.git', 'index')), Buffer.alloc(0), 20, blobs)!;
      const byPath = new Map(files.map((f) => [f.path, f.empty]));
      expect(byPath.get(SINGLE)).toBe(true);
      expect(byPath.get(`${FOLDER}/通知.pdf`)).toBe(false);
    }
  });
});
