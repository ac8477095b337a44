// The index read directly must list exactly what `git ls-files -s` lists, in every form git writes
// (versions 2, 3 and 4, SHA-1 and SHA-256, conflicts, symlinks, submodules, folders below the top),
// and step aside (undefined) for the forms it does not read: split and sparse indexes, damage.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRepo, trackedByGit } from '../../src/repo/git-files.js';
import { parseIndex, readIndexFile } from '../../src/repo/git-index.js';
import { git } from '../helpers/make-repo.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PATHS = [
  '单位/05 学习/2020-03-15 学习记录 第一次.pdf',
  '单位/05 学习/2020-04-01 通知/IMG_0001.jpg',
  '单位/05 学习/2020-04-01 通知/IMG_0002.jpg',
  '单位/05 学习/2020-04-01 通知/_event.yaml',
  '单位/06 会议/2020-05-01 纪要 支委会.docx',
  '单位/06 会议/a\tb.pdf',
  // NFD, as a Mac writes it: the index keeps git's bytes, reports show NFC.
  '单位/06 会议/2020-06-01 纪要 Cafe\u0301.pdf',
  'dangjian.yaml',
  'README.md',
];

/** A repo with every kind of entry: files, a symlink, a submodule, a conflict, Chinese and long names. */
function makeIndexRepo(init: string[] = []): string {
  const root = mkdtempSync(join(os.tmpdir(), 'dangjian-index-'));
  dirs.push(root);
  git(root, ['init', '-q', ...init]);
  for (const path of PATHS) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), path);
  }
  writeFileSync(join(root, '单位/空.pdf'), '');
  symlinkSync('05 学习', join(root, '单位/链接'));
  git(root, ['add', '-A']);
  const zero = git(root, ['hash-object', '--stdin'], '').trim().replace(/./g, '1');
  git(root, ['update-index', '--add', '--cacheinfo', `160000,${zero},单位/子模块`]);
  git(root, ['commit', '-qm', 'first']);
  const blob = git(root, ['hash-object', '-w', '--stdin'], 'x').trim();
  const stages = [1, 2, 3].map((n) => `100644 ${blob} ${n}\t单位/冲突.pdf`).join('\n');
  git(root, ['update-index', '--index-info'], `${stages}\n`);
  // Longer than the 12 bits an entry has for its name's length (no file system takes it, git does),
  // and twenty more beside it: in version 4 each is a short tail on the one before.
  const long = `单位/${'长/'.repeat(700)}`;
  const longOnes = ['x.pdf', ...Array.from({ length: 20 }, (_, i) => `y${i}.pdf`)];
  git(
    root,
    ['update-index', '--index-info'],
    longOnes.map((n) => `100644 ${blob} 0\t${long}${n}\n`).join(''),
  );
  // Sorted after them, so version 4 cuts thousands of bytes off: a length that takes several bytes.
  git(root, ['update-index', '--add', '--cacheinfo', `100644,${blob},单位/龙.pdf`]);
  // A name that is not UTF-8 (GBK from an old zip): decoded as git's own listing decodes it.
  const gbk = Buffer.concat([
    Buffer.from(`100644 ${blob} 0\t单位/`),
    Buffer.from([0xb5, 0xb3]),
    Buffer.from('.pdf\n'),
  ]);
  execFileSync('git', ['update-index', '--index-info'], { cwd: root, input: gbk });
  return root;
}

async function expectSameAsGit(dir: string): Promise<void> {
  const repo = gitRepo(dir);
  expect(repo?.index).toBeDefined();
  const direct = readIndexFile(repo!.index!, repo!.prefix, repo!.objectFormat!);
  expect(direct).toBeDefined();
  const listed = await trackedByGit(dir);
  expect(direct).toEqual(listed);
  const withoutIds = listed.map((f) => ({ ...f, blob: undefined }));
  expect(readIndexFile(repo!.index!, repo!.prefix, repo!.objectFormat!, false)).toEqual(withoutIds);
  expect(await trackedByGit(dir, undefined, false)).toEqual(withoutIds);
}

