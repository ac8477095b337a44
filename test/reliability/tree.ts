// Fingerprints of an evidence tree that survive what hostile repos hold: names that are not UTF-8,
// FIFOs, symlink loops, unreadable folders. Equal before and after means no byte was touched.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { type Dirent, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { expect } from 'vitest';
import { DangjianError, ProblemsError } from '../../src/errors.js';
import { binPath, type CliResult, runCli } from '../helpers/cli.js';

export interface HashOptions {
  /** Top-level names left out (the tool's own output folder, `汇编`). `.git` is always left out. */
  exclude?: string[];
}

export function hashTree(root: string, options: HashOptions = {}): string {
  const skip = new Set(['.git', ...(options.exclude ?? [])]);
  const hash = createHash('sha256');
  const visit = (dir: Buffer, depth: number) => {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      hash.update(`unreadable ${(error as NodeJS.ErrnoException).code}\0`);
      return;
    }
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      if (depth === 0 && skip.has(entry.name.toString('utf8'))) continue;
      const abs = Buffer.concat([dir, Buffer.from('/'), entry.name]);
      const stat = lstatSync(abs);
      hash.update(entry.name);
      hash.update(`\0${stat.mode}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}\0`);
      if (entry.isSymbolicLink()) hash.update(readlinkSync(abs));
      else if (entry.isDirectory()) visit(abs, depth + 1);
      else if (entry.isFile()) {
        try {
          hash.update(readFileSync(abs));
        } catch (error) {
          hash.update(`unreadable ${(error as NodeJS.ErrnoException).code}\0`);
        }
      }
    }
  };
  visit(Buffer.from(root), 0);
  return hash.digest('hex');
}

/** Run the CLI in-process on a repo and prove the evidence tree is byte-identical afterwards. */
export async function runOnRepo(
  argv: string[],
  dir: string,
  env: Record<string, string> = {},
): Promise<CliResult> {
  const before = hashTree(dir, { exclude: ['汇编'] });
  const result = await runCli(argv, dir, env);
  expect(hashTree(dir, { exclude: ['汇编'] }), 'the evidence tree changed').toBe(before);
  return result;
}

/** A known error: exit code 2, nothing on stdout, no stack trace, every line naming where and what. */
export function expectKnownError(result: CliResult, ...fragments: (string | RegExp)[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr.trim()).not.toBe('');
  for (const fragment of fragments) {
    if (typeof fragment === 'string') expect(result.stderr).toContain(fragment);
    else expect(result.stderr).toMatch(fragment);
  }
}

/** One or two lines, as every single known error must be. */
export function expectShortError(result: CliResult, ...fragments: (string | RegExp)[]): void {
  expectKnownError(result, ...fragments);
  expect(result.stderr.trimEnd().split('\n').length, result.stderr).toBeLessThanOrEqual(2);
}

/** The codes of the problems a ProblemsError/DangjianError carries, or of the error thrown. */
export function errorCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemsError) return error.problems.map((p) => p.code);
    if (error instanceof DangjianError) return [error.code];
    throw error;
  }
  return [];
}

/** The built CLI as a process that must finish within `timeoutMs` (a hang is a failure, exit -1). */
export function spawnQuick(
  argv: string[],
  cwd: string,
  options: { timeoutMs?: number; uid?: number; gid?: number; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    timeout: options.timeoutMs ?? 10_000,
    killSignal: 'SIGKILL',
    uid: options.uid,
    gid: options.gid,
  });
  return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** The one-unit organisation most reliability cases start from, and its first indicator folder. */
export const CONFIG =
  'org: 机关党委\nyear: 2020\ncatalog: 2020\nunits:\n  - { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }\n';
export const IND = '局机关党委/01 政治机关意识党课';
