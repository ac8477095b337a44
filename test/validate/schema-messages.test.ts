// Schema problems say what to write instead: one problem for a value that fits none of the accepted
// forms, "empty" for an empty value, indicator numbers with their real range, no 68 KB lists, no jargon.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { bindConfig, loadConfig } from '../../src/config/load-config.js';
import { ProblemsError } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';
import { checkSchema } from '../../src/validate/schema-check.js';
import { parseYaml } from '../../src/validate/yaml-source.js';
import { makeRepo } from '../helpers/make-repo.js';
import { sidecarFindings } from './sidecar-text.js';

const VALID =
  'org: 机关党委\nyear: 2020\ncatalog: 2020\nunits:\n  - { id: jgdw, name: 局机关党委, dir: 局机关党委, level: org }\n';
const catalog = loadCatalog('2020', { baseDir: process.cwd() });

interface Shown {
  code: string;
  line?: number;
  data: Record<string, unknown>;
  zh: string;
  en: string;
}

function shown(p: { code: string; line?: number; data: Record<string, unknown> }): Shown {
  const data = p.data as Record<string, string>;
  return { code: p.code, line: p.line, data: p.data, zh: t('zh', p.code, data), en: t('en', p.code, data) };
}

function configProblems(text: string): Shown[] {
  const dir = makeRepo({ config: false });
  writeFileSync(join(dir, 'dangjian.yaml'), text);
  try {
    bindConfig(loadConfig(dir), catalog);
  } catch (error) {
    if (error instanceof ProblemsError) return error.problems.map(shown);
    throw error;
  }
  return [];
}

function sidecarProblems(kind: 'meta' | 'event', text: string): Shown[] {
  return sidecarFindings(kind, text).map(shown);
}

function only(problems: Shown[]): Shown {
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  const p = problems[0]!;
  expect(p.zh).not.toContain('\n');
  expect(p.en).not.toContain('\n');
  return p;
}

describe('indicator numbers', () => {
  it('a word where numbers belong: says to write numbers or ranges like [1-14, 25-27], at the key as written', () => {
    const p = only(configProblems(`${VALID}responsibilities: { jgdw: abc }\n`));
    expect(p.code).toBe('schema/pattern');
    expect(p.data).toMatchObject({ field: 'responsibilities.jgdw', subject: 'indicator' });
    expect(p.zh).toBe(
      'responsibilities.jgdw 写的是 “abc”，不是指标序号。请写指标序号或从小到大的范围，如 jgdw: [1-14, 25-27]',
    );
    expect(p.en).toContain('e.g. jgdw: [1-14, 25-27]');
  });

  it('同时计入: [九] and [9.5]: one problem each, never "integer" and "text" side by side', () => {
    for (const value of ['九', '9.5', 'true', '[9]']) {
      const p = only(sidecarProblems('event', `同时计入: [${value}]\n`));
      expect(['schema/pattern', 'schema/type']).toContain(p.code);
      expect(p.zh).toContain('不是指标序号');
      expect(p.zh).toContain('同时计入: [9, 30]');
      expect(p.zh).not.toMatch(/整数|一段文字/);
    }
  });

  it('0 in responsibilities: the numbers run 1 to 39, from the catalog', () => {
    const p = only(configProblems(`${VALID}responsibilities:\n  jgdw: [1, 0]\n`));
    expect(p.code).toBe('schema/range');
    expect(p.data).toMatchObject({ subject: 'indicator', max: 39 });
    expect(p.zh).toContain('指标序号是 1 到 39');
    expect(p.zh).not.toContain('>=1');
    expect(p.en).toContain('from 1 to 39');
  });

  it('0 in _event.yaml, where the catalog is not at hand: the numbers start at 1', () => {
    const p = only(sidecarProblems('event', '同时计入: [0]\n'));
    expect(p.code).toBe('schema/range');
    expect(p.zh).toContain('指标序号从 1 开始');
  });

  it('[1-9999]: the unknown numbers as a range, one short line', () => {
    const p = only(configProblems(`${VALID}responsibilities:\n  jgdw: [1-9999]\n`));
    expect(p.code).toBe('config/unknown-indicator');
    expect(p.data).toMatchObject({ indicators: '40–9999', count: 9960 });
    expect(p.zh.length).toBeLessThan(120);
    expect(p.zh).toContain('40–9999');
  });

  it('a few unknown numbers stay a list, runs become ranges', () => {
    const p = only(configProblems(`${VALID}responsibilities:\n  jgdw: [41, 45-50, 52, 53]\n`));
    expect(p.data.indicators).toBe('41、45–50、52、53');
  });

  it('an empty list key says it is empty and what to write, never "null"', () => {
    const p = only(configProblems(`${VALID}responsibilities:\n  jgdw:\n`));
    expect(p.data.valueKind).toBe('empty');
    expect(p.zh).toBe(
      'responsibilities.jgdw 是空的（冒号后面没有写内容）。请写指标序号或从小到大的范围，如 jgdw: [1-14, 25-27]',
    );
    expect(p.en).not.toContain('null');
    const event = only(sidecarProblems('event', '同时计入:\n'));
    expect(event.zh).toContain('是空的');
    expect(event.zh).not.toContain('null');
  });
});

