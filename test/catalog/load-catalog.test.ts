import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DangjianError, ProblemsError } from '../../src/errors.js';
import { runCli, spawnCli } from '../helpers/cli.js';

const fixtures = fileURLToPath(new URL('../fixtures/catalogs/', import.meta.url));

/** The 1-based line of the first line (not a comment) containing `needle`. */
function lineOf(file: string, needle: string): number {
  const lines = readFileSync(path.join(fixtures, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => !l.startsWith('#') && l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}

function problemsOf(file: string): ProblemsError {
  try {
    loadCatalog(file, { baseDir: fixtures });
  } catch (error) {
    if (error instanceof ProblemsError) return error;
    throw error;
  }
  throw new Error(`${file} loaded`);
}

describe('loading a catalog file', () => {
  it('loads another year’s catalog with bonus, deduction and veto items', () => {
    const catalog = loadCatalog('mini.yaml', { baseDir: fixtures });
    expect(catalog.id).toBe('2021');
    expect(catalog.file).toBe('mini.yaml');
    expect(catalog.indicators.map((i) => [i.id, i.type, i.veto])).toEqual([
      [1, 'standard', false],
      [2, 'standard', true],
      [3, 'bonus', false],
      [4, 'deduction', false],
    ]);
    expect(catalog.sections.map((s) => s.name)).toEqual(['自查自评', '加分扣分']);
    // A rule may name a kind by its synonym; it is stored by the kind's id.
    expect(catalog.indicators[0]!.rules[0]).toEqual({ type: 'require', kinds: ['图片'] });
  });

  it('resolves a relative path from baseDir', () => {
    const catalog = loadCatalog('catalogs/mini.yaml', { baseDir: path.dirname(fixtures) });
    expect(catalog.file).toBe('catalogs/mini.yaml');
  });

  const cases: [file: string, code: string, needle: string, data: Record<string, unknown>][] = [
    ['wrong-sum.yaml', 'catalog/sum-mismatch', 'points: 6', { scope: 'category', declared: 6, actual: 5 }],
    ['duplicate-id.yaml', 'catalog/duplicate-id', '- id: 1\n', { id: 1 }],
    ['unknown-kind.yaml', 'catalog/unknown-kind', '学习纪录', { kind: '学习纪录', suggestion: '学习记录' }],
    ['unknown-key.yaml', 'schema/unknown-key', 'guidence', { key: 'guidence', suggestion: 'guidance' }],
    ['bad-title.yaml', 'schema/pattern', '专题学习/培训', {}],
    ['bad-yaml.yaml', 'yaml/syntax', '', {}],
  ];

  for (const [file, code, needle, data] of cases) {
    it(`refuses ${file} with ${code} at its line`, () => {
      const error = problemsOf(file);
      expect(error.exitCode).toBe(2);
      const problem = error.problems.find((p) => p.code === code);
      expect(problem, JSON.stringify(error.problems)).toBeDefined();
      expect(problem!.file).toBe(file);
      expect(problem!.data).toMatchObject(data);
      // Duplicate ids point at the second one.
      const want = needle.includes('\n')
        ? secondLineOf(file, needle.trim())
        : needle
          ? lineOf(file, needle)
          : 0;
      if (want) expect(problem!.line).toBe(want);
      else expect(problem!.line).toBeGreaterThan(0);
    });
  }

  it('refuses a missing file with catalog/not-found', () => {
    try {
      loadCatalog('no-such.yaml', { baseDir: fixtures });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DangjianError);
      expect((error as DangjianError).code).toBe('catalog/not-found');
      expect((error as DangjianError).data.builtins).toContain('2020');
    }
  });

  it('refuses a file that is not UTF-8', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dangjian-catalog-'));
    writeFileSync(path.join(dir, 'gbk.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xd6, 0xd0, 0x0a]));
    expect(() => loadCatalog('gbk.yaml', { baseDir: dir })).toThrow(ProblemsError);
  });

  it('proves the sums of the section and the whole catalog too', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dangjian-catalog-'));
    const text = readFileSync(path.join(fixtures, 'mini.yaml'), 'utf8')
      .replace('declared: { indicators: 2, points: 5 }', 'declared: { indicators: 3, points: 5 }')
      .replace('    declared: { indicators: 2, points: 3 }', '    declared: { indicators: 2, points: 4 }');
    writeFileSync(path.join(dir, 'sums.yaml'), text);
    const error = (() => {
      try {
        loadCatalog('sums.yaml', { baseDir: dir });
      } catch (e) {
        return e as ProblemsError;
      }
      throw new Error('loaded');
    })();
    expect(error.problems.map((p) => [p.code, p.data.scope, p.data.what, p.line])).toEqual([
      ['catalog/sum-mismatch', 'catalog', 'indicators', 5],
      [
        'catalog/sum-mismatch',
        'section',
        'points',
        text.split('\n').indexOf('    declared: { indicators: 2, points: 4 }') + 1,
      ],
    ]);
  });
});

function secondLineOf(file: string, needle: string): number {
  const lines = readFileSync(path.join(fixtures, file), 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  return hits[1]!;
}

describe('dangjian indicators --catalog with a broken catalog', () => {
  for (const file of [
    'bad-yaml.yaml',
    'wrong-sum.yaml',
    'duplicate-id.yaml',
    'unknown-kind.yaml',
    'unknown-key.yaml',
  ]) {
    it(`exits 2 on ${file} with file:line and no stack trace`, async () => {
      const r = await runCli(['indicators', '--catalog', file], fixtures);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+: `, 'm'));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('exits 2 with file:line and no stack trace from the built bin too', () => {
    const r = spawnCli(['indicators', '--catalog', 'wrong-sum.yaml'], fixtures);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wrong-sum\.yaml:\d+:\d+: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the did-you-mean for an unknown key', async () => {
    const r = await runCli(['indicators', '--catalog', 'unknown-key.yaml'], fixtures);
    expect(r.stderr).toContain('guidance');
  });

  it('exits 2 for a missing catalog file', async () => {
    const r = await runCli(['indicators', '--catalog', 'nothing-here.yaml'], fixtures);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing-here.yaml');
  });
});
