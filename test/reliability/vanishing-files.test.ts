// Files deleted while the tool runs (a sync client, a colleague tidying up): listed, then gone before
// they are read. Simulated by making every fs call on them fail with ENOENT after the listing.
import type * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';
import { CONFIG, IND } from './tree.js';

const gone = new Set<string>();

function isGone(path: unknown): boolean {
  const text = typeof path === 'string' ? path : Buffer.isBuffer(path) ? path.toString('utf8') : String(path);
  for (const marker of gone) if (text.includes(marker)) return true;
  return false;
}

function enoent(path: unknown): NodeJS.ErrnoException {
  const error = new Error(`ENOENT: no such file or directory, '${String(path)}'`) as NodeJS.ErrnoException;
  error.code = 'ENOENT';
  return error;
}

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      if (isGone(args[0])) throw enoent(args[0]);
      return fn(...args);
    };
  const mocked = {
    ...real,
    statSync: guard(real.statSync),
    lstatSync: guard(real.lstatSync),
    readFileSync: guard(real.readFileSync),
    openSync: guard(real.openSync),
    realpathSync: guard(real.realpathSync),
    createReadStream: guard(real.createReadStream),
    existsSync: (path: fs.PathLike) => !isGone(path) && real.existsSync(path),
    // A folder listed by its parent but gone when it is itself listed.
    readdirSync: ((path: fs.PathLike, options?: unknown) => {
      if (isGone(path)) throw enoent(path);
      return (real.readdirSync as (p: fs.PathLike, o?: unknown) => unknown)(path, options);
    }) as typeof real.readdirSync,
  };
  return { ...mocked, default: mocked };
});

function repo(): string {
  return makeRepo({
    config: CONFIG,
    files: {
      [`${IND}/2020-03-01 党课材料 留下.pdf`]: 'same',
      [`${IND}/2020-03-02 党课材料 消失的文件.pdf`]: 'same',
      [`${IND}/2020-03-03 图片 消失的文件夹/a.jpg`]: 'a',
      [`${IND}/2020-03-04 图片 活动/_event.yaml`]: '同时计入: [9]\n',
      [`${IND}/2020-03-04 图片 活动/b.jpg`]: 'b',
      [`${IND}/_meta.yaml`]: '责任人: 张三\n',
      [`${IND}/2020-03-05 图片 快捷方式.jpg`]: { symlink: '2020-03-01 党课材料 留下.pdf' },
    },
  });
}

/** The codes of lint findings about the file that may vanish. */
async function vanishingCodes(dir: string): Promise<string[]> {
  const result = await runCli(['lint', '--format', 'json'], dir);
  const findings = (JSON.parse(result.stdout) as { findings: { code: string; path?: string }[] }).findings;
  return findings.filter((f) => f.path?.includes('消失的文件.pdf')).map((f) => f.code);
}

describe('files that vanish mid-scan', () => {
  it('control: with nothing gone, the two equal files are duplicates (so the simulation is observable)', async () => {
    gone.clear();
    expect(await vanishingCodes(repo())).toEqual(['file/duplicate']);
  });

  const markers = ['消失的文件.pdf', '消失的文件夹', '_event.yaml', '_meta.yaml', '快捷方式'];
  for (const marker of markers) {
    it(`${marker} gone after listing: lint, check and compile finish without an internal error`, async () => {
      const dir = repo();
      gone.clear();
      // The parent folder still lists the name; every later call on it fails with ENOENT.
      gone.add(marker);
      try {
        for (const argv of [
          ['lint', '--format', 'json'],
          ['check', '--as-of', '2020-06-30', '--format', 'json'],
          ['compile', '--quarter', '2020Q1'],
        ]) {
          const result = await runCli(argv, dir);
          expect(result.stderr, `${argv[0]}: ${result.stderr}`).not.toMatch(/内部错误|Internal error/);
          expect(result.code, `${argv[0]}: ${result.stderr}`).toBeLessThan(2);
        }
        if (marker === '消失的文件.pdf') expect(await vanishingCodes(dir)).toEqual([]);
      } finally {
        gone.clear();
      }
    });
  }
});
