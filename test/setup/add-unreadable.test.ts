// A source `add` may not read is the source's problem, never the destination's. Running as root,
// permissions do not bite, so the denial is injected: fs calls on a marked path fail with EACCES.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoWithSources, treeHash } from './tree.js';

const denied = { open: '', copy: '', copyThenOpen: '' };

function eacces(path: unknown): NodeJS.ErrnoException {
  const error = new Error(`EACCES: permission denied, open '${String(path)}'`) as NodeJS.ErrnoException;
  error.code = 'EACCES';
  return error;
}

const hits = (marker: string, path: unknown) => marker !== '' && String(path).includes(marker);

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const mocked = {
    ...real,
    openSync: ((path: unknown, ...rest: unknown[]) => {
      if (hits(denied.open, path)) throw eacces(path);
      return (real.openSync as (...a: unknown[]) => number)(path, ...rest);
    }) as typeof real.openSync,
    copyFileSync: ((from: unknown, to: unknown, mode?: number) => {
      if (hits(denied.copyThenOpen, from)) {
        // The file became unreadable between the check and the copy.
        denied.open = denied.copyThenOpen;
        throw eacces(from);
      }
      // A failure the source has no part in (copyFileSync does not say which side failed).
      if (hits(denied.copy, from)) throw eacces(to);
      return real.copyFileSync(from as string, to as string, mode);
    }) as typeof real.copyFileSync,
  };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  denied.open = '';
  denied.copy = '';
  denied.copyThenOpen = '';
});

const FLAGS = ['--date', '2020-03-01', '--kind', '学习记录'];

const setup = () => repoWithSources({ '好的.pdf': '%PDF-1.4 好的\n', '锁住的.pdf': '%PDF-1.4 锁住的\n' });

describe('add: a source that cannot be read', () => {
  it('is refused before anything is copied, naming the source as typed, not the destination', async () => {
    const { root } = await setup();
    denied.open = '锁住的.pdf';
    const before = treeHash(root);
    const r = await runCli(['add', '5', '../扫描/好的.pdf', '../扫描/锁住的.pdf', ...FLAGS], root);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('无法读取要添加的文件 ../扫描/锁住的.pdf');
    expect(r.stderr).not.toContain('写入');
    expect(r.stderr).not.toContain('第一党支部');
    expect(treeHash(root)).toBe(before);
  });

  it('that becomes unreadable during the copy is still reported as the source', async () => {
    const { root } = await setup();
    denied.copyThenOpen = '锁住的.pdf';
    const r = await runCli(['add', '5', '../扫描/锁住的.pdf', ...FLAGS, '--lang', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^Cannot read the file to add, \.\.\/扫描\/锁住的\.pdf/);
  });

  it('control: a copy failure while the source reads fine still blames the destination', async () => {
    const { root } = await setup();
    denied.copy = '好的.pdf';
    const r = await runCli(['add', '5', '../扫描/好的.pdf', ...FLAGS], root);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('无法读取要添加的文件');
    expect(r.stderr).toContain('2020-03-01 学习记录 好的.pdf');
  });

  const root = process.getuid?.() === 0;
  it.skipIf(root || process.platform === 'win32')('real chmod 000, as a user permissions bind', async () => {
    const { root: repo, src } = await setup();
    chmodSync(join(src, '锁住的.pdf'), 0o000);
    const r = await runCli(['add', '5', '../扫描/锁住的.pdf', ...FLAGS], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取要添加的文件 ../扫描/锁住的.pdf');
  });
});
