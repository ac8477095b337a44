import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { runCli } from '../helpers/cli.js';
import { hashTree, tempDir } from '../helpers/make-repo.js';

const fixtures = new URL('../fixtures/repos/', import.meta.url).pathname;

/** A fresh copy outside this project's git repository, so git state does not leak in. */
function copyOf(name: string): string {
  const dir = join(tempDir(), name);
  cpSync(join(fixtures, name), dir, { recursive: true });
  return dir;
}

interface JsonFinding {
  severity: string;
  code: string;
  path?: string;
  message: string;
}

async function lintJson(dir: string, extra: string[] = []) {
  const before = hashTree(dir);
  const result = await runCli(['lint', dir, '--format', 'json', ...extra]);
  expect(hashTree(dir)).toBe(before);
  const findings = JSON.parse(result.stdout).findings as JsonFinding[];
  return { ...result, findings };
}

describe('lint on fixture repos', () => {
  it('a complete repo lints clean', async () => {
    const dir = copyOf('complete');
    const { code, findings, stderr } = await lintJson(dir);
    expect(stderr).toBe('');
    expect(findings).toEqual([]);
    expect(code).toBe(0);
    const before = hashTree(dir);
    const text = await runCli(['lint'], dir);
    expect(hashTree(dir)).toBe(before);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('共 0 个错误，0 个警告');
    // Clean because everything was understood, not because nothing was read.
    const scan = await loadRepo(dir);
    const events = scan.units.flatMap((u) => u.indicators.flatMap((i) => i.events));
    expect(events.map((e) => `${e.unit} ${e.indicator} ${e.date}`)).toEqual([
      'jgdw 1 2020-07-01',
      'jgdw 2 2020-01-10',
      'jgdw 2 2020-04-20',
      'jgdw 5 2020-02-15',
      'jgdw 5 2020-03-15',
      'jgdw 5 2020-05-15',
      'jgdw 9 2020-09-01',
      'zb1 15 2020-03-01',
      'zb1 28 2020-03-31',
      'zb1 28 2020-06-30',
      'zb1 33 2020-06-10',
      'zb1 39 2020-12-20',
    ]);
    expect(scan.units[0]!.indicators.find((i) => i.id === 14)!.meta.notApplicable).toBe(
      '本年度无执纪审查案例',
    );
  });

  it('raises each finding code where it belongs and nowhere else', async () => {
    const dir = copyOf('findings');
    const expected = readFileSync(join(fixtures, 'findings', 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    const { code, findings } = await lintJson(dir);
    expect(findings.map((f) => `${f.code} ${f.path}`).sort()).toEqual([...expected].sort());
    expect(code).toBe(1);
    expect(findings.every((f) => f.message.length > 0 && !f.message.includes(f.code))).toBe(true);
  });

  it('prints findings sorted by path, then code, with stable keys', async () => {
    const dir = copyOf('findings');
    const { stdout, findings } = await lintJson(dir);
    const keys = [...findings.map((f) => `${f.path ?? ''}\u0000${f.code}`)];
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const f of findings) {
      const order = Object.keys(f).filter((k) =>
        ['severity', 'code', 'unit', 'indicator', 'path', 'message'].includes(k),
      );
      expect(order).toEqual(
        ['severity', 'code', 'unit', 'indicator', 'path', 'message'].filter((k) => k in f),
      );
    }
    expect((await runCli(['lint', dir, '--format', 'json'])).stdout).toBe(stdout);
  });

  it('chooses severities: unusable evidence is an error, advice a warning or note', async () => {
    const { findings } = await lintJson(copyOf('findings'));
    const severity = new Map(findings.map((f) => [f.code, f.severity]));
    expect(Object.fromEntries(severity)).toEqual({
      'event/not-owed': 'warning',
      'event/unknown-indicator': 'error',
      'file/duplicate': 'warning',
      'file/empty': 'error',
      'name/bad-date': 'error',
      'name/no-date': 'error',
      'name/no-kind': 'error',
      'name/out-of-year': 'warning',
      'name/unknown-kind': 'error',
      'repo/duplicate-indicator': 'warning',
      'repo/not-owed': 'info',
      'repo/outside-indicator': 'error',
      'repo/unclaimed-folder': 'warning',
      'repo/unit-missing': 'error',
      'repo/unknown-indicator': 'error',
      'schema/unknown-key': 'error',
      'sidecar/misplaced': 'warning',
      'yaml/syntax': 'error',
    });
  });
});
