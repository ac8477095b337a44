import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { bindConfig, findRepoRoot, loadConfig } from '../../src/config/load-config.js';
import { DangjianError, ProblemsError } from '../../src/errors.js';
import { makeRepo } from '../helpers/make-repo.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });

function problemsOf(text: string) {
  const root = makeRepo({ config: text });
  try {
    const config = loadConfig(root);
    bindConfig(config, catalog);
  } catch (error) {
    if (error instanceof ProblemsError)
      return error.problems.map((p) => ({ code: p.code, line: p.line, data: p.data }));
    throw error;
  }
  return [];
}

const base = `org: 某局机关党委
year: 2020
catalog: 2020
units:
  - { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }
  - { id: zb1, name: 机关第一党支部, dir: 第一党支部, level: branch }
`;

describe('loadConfig', () => {
  it('reads the example of the contract, with defaults and expanded ranges', () => {
    const root = makeRepo({
      config: `${base}responsibilities:\n  jgdw: [1-14, 25-27]\n  zb1: [15-24, 28-39]\nscoring:\n  rollup: min\n`,
    });
    const config = bindConfig(loadConfig(root), catalog);
    expect(config.catalog).toBe('2020');
    expect(config.file).toBe('dangjian.yaml');
    expect(config.units.map((u) => [u.id, u.dir, u.level])).toEqual([
      ['jgdw', '局机关党委', 'org'],
      ['zb1', '第一党支部', 'branch'],
    ]);
    expect(config.responsibilities.jgdw).toEqual([...range(1, 14), 25, 26, 27]);
    expect(config.responsibilities.zb1).toEqual([...range(15, 24), ...range(28, 39)]);
    expect(config.scoring).toEqual({ partial: 'proportional', step: 0.5, rollup: 'min' });
  });

  it('lets every unit owe every indicator by default, and a single number or a text list too', () => {
    const root = makeRepo({ config: `${base}responsibilities:\n  zb1: 5\n` });
    const config = bindConfig(loadConfig(root), catalog);
    expect(config.responsibilities.jgdw).toEqual(range(1, 39));
    expect(config.responsibilities.zb1).toEqual([5]);
    const other = bindConfig(
      loadConfig(makeRepo({ config: `${base}responsibilities:\n  zb1: "1-3、9"\n` })),
      catalog,
    );
    expect(other.responsibilities.zb1).toEqual([1, 2, 3, 9]);
  });

  it('reports every schema problem at once with its line', () => {
    const problems = problemsOf(`org: 某局
year: 二〇二〇
catalog: 2020
units:
  - { id: zb1, name: 支部, dir: 支部, level: brnach }
scoring:
  partial: some
  stepp: 1
`);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['schema/type', 2],
      ['schema/enum', 5],
      ['schema/enum', 7],
      ['schema/unknown-key', 8],
    ]);
    expect(problems[1]!.data.suggestion).toBe('branch');
  });

  it.each([
    [
      'duplicate unit id',
      `${base}  - { id: zb1, name: 二支部, dir: 二支部, level: branch }\n`,
      'config/duplicate-unit-id',
      7,
    ],
    [
      'duplicate dir',
      `${base}  - { id: zb2, name: 二支部, dir: 第一党支部/, level: branch }\n`,
      'config/duplicate-unit-dir',
      7,
    ],
    [
      'nested dirs',
      `${base}  - { id: zb2, name: 二支部, dir: 第一党支部/二, level: branch }\n`,
      'config/unit-dir-nested',
      7,
    ],
    [
      'dir leaving the repo',
      `${base}  - { id: zb2, name: 二支部, dir: ../二支部, level: branch }\n`,
      'config/unit-dir-outside',
      7,
    ],
    [
      'absolute dir',
      `${base}  - { id: zb2, name: 二支部, dir: /tmp/x, level: branch }\n`,
      'config/unit-dir-outside',
      7,
    ],
    [
      'reserved dir',
      `${base}  - { id: zb2, name: 二支部, dir: 汇编, level: branch }\n`,
      'config/unit-dir-reserved',
      7,
    ],
    ['unknown unit', `${base}responsibilities:\n  zb9: [1-3]\n`, 'config/unknown-unit', 8],
    ['backwards range', `${base}responsibilities:\n  zb1: [14-1]\n`, 'config/bad-range', 8],
    [
      'indicator not in catalog',
      `${base}responsibilities:\n  zb1: [1-3, 40]\n`,
      'config/unknown-indicator',
      8,
    ],
    ['catalog outside', base.replace('catalog: 2020', 'catalog: ../other.yaml'), 'config/catalog-outside', 3],
    [
      'absolute catalog',
      base.replace('catalog: 2020', 'catalog: /etc/catalog.yaml'),
      'config/catalog-outside',
      3,
    ],
    ['syntax error', base.replace('org: 某局机关党委', 'org: [某局'), 'yaml/syntax', undefined],
  ])('%s', (_name, text, code, line) => {
    const problems = problemsOf(text);
    expect(problems.map((p) => p.code)).toContain(code);
    if (line !== undefined) expect(problems.find((p) => p.code === code)!.line).toBe(line);
  });

  it('suggests the unit id that was meant', () => {
    const problems = problemsOf(`${base}responsibilities:\n  zb2: [1-3]\n`);
    expect(problems[0]!.data.suggestion).toBe('zb1');
  });

  it('refuses a file that is not UTF-8 (a GBK file from Notepad)', () => {
    const gbk = Buffer.from([0x6f, 0x72, 0x67, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4]);
    const root = makeRepo({ config: false, files: { 'dangjian.yaml': gbk } });
    expect(() => loadConfig(root)).toThrow(ProblemsError);
    expect(problemsOfRoot(root)).toEqual(['yaml/not-utf8']);
  });

  it('says to run init when there is no dangjian.yaml', () => {
    const root = makeRepo({ config: false });
    expect(() => loadConfig(root)).toThrow(DangjianError);
    try {
      loadConfig(root);
    } catch (error) {
      expect((error as DangjianError).code).toBe('config/missing');
      expect((error as DangjianError).exitCode).toBe(2);
    }
  });

  it('finds the repo root from a folder inside it', () => {
    const root = makeRepo();
    const deep = join(root, '第一党支部', '05 专题学习');
    mkdirSync(deep, { recursive: true });
    expect(findRepoRoot(deep)).toBe(root);
    expect(findRepoRoot(makeRepo({ config: false }))).toBeUndefined();
  });
});

function problemsOfRoot(root: string): string[] {
  try {
    loadConfig(root);
    return [];
  } catch (error) {
    return (error as ProblemsError).problems.map((p) => p.code);
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