describe('values people type', () => {
  it('year: "2020" suggests removing the quotes', () => {
    const p = only(configProblems(VALID.replace('year: 2020', 'year: "2020"')));
    expect(p.code).toBe('schema/type');
    expect(p.data.valueKind).toBe('quoted-number');
    expect(p.zh).toContain('请去掉引号，写成 2020');
    expect(p.en).toContain('Remove the quotes');
  });

  it('year: ２０２０ says the digits are full-width', () => {
    const p = only(configProblems(VALID.replace('year: 2020', 'year: ２０２０')));
    expect(p.code).toBe('schema/type');
    expect(p.data).toMatchObject({ valueKind: 'full-width', halfWidth: '2020' });
    expect(p.zh).toContain('全角数字');
    expect(p.zh).toContain('写成 2020');
  });

  it('同时计入: [９] says the digits are full-width', () => {
    const problems = sidecarProblems('event', '同时计入: [９, ３０]\n');
    expect(problems.map((p) => p.data.halfWidth)).toEqual(['9', '30']);
    expect(problems[0]!.zh).toContain('全角数字');
  });

  it('an empty org says it is empty, with the hint', () => {
    const p = only(configProblems(VALID.replace('org: 机关党委', 'org:')));
    expect(p.zh).toBe('org 是空的（冒号后面没有写内容）。写本组织的全称，如 org: 河南省水文水资源局机关党委');
  });

  it('备注: [1,2] says to write text, not a number', () => {
    const p = only(sidecarProblems('meta', '备注: [1,2]\n'));
    expect(p.code).toBe('schema/type');
    expect(p.data.expected).toBe('string');
    expect(p.zh).toContain('这里应该是一段文字');
    expect(p.zh).not.toContain('数字');
  });

  it('责任人: [张三, 1] points at the item that is not a name', () => {
    const p = only(sidecarProblems('meta', '责任人: [张三, 1]\n'));
    expect(p.data.field).toBe('责任人[1]');
    expect(p.zh).toContain('写负责人姓名');
  });

  it('a whole file that is a list says 整个文件, not (根)', () => {
    for (const text of ['["不适用"]\n', '- 不适用\n']) {
      const p = only(sidecarProblems('meta', text));
      expect(p.zh).toMatch(/^整个文件应该是每行一个 “键: 值”/);
      expect(p.zh).toContain('每行写一项，如 责任人: 张三');
      expect(p.zh).not.toContain('(根)');
      expect(p.en).toMatch(/^The whole file/);
    }
    const config = only(configProblems('- a\n- b\n'));
    expect(config.zh).toMatch(/^整个文件/);
  });
});

describe('catalog alternatives through $ref', () => {
  it('require: 5 is one problem with the hint, not "text" and "mapping" side by side', () => {
    const mini = readFileSync('test/fixtures/catalogs/mini.yaml', 'utf8');
    const text = mini.replace('- require: 照片', '- require: 5');
    expect(text).not.toBe(mini);
    // `require` is anyOf [$ref word, { anyOf: [...] }]: the first form's errors sit under #/definitions/word.
    const problems = checkSchema(parseYaml('c.yaml', text), 'catalog');
    expect(problems.map((p) => shown(p).zh)).toEqual([expect.stringContaining('写一个材料类型')]);
  });
});
