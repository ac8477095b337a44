import { describe, expect, it } from 'vitest';
import { indicatorFolderName } from '../../src/catalog/folder-name.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { normalizeDate as parseDate } from '../../src/dates/calendar.js';
import { configYaml } from '../../src/setup/config-template.js';
import { exampleNames } from '../../src/setup/example-names.js';
import { nameProblem, splitExtension } from '../../src/setup/names.js';
import { levelOf, planUnits } from '../../src/setup/units.js';
import { checkSchema } from '../../src/validate/schema-check.js';
import { parseYaml } from '../../src/validate/yaml-source.js';

describe('names', () => {
  it.each([
    ['学习:一', 'illegal-char'],
    ['a/b', 'illegal-char'],
    ['a\\b', 'illegal-char'],
    ['问?', 'illegal-char'],
    ['"引号"', 'illegal-char'],
    ['a|b', 'illegal-char'],
    ['tab\there', 'illegal-char'],
    [' 前面有空格', 'edge'],
    ['后面有句点.', 'edge'],
    ['.隐藏', 'edge'],
    ['..', 'dots'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['CON', 'reserved'],
    ['nul.txt', 'reserved'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(nameProblem(name)?.problem).toBe(problem);
  });

  it.each(['七一党课', '学习：一', 'IMG_0012', '第 1 次 学习', 'console'])('accepts %j', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it('parses the date forms the naming contract allows, and only real dates', () => {
    expect(parseDate('2020-07-01')).toBe('2020-07-01');
    expect(parseDate('20200701')).toBe('2020-07-01');
    expect(parseDate('2020.07.01')).toBe('2020-07-01');
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
    for (const bad of ['2020-02-30', '2021-02-29', '2020-13-01', '2020-7-1', '2020-07.01', '七月一日', '']) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
  });

  it('names indicator folders NN title and reads the number back', () => {
    expect(indicatorFolderName(5, '学习品牌建设')).toBe('05 学习品牌建设');
    expect(indicatorFolderName(12, 'a: b?')).toBe('12 a b');
  });

  it('splits the extension and lower-cases it', () => {
    expect(splitExtension('扫描件.PDF')).toEqual({ base: '扫描件', ext: 'pdf' });
    expect(splitExtension('a.b.JPG')).toEqual({ base: 'a.b', ext: 'jpg' });
    expect(splitExtension('无扩展名')).toEqual({ base: '无扩展名', ext: '' });
    expect(splitExtension('.hidden')).toEqual({ base: '.hidden', ext: '' });
  });
});

describe('units', () => {
  it('tells the level from the name', () => {
    expect(levelOf('局机关党委', true)).toBe('org');
    expect(levelOf('水文局党委', false)).toBe('org');
    expect(levelOf('信阳水文党总支', false)).toBe('general');
    expect(levelOf('机关第一党支部', true)).toBe('branch');
    expect(levelOf('某某局', true)).toBe('org');
    expect(levelOf('办公室', false)).toBe('branch');
  });

  it('gives short, unique ids numbered per level', () => {
    const units = planUnits(['局机关党委', '第一党支部', '第二党支部', '信阳党总支', '南阳党总支']);
    expect(units.map((u) => u.id)).toEqual(['jgdw', 'zb1', 'zb2', 'zzb1', 'zzb2']);
    expect(units.every((u) => u.dir === u.name)).toBe(true);
    expect(planUnits(['厅党委', '局党委']).map((u) => u.id)).toEqual(['dw', 'dw2']);
  });
});

describe('templates', () => {
  const catalog = loadCatalog('2020', { baseDir: process.cwd() });

  it('writes a dangjian.yaml that passes the config schema, quoting what needs it', () => {
    const text = configYaml({
      org: '某局: 机关党委 #1',
      year: 2020,
      catalog: '2020',
      units: planUnits(['局机关党委', '第一党支部']),
    });
    const source = parseYaml('dangjian.yaml', text);
    expect(checkSchema(source, 'config')).toEqual([]);
    expect((source.value as { org: string }).org).toBe('某局: 机关党委 #1');
  });

  it('builds example names every indicator can parse: date, a kind of the vocabulary, a title', () => {
    const words = new Set(catalog.kinds.map((k) => k.id));
    for (const indicator of catalog.indicators) {
      const names = exampleNames(catalog, indicator, 2020);
      expect(names.length, `indicator ${indicator.id}`).toBeGreaterThanOrEqual(2);
      for (const { name } of names) {
        const [date, kind, ...title] = name.split(' ');
        expect(parseDate(date!), name).toBeDefined();
        expect(words.has(kind!), name).toBe(true);
        expect(title.join(' ').length).toBeGreaterThan(0);
      }
    }
  });
});
