// compile is the one command that writes: never over a workbook without --force, never among the
// evidence, never half a file, and a clear line when the target cannot be written.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath } from '../helpers/cli.js';
import { makeRepo, tempDir } from '../helpers/make-repo.js';
import { generateOrg } from '../helpers/synthetic-org.js';
import { expectShortError, hashTree, runOnRepo, spawnQuick } from './tree.js';

const CONFIG =
  'org: 机关党委\nyear: 2020\ncatalog: 2020\nunits:\n' +
  '  - { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }\n' +
  '  - { id: zb1, name: 第一党支部, dir: 第一党支部, level: branch }\n';
const IND = '局机关党委/01 政治机关意识党课';

function repo(): string {
  return makeRepo({
    config: CONFIG,
    files: {
      [`${IND}/2020-02-03 党课材料 党课.pdf`]: 'a',
      [`${IND}/2020-03-01 图片 活动/IMG_1.jpg`]: 'b',
      '第一党支部/35 党费/2020-03-31 凭证 党费.pdf': 'c',
      说明文件: 'not a folder',
    },
  });
}

function books(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

describe('compile into an existing folder', () => {
  it('refuses to replace workbooks without --force and leaves them byte-identical', async () => {
    const dir = repo();
    const first = await runOnRepo(['compile', '--quarter', '2020Q1'], dir);
    expect(first.code, first.stderr).toBe(0);
    const out = join(dir, '汇编', '2020Q1');
    expect(books(out)).toHaveLength(3);
    const before = hashTree(out);
    const second = await runOnRepo(['compile', '--quarter', '2020Q1'], dir);
    expectShortError(second, '--force');
    expect(hashTree(out)).toBe(before);
    const one = await runOnRepo(['compile', '--quarter', '2020Q1', '--unit', 'zb1'], dir);
    expectShortError(one, '第一党支部');
    expect(hashTree(out)).toBe(before);
    const forced = await runOnRepo(['compile', '--quarter', '2020Q1', '--force'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(books(out)).toHaveLength(3);
    expect(books(out).every((f) => f.endsWith('.xlsx'))).toBe(true);
  });

  it('other files in the output folder are left alone', async () => {
    const dir = repo();
    const out = join(dir, '汇编', '2020Q1');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '手写说明.docx'), 'keep me');
    const result = await runOnRepo(['compile', '--quarter', '2020Q1'], dir);
    expect(result.code).toBe(0);
    expect(books(out)).toHaveLength(4);
    expect(readFileSync(join(out, '手写说明.docx'), 'utf8')).toBe('keep me');
  });
});

describe('--out among the evidence', () => {
  for (const out of [
    '局机关党委',
    IND,
    `${IND}/2020-03-01 图片 活动`,
    '第一党支部/新建',
    '汇编/../局机关党委/x',
  ]) {
    it(`--out ${out}: compile/out-in-unit, nothing created`, async () => {
      const dir = repo();
      const result = await runOnRepo(['compile', '--quarter', '2020Q1', '--out', out], dir);
      expectShortError(result, '--out');
      expect(existsSync(join(dir, '汇编'))).toBe(false);
    });
  }

  it('--out through a symlink that leads into an evidence folder is refused too', async () => {
    const dir = repo();
    symlinkSync(join(dir, IND), join(dir, '捷径'));
    const result = await runOnRepo(['compile', '--quarter', '2020Q1', '--out', '捷径/汇编'], dir);
    expectShortError(result, '--out');
    expect(existsSync(join(dir, IND, '汇编'))).toBe(false);
  });
});

describe('a target that cannot be written', () => {
  it('--out under a file: one line, exit 2, no file anywhere', async () => {
    const dir = repo();
    const result = await runOnRepo(['compile', '--quarter', '2020Q1', '--out', '说明文件/x'], dir);
    expectShortError(result, '说明文件');
    expect(existsSync(join(dir, '汇编'))).toBe(false);
  });

  it('a read-only folder: write/denied in one line, no partial or temporary file (as root: run as nobody)', () => {
    const dir = repo();
    chmodSync(dir, 0o755);
    const locked = join(tempDir(), '只读');
    mkdirSync(locked);
    chmodSync(join(locked, '..'), 0o755);
    chmodSync(locked, 0o555);
    const before = hashTree(dir);
    const asRoot = process.getuid?.() === 0;
    const result = spawnQuick(
      ['compile', '--quarter', '2020Q1', '--out', join(locked, 'books')],
      dir,
      asRoot ? { uid: 65534, gid: 65534 } : {},
    );
    expectShortError(result, join(locked, 'books'));
    expect(readdirSync(locked)).toEqual([]);
    expect(hashTree(dir)).toBe(before);
  });

  it.skipIf(process.platform !== 'linux')('a path in /proc fails fast instead of hanging', () => {
    const dir = repo();
    const result = spawnQuick(['compile', '--quarter', '2020Q1', '--out', '/proc/dangjian/books'], dir);
    expectShortError(result, '/proc/dangjian/books');
  });
});

describe('Ctrl-C during compile of a big organisation (spawned)', () => {
  it('leaves no temporary file, no half workbook, and the evidence untouched', async () => {
    const org = generateOrg({ units: 8, git: false, dir: tempDir() });
    const before = hashTree(org.root, { exclude: ['汇编'] });
    const out = join(org.root, '汇编', '2020Q4');
    const child = spawn(process.execPath, [binPath, 'compile', '--quarter', '2020Q4'], {
      cwd: org.root,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Interrupt while the second workbook is being written, so one finished book exists.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const names = books(out);
      if (names.some((f) => f.endsWith('.xlsx')) && names.some((f) => f.endsWith('.tmp'))) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    const left = books(out);
    expect(left.filter((f) => !f.endsWith('.xlsx'))).toEqual([]);
    expect(left.length).toBeGreaterThanOrEqual(1);
    const { readBook } = await import('../compile/read-book.js');
    for (const f of left) expect((await readBook(join(out, f))).worksheets.length).toBeGreaterThan(3);
    expect(hashTree(org.root, { exclude: ['汇编'] })).toBe(before);
  }, 60_000);
});

describe('init into a folder that cannot be made', () => {
  it.skipIf(process.platform !== 'linux')('a path in /proc fails fast instead of hanging', () => {
    const result = spawnQuick(['init', '/proc/dangjian/台账'], tempDir());
    expectShortError(result, '/proc/dangjian');
  });

  it('a path under a file: one line, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '文件'), 'x');
    const before = hashTree(dir);
    const result = await runOnRepo(['init', '文件/台账'], dir);
    expectShortError(result, '文件');
    expect(hashTree(dir)).toBe(before);
  });
});

describe('a repo whose single unit is the repo itself (dir: ".")', () => {
  it('compiles into 汇编/ (the tool own folder, never evidence) and refuses --out into an indicator folder', async () => {
    const dir = makeRepo({
      config:
        'org: 第一党支部\nyear: 2020\ncatalog: 2020\nunits:\n  - { id: zb1, name: 第一党支部, dir: ".", level: branch }\n',
      files: { '01 党课/2020-03-01 党课材料 党课.pdf': 'x' },
    });
    const result = await runOnRepo(['compile', '--quarter', '2020Q1'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(books(join(dir, '汇编', '2020Q1'))).toHaveLength(2);
    const inside = await runOnRepo(['compile', '--quarter', '2020Q2', '--out', '01 党课'], dir);
    expectShortError(inside, '--out');
    const lint = await runOnRepo(['lint', '--format', 'json'], dir);
    expect((JSON.parse(lint.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });
});
