// The index read directly must list exactly what `git ls-files -s` lists, in every form git writes
// (versions 2, 3 and 4, SHA-1 and SHA-256, conflicts, symlinks, submodules, folders below the top),
// and step aside (undefined) for the forms it does not read: split and sparse indexes, damage.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitFiles, gitRepo, trackedByGit } from '../../src/repo/git-files.js';
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
  // A conflict whose base was a submodule and one side a file: ls-files' first stage decides.
  git(
    root,
    ['update-index', '--index-info'],
    `160000 ${zero} 1\t单位/换.pdf\n100644 ${blob} 2\t单位/换.pdf\n`,
  );
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
    const raw = git(root, ['ls-files', '-s', '--', '单位/换.pdf']);
    expect(raw).toMatch(/^160000 .* 1\t/);
    expect(raw).toMatch(/\n100644 .* 2\t/);
    // In the working tree it is a file: listed once, from its first stage that is not a submodule.
    const blob = raw.split('\n')[1]!.split(' ')[1];
    expect(listed.filter((f) => f.fsPath === '单位/换.pdf')).toEqual([
      { path: '单位/换.pdf', fsPath: '单位/换.pdf', symlink: false, committed: true, blob, empty: false },
    ]);
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

  it('reads a version 4 index of deep Chinese folders', async () => {
    const root = mkdtempSync(join(os.tmpdir(), 'dangjian-index-'));
    dirs.push(root);
    git(root, ['init', '-q']);
    const blob = git(root, ['hash-object', '-w', '--stdin'], 'x').trim();
    // Each path some 330 bytes, each entry in the index a few dozen: paths spell ~5× the index.
    const deep = `${'党建工作平时动态考核材料'.repeat(9)}/2020-04-01 通知`;
    const lines = Array.from({ length: 3000 }, (_, i) => `100644 ${blob} 0\t${deep}/IMG_${i}.jpg\n`);
    git(root, ['update-index', '--index-info'], lines.join(''));
    git(root, ['update-index', '--index-version', '4']);
    expect(readFileSync(join(root, '.git/index')).readUInt32BE(4)).toBe(4);
    await expectSameAsGit(root);
  });

  it('finds its place in a folder whose name holds a line break', async () => {
    const root = makeIndexRepo();
    const odd = join(root, '单位', '05\n学习');
    mkdirSync(odd);
    writeFileSync(join(odd, '2020-03-15 记录.pdf'), 'x');
    git(root, ['add', '-A']);
    expect(gitRepo(odd)).toEqual({ prefix: '单位/05\n学习/' });
    expect((await gitFiles(odd)).map((f) => f.fsPath)).toEqual(['2020-03-15 记录.pdf']);
    // Beside it, the index is still read directly.
    expect(gitRepo(join(root, '单位'))).toMatchObject({ prefix: '单位/', objectFormat: 'sha1' });
  });

  it.skipIf(process.platform === 'win32')(
    'lists with git when git is too old to name the object format',
    async () => {
      const root = makeIndexRepo();
      // Git before 2.25 echoes an option it does not know, in its place among the answers.
      const bin = mkdtempSync(join(os.tmpdir(), 'dangjian-oldgit-'));
      dirs.push(bin);
      const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      writeFileSync(
        join(bin, 'git'),
        `#!/bin/sh\ncase "$*" in\n  *--show-object-format*) "${real}" rev-parse --is-inside-work-tree; echo --show-object-format; "${real}" rev-parse --git-path index --show-prefix ;;\n  *) exec "${real}" "$@" ;;\nesac\n`,
        { mode: 0o755 },
      );
      const expected = await gitFiles(join(root, '单位'));
      expect(expected.length).toBeGreaterThan(3);
      const path = process.env.PATH;
      process.env.PATH = `${bin}:${path}`;
      try {
        expect(gitRepo(join(root, '单位'))).toEqual({ prefix: '单位/' });
        expect(await gitFiles(join(root, '单位'))).toEqual(expected);
      } finally {
        process.env.PATH = path;
      }
    },
  );

  it('steps aside for modes, flags and extensions git does not write or would refuse', () => {
    const good = indexOf(3, [entry('a.pdf'), entry('b.pdf', { xflags: 0x4000 })]);
    expect(parseIndex(good, Buffer.alloc(0), 20)?.map((f) => f.fsPath)).toEqual(['a.pdf', 'b.pdf']);
    expect(parseIndex(indexOf(2, [entry('a.pdf', { mode: 0o100755 })]), Buffer.alloc(0), 20)).toHaveLength(1);
    for (const mode of [0o100664, 0o100000, 0o020000, 0]) {
      expect(parseIndex(indexOf(2, [entry('a.pdf', { mode })]), Buffer.alloc(0), 20)).toBeUndefined();
    }
    // Bits of the second flags word that git leaves unused and stops on.
    for (const xflags of [0x8000, 0x1000, 0x0001]) {
      expect(parseIndex(indexOf(3, [entry('a.pdf', { xflags })]), Buffer.alloc(0), 20)).toBeUndefined();
    }
    // An optional extension (upper case) is skipped; a required one (lower case) is git's business.
    const tree = extension('TREE', Buffer.from('\x001 0\n'));
    expect(parseIndex(indexOf(2, [entry('a.pdf')], tree), Buffer.alloc(0), 20)).toHaveLength(1);
    const required = extension('zzzz', Buffer.alloc(4));
    expect(parseIndex(indexOf(2, [entry('a.pdf')], required), Buffer.alloc(0), 20)).toBeUndefined();
  });

  it('steps aside, quickly, for a version 4 index that would spell huge paths', () => {
    // `a`, `aa`, `aaa`…: each entry a byte longer than the last, the whole a quadratic heap of text.
    const n = 40_000;
    const parts = [header(4, n)];
    for (let i = 0; i < n; i++) {
      const e = Buffer.alloc(65);
      e.writeUInt32BE(0o100644, 24);
      e.writeUInt16BE(Math.min(i + 1, 0xfff), 60);
      e[63] = 0x61; // strip 0, tail `a`, NUL
      parts.push(e);
    }
    const bytes = Buffer.concat([...parts, Buffer.alloc(20)]);
    const started = performance.now();
    expect(parseIndex(bytes, Buffer.alloc(0), 20, false)).toBeUndefined();
    // Not a timing test: a generous bound that only the quadratic version (seconds, GBs) would miss.
    expect(performance.now() - started).toBeLessThan(2000);
    // The same shape, short, is read.
    const short = Buffer.concat([header(4, 3), ...parts.slice(1, 4), Buffer.alloc(20)]);
    expect(parseIndex(short, Buffer.alloc(0), 20, false)?.map((f) => f.fsPath)).toEqual(['a', 'aa', 'aaa']);
  });
});

function header(version: number, count: number): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.write('DIRC');
  bytes.writeUInt32BE(version, 4);
  bytes.writeUInt32BE(count, 8);
  return bytes;
}

/** One version 2 or 3 entry (SHA-1), padded as git pads it. */
function entry(path: string, options: { mode?: number; xflags?: number } = {}): Buffer {
  const name = Buffer.from(path);
  const fixed = options.xflags === undefined ? 62 : 64;
  const bytes = Buffer.alloc((fixed + name.length + 8) & ~7);
  bytes.writeUInt32BE(options.mode ?? 0o100644, 24);
  bytes.writeUInt16BE(name.length | (options.xflags === undefined ? 0 : 0x4000), 60);
  if (options.xflags !== undefined) bytes.writeUInt16BE(options.xflags, 62);
  name.copy(bytes, fixed);
  return bytes;
}

function extension(name: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(name, 'latin1');
  head.writeUInt32BE(body.length, 4);
  return Buffer.concat([head, body]);
}

function indexOf(version: number, entries: Buffer[], extensions: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([header(version, entries.length), ...entries, extensions, Buffer.alloc(20)]);
}