describe('readIndexFile', () => {
  it('lists what ls-files lists, in index versions 2, 3 and 4', async () => {
    const root = makeIndexRepo();
    const listed = await trackedByGit(root);
    // Sanity: the fixture holds what it claims, or the comparisons below prove little.
    expect(listed.some((f) => f.symlink)).toBe(true);
    expect(listed.filter((f) => f.fsPath === '单位/冲突.pdf')).toHaveLength(1);
    expect(listed.some((f) => f.fsPath.includes('子模块'))).toBe(false);
    expect(listed.some((f) => f.path !== f.fsPath)).toBe(true);
    for (const version of ['2', '3', '4']) {
      git(root, ['update-index', '--index-version', version]);
      await expectSameAsGit(root);
      await expectSameAsGit(join(root, '单位'));
      await expectSameAsGit(join(root, '单位', '05 学习'));
    }
  });

  it('reads version 3 entries with extended flags (skip-worktree, intent-to-add)', async () => {
    const root = makeIndexRepo();
    git(root, ['update-index', '--skip-worktree', '--', PATHS[0]!]);
    writeFileSync(join(root, '单位/新.pdf'), 'new');
    git(root, ['add', '-N', '--', '单位/新.pdf']);
    const bytes = readFileSync(join(root, '.git/index'));
    expect(bytes.readUInt32BE(4)).toBe(3);
    await expectSameAsGit(root);
  });

  it('reads a SHA-256 repository', async () => {
    const root = makeIndexRepo(['--object-format=sha256']);
    expect(gitRepo(root)?.objectFormat).toBe('sha256');
    expect((await trackedByGit(root))[0]?.blob).toHaveLength(64);
    await expectSameAsGit(root);
  });

  it('finds the index of a linked worktree and honours GIT_INDEX_FILE', async () => {
    const root = makeIndexRepo();
    git(root, ['checkout', '-q', '-f', 'HEAD']);
    const other = join(root, '..', `${root.split('/').pop()}-wt`);
    dirs.push(other);
    git(root, ['worktree', 'add', '-q', other]);
    expect(gitRepo(other)?.index).toContain('worktrees');
    await expectSameAsGit(other);
    const alternate = join(root, '..', `${root.split('/').pop()}-index`);
    dirs.push(alternate);
    git(root, ['read-tree', `--index-output=${alternate}`, 'HEAD']);
    process.env.GIT_INDEX_FILE = alternate;
    try {
      expect(gitRepo(root)?.index).toBe(alternate);
      await expectSameAsGit(root);
    } finally {
      delete process.env.GIT_INDEX_FILE;
    }
  });

  it('steps aside for a split index, a sparse index and damaged bytes', async () => {
    const root = makeIndexRepo();
    git(root, ['checkout', '-q', '-f', 'HEAD']);
    const repo = gitRepo(root)!;
    const bytes = readFileSync(repo.index!);
    const prefix = Buffer.alloc(0);
    expect(parseIndex(bytes, prefix, 20)).toBeDefined();
    // Every cut of the file: refused, never a wrong listing or a throw.
    for (let cut = 0; cut < bytes.length - 20; cut += 97) {
      expect(parseIndex(bytes.subarray(0, cut), prefix, 20)).toBeUndefined();
    }
    const wrongVersion = Buffer.from(bytes);
    wrongVersion.writeUInt32BE(5, 4);
    expect(parseIndex(wrongVersion, prefix, 20)).toBeUndefined();
    // Read as SHA-256 a SHA-1 index does not line up.
    expect(parseIndex(bytes, prefix, 32)).toBeUndefined();
    expect(readIndexFile(repo.index!, '', 'sha3')).toBeUndefined();
    expect(readIndexFile(join(root, 'no-index'), '', 'sha1')).toBeUndefined();

    git(root, ['update-index', '--split-index']);
    expect(readIndexFile(repo.index!, '', 'sha1')).toBeUndefined();
    git(root, ['update-index', '--no-split-index']);
    expect(readIndexFile(repo.index!, '', 'sha1')).toBeDefined();

    git(root, ['sparse-checkout', 'set', '--cone', '--sparse-index', '单位/05 学习']);
    expect(readIndexFile(repo.index!, '', 'sha1')).toBeUndefined();
  });
});
