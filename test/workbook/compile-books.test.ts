import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { evaluate, evaluateMonthEnds } from '../../src/score/index.js';
import type { CompileData } from '../../src/workbook/book-data.js';
import { compileBooks, planBooks } from '../../src/workbook/compile-books.js';
import { parseQuarter } from '../../src/workbook/quarter.js';
import { monthEndScores } from '../../src/workbook/run-compile.js';
import { makeFixtureOrg } from '../compile/fixture-org.js';

async function fixtureData(outDir: string): Promise<CompileData> {
  const scan = await loadRepo(makeFixtureOrg({ git: false }));
  const quarter = parseQuarter('2020Q3', scan.config.year);
  const result = evaluate({ config: scan.config, catalog: scan.catalog, units: scan.units }, quarter.end);
  return { scan, result, quarter, compiledOn: '2020-10-08', firstAdded: new Map(), outDir, monthEnds: [] };
}

describe('compileBooks', () => {
  it('removes the temporary file when a workbook fails half-way, and writes nothing', async () => {
    const data = await fixtureData('');
    data.outDir = join(data.scan.root, 'out');
    // A catalog category without indicators breaks the 自评表 after the cover is already streamed.
    data.scan.catalog = { ...data.scan.catalog, categories: [null as never] };
    await expect(compileBooks(data)).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 200));
    expect(readdirSync(data.outDir)).toEqual([]);
  });

  it('writes nothing when any one of the workbooks already exists', async () => {
    const data = await fixtureData('');
    data.outDir = join(data.scan.root, 'out');
    const plans = planBooks(data);
    mkdirSync(data.outDir, { recursive: true });
    writeFileSync(plans[2]!.path, 'someone else’s file');
    await expect(compileBooks(data)).rejects.toMatchObject({ code: 'compile/exists', exitCode: 2 });
    expect(readdirSync(data.outDir)).toHaveLength(1);
    expect(readFileSync(plans[2]!.path, 'utf8')).toBe('someone else’s file');
  });

  it('takes the last month-end from the quarter-end check, as evaluating it again would', async () => {
    const scan = await loadRepo(makeFixtureOrg({ git: false }));
    const input = { config: scan.config, catalog: scan.catalog, units: scan.units, findings: [] };
    for (const id of ['2020Q1', '2020Q3', '2020Q4']) {
      const { end } = parseQuarter(id, scan.config.year);
      const atEnd = evaluate(input, end);
      expect(monthEndScores(input, scan.config.year, end, atEnd)).toEqual(
        evaluateMonthEnds(input, scan.config.year, end),
      );
    }
  });

  it('plans the organisation book first, then each unit in config order', async () => {
    const data = await fixtureData('/out');
    expect(planBooks(data).map((p) => [p.scope.kind, p.scope.name])).toEqual([
      ['org', '河南省水文水资源局机关党委'],
      ['unit', '局机关党委'],
      ['unit', '机关第一党支部'],
      ['unit', '机关第二党支部'],
    ]);
    expect(planBooks(data, 'zb2').map((p) => p.scope.name)).toEqual(['机关第二党支部']);
  });
});
