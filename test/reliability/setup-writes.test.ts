// init and add write new files by design; they must never change a byte of a file that was there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';
import { CONFIG, expectShortError, IND, spawnQuick } from './tree.js';

/** path → fingerprint of every file and folder under root (not .git). */
function fingerprints(root: string, rel = '', out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (path === '.git') continue;
    const stat = lstatSync(join(root, path));
    const content = entry.isFile()
      ? createHash('sha256')
          .update(readFileSync(join(root, path)))
          .digest('hex')
      : '';
    out.set(path, `${stat.mode}:${stat.mtimeMs}:${stat.size}:${content}`);
    if (entry.isDirectory()) fingerprints(root, path, out);
  }
  return out;
}

/** Every entry that existed before is still there, byte-identical and with the same times. */
function expectKept(before: Map<string, string>, after: Map<string, string>): void {
  for (const [path, print] of before) {
    if (print.endsWith(':')) continue; // folders gain entries by design; their files are checked one by one
    expect(after.get(path), path).toBe(print);
  }
}

function repo(): string {
  return makeRepo({
    config: CONFIG,
    files: {
      [`${IND}/README.md`]: '我们自己改过的说明\n',
      [`${IND}/2020-07-01 党课材料 强化政治机关意识.pdf`]: 'original',
      [`${IND}/2020-07-01 图片 七一党课现场/IMG_1.jpg`]: 'photo',
      'README.md': '本单位自己写的说明\n',
      '.gitignore': '# 自己的\n',
      '扫描件.pdf': 'new scan',
    },
  });
}

describe('init and add never touch what exists', () => {
  it('init in an existing repo only adds files', async () => {
    const dir = repo();
    const before = fingerprints(dir);
    const result = await runCli(['init'], dir);
    expect(result.code, result.stderr).toBe(0);
    expectKept(before, fingerprints(dir));
  });

  it('add onto an existing name is refused and the existing file is untouched', async () => {
    const dir = repo();
    const before = fingerprints(dir);
    const result = await runCli(
      ['add', '1', '扫描件.pdf', '--date', '2020-07-01', '--kind', '党课材料', '--title', '强化政治机关意识'],
      dir,
    );
    expectShortError(result, '强化政治机关意识');
    expect(fingerprints(dir)).toEqual(before);
  });

  it('add into an existing event folder keeps the files already there', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'IMG_2.jpg'), 'photo 2');
    const before = fingerprints(dir);
    const result = await runCli(
      [
        'add',
        '1',
        'IMG_2.jpg',
        '--event',
        '--date',
        '2020-07-01',
        '--kind',
        '图片',
        '--title',
        '七一党课现场',
      ],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    const after = fingerprints(dir);
    expectKept(before, after);
    expect(after.has(`${IND}/2020-07-01 图片 七一党课现场/IMG_2.jpg`)).toBe(true);
  });

  it('add copying evidence already in the repo leaves the source as it was', async () => {
    const dir = repo();
    const before = fingerprints(dir);
    const source = `${IND}/2020-07-01 党课材料 强化政治机关意识.pdf`;
    const result = await runCli(['add', '9', source, '--date', '2020-07-01', '--kind', '党课材料'], dir);
    expect(result.code, result.stderr).toBe(0);
    expectKept(before, fingerprints(dir));
  });

  it('add refuses a FIFO or a device as a source instead of copying for ever (spawned)', () => {
    const dir = repo();
    execFileSync('mkfifo', [join(dir, '管道.pdf')]);
    const before = fingerprints(dir);
    for (const source of ['管道.pdf', '/dev/zero']) {
      const result = spawnQuick(
        ['add', '1', source, '--date', '2020-07-01', '--kind', '党课材料', '--title', '设备'],
        dir,
      );
      expectShortError(result);
      expect(fingerprints(dir)).toEqual(before);
    }
  });
});
