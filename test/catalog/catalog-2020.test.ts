import { describe, expect, it } from 'vitest';
import { builtinCatalogs, loadCatalog } from '../../src/catalog/load-catalog.js';
import { seedCategoryHeadings, seedRows } from './seed-table.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });

describe('the 2020 catalog', () => {
  it('is built in', () => {
    expect(builtinCatalogs()).toContain('2020');
    expect(catalog.id).toBe('2020');
    expect(catalog.file).toBe('indicators/2020.yaml');
  });

  it('has 39 indicators worth 60 points, numbered 1 to 39', () => {
    expect(catalog.declared).toEqual({ indicators: 39, points: 60 });
    expect(catalog.indicators.map((i) => i.id)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(catalog.indicators.reduce((sum, i) => sum + i.points, 0)).toBe(60);
    expect(catalog.sections).toEqual([{ name: '自查自评', declared: { indicators: 39, points: 60 } }]);
  });

  it('has four categories of 9/5/10/15 indicators worth 13/12/14/21 points', () => {
    const actual = catalog.categories.map((c) => ({
      count: c.indicators.length,
      points: catalog.indicators.filter((i) => i.categoryIndex === c.index).reduce((s, i) => s + i.points, 0),
    }));
    expect(actual).toEqual([
      { count: 9, points: 13 },
      { count: 5, points: 12 },
      { count: 10, points: 14 },
      { count: 15, points: 21 },
    ]);
    expect(catalog.categories.map((c) => c.indicators[0])).toEqual([1, 10, 15, 25]);
  });

  it('names the categories as the seed does, and marks the one heading the seed lacks as inferred', () => {
    const headings = seedCategoryHeadings();
    for (const category of catalog.categories.filter((c) => !c.inferred)) {
      const seen = headings.find((h) => h.name === category.name);
      expect(seen, category.name).toBeDefined();
      expect({ indicators: seen!.indicators, points: seen!.points }).toEqual(category.declared);
    }
    const inferred = catalog.categories.filter((c) => c.inferred);
    expect(inferred.map((c) => c.index)).toEqual([3]);
    expect(headings.some((h) => h.name === inferred[0]!.name)).toBe(false);
    expect(inferred[0]!.note).toMatch(/推断/);
    // The seed's second page misprints the fourth heading; the catalog says so.
    expect(catalog.categories[3]!.note).toContain('创建过硬的模范机关');
  });

  it('keeps every indicator’s text, points, evidence and guidance verbatim from the seed', () => {
    const rows = seedRows();
    expect(rows).toHaveLength(catalog.indicators.length);
    for (const row of rows) {
      const indicator = catalog.indicators.find((i) => i.id === row.id)!;
      expect(indicator, `indicator ${row.id}`).toBeDefined();
      expect(
        {
          text: indicator.text,
          points: indicator.points,
          evidence: indicator.evidence,
          guidance: indicator.guidance,
        },
        `indicator ${row.id}`,
      ).toEqual({ text: row.text, points: row.points, evidence: row.evidence, guidance: row.guidance });
    }
  });

  it('says where the seed is cut off or garbled', () => {
    const noteOf = (id: number) => catalog.indicators.find((i) => i.id === id)!.note ?? '';
    expect(noteOf(9)).toContain('可结合');
    expect(noteOf(25)).toContain('现行各');
    expect(noteOf(6)).toContain('图上');
  });

  it('gives every indicator a short title usable as a Windows folder name and at least one rule', () => {
    const titles = new Set<string>();
    for (const indicator of catalog.indicators) {
      expect([...indicator.title].length, indicator.title).toBeLessThanOrEqual(12);
      expect(indicator.title).not.toMatch(/[\\/:*?"<>|]|^[\s.]|[\s.]$/);
      titles.add(indicator.title);
      expect(indicator.rules.length, `indicator ${indicator.id}`).toBeGreaterThan(0);
      expect(indicator.type).toBe('standard');
      expect(indicator.veto).toBe(false);
    }
    expect(titles.size).toBe(catalog.indicators.length);
  });

  it('encodes the counts and dates the seed states', () => {
    const rulesOf = (id: number) => catalog.indicators.find((i) => i.id === id)!.rules;
    expect(rulesOf(5)).toContainEqual({ type: 'minEvents', count: 6, per: 'year', kind: '学习记录' });
    expect(rulesOf(9)).toContainEqual(expect.objectContaining({ type: 'minEvents', count: 2, per: 'year' }));
    expect(rulesOf(12)).toContainEqual({ type: 'minEvents', count: 4, per: 'year' });
    expect(rulesOf(13)).toContainEqual(expect.objectContaining({ type: 'minEvents', count: 2, per: 'year' }));
    expect(rulesOf(35)).toEqual([{ type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' }]);
    expect(rulesOf(1)).toContainEqual({ type: 'due', by: '07-01', kind: '党课材料' });
    expect(rulesOf(2)).toContainEqual(expect.objectContaining({ type: 'due', kind: '计划' }));
    expect(rulesOf(5)).toContainEqual({ type: 'require', kinds: ['计划', '方案', '通知'] });
  });

  it('is loaded once per process', () => {
    expect(loadCatalog('2020', { baseDir: '/' })).toBe(catalog);
  });
});
