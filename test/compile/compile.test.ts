import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { evaluate } from '../../src/score/index.js';
import type { CheckResult } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { hashTree } from '../helpers/make-repo.js';
import { makeFixtureOrg, units } from './fixture-org.js';
import { readBook, sheetXml, topLevelElements, worksheetOrder } from './read-book.js';

const ORG_BOOK = '河南省水文水资源局机关党委-2020年第三季度汇编（汇总）.xlsx';
const UNIT_BOOK = '局机关党委-2020年第三季度汇编.xlsx';
const unitSheets = ['封面', '自评表', '材料目录', '问题清单'];

let root: string;
let outDir: string;
let result: CheckResult;
let unitHashes: string[];
let run: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  root = makeFixtureOrg();
  unitHashes = units.map((u) => hashTree(join(root, u.dir)));
  run = await runCli(['compile', root, '--quarter', '2020Q3']);
  outDir = join(root, '汇编', '2020Q3');
  const scan = await loadRepo(root);
  result = evaluate({ config: scan.config, catalog: scan.catalog, units: scan.units }, '2020-09-30');
});

const cellsOf = (ws: ExcelJS.Worksheet, col: number) => {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) => out.push(row.getCell(col)));
  return out;
};

describe('compile --quarter 2020Q3', () => {
  it('writes one workbook per unit and one for the organisation, and nothing else', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(''); // no progress without a terminal
    expect(readdirSync(outDir).sort()).toEqual(
      [
        ORG_BOOK,
        UNIT_BOOK,
        '机关第一党支部-2020年第三季度汇编.xlsx',
        '机关第二党支部-2020年第三季度汇编.xlsx',
      ].sort(),
    );
    expect(units.map((u) => hashTree(join(root, u.dir)))).toEqual(unitHashes);
  });

  it('gives each workbook its sheets in order; the organisation adds 汇总 and 进度', async () => {
    expect((await readBook(join(outDir, UNIT_BOOK))).worksheets.map((w) => w.name)).toEqual(unitSheets);
    expect((await readBook(join(outDir, ORG_BOOK))).worksheets.map((w) => w.name)).toEqual([
      ...unitSheets,
      '汇总',
      '进度',
    ]);
  });

  it('sets every table sheet up for A4 landscape, one page wide, header repeated, page numbers', async () => {
    const book = await readBook(join(outDir, ORG_BOOK));
    const workbookXml = await (await import('jszip')).default
      .loadAsync(readFileSync(join(outDir, ORG_BOOK)))
      .then((z) => z.file('xl/workbook.xml')!.async('string'));
    for (const ws of book.worksheets) {
      expect(ws.pageSetup.paperSize, ws.name).toBe(9);
      expect(ws.pageSetup.orientation, ws.name).toBe('landscape');
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
      expect(ws.headerFooter.oddFooter, ws.name).toMatch(/&P.*&N/);
      if (ws.name === '封面') continue;
      expect(ws.pageSetup.fitToHeight, ws.name).toBe(0);
      expect(ws.views[0]?.state, ws.name).toBe('frozen');
      const titles = ws.name === '汇总' ? '$2:$3' : '$2:$2';
      expect(workbookXml).toContain(`&apos;${ws.name}&apos;!${titles}`);
      ws.eachRow((row, n) => expect(row.height, `${ws.name} row ${n}`).toBeGreaterThan(0));
      expect(ws.getRow(2).getCell(1).font?.name, ws.name).toBe('黑体');
      expect(ws.getRow(ws.rowCount - 1).getCell(1).font?.name, ws.name).toBe('宋体');
    }
  });

  it('自评表: one row per indicator owed, merged 类型/内容, subtotals, and the check scores as numbers', async () => {
    const ws = (await readBook(join(outDir, UNIT_BOOK))).getWorksheet('自评表')!;
    const unit = result.units.find((u) => u.id === 'jgdw')!;
    const owed = unit.indicators.length;
    const rows = cellsOf(ws, 3).map((c) => String(c.value ?? ''));
    const subtotals = rows.filter((t) => t.startsWith('小计')).length;
    expect(subtotals).toBe(2); // indicators 1-14 span the first two categories
    expect(ws.rowCount).toBe(2 + owed + subtotals + 1);
    // 类型 and 内容 are merged down their rows (per printed page), covering every row but the total.
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    const covered = (col: string) =>
      merges
        .map((m) => new RegExp(`^${col}(\\d+):${col}(\\d+)$`).exec(m))
        .filter((m) => m !== null)
        .reduce((n, m) => n + Number(m[2]) - Number(m[1]) + 1, 0);
    expect(covered('A')).toBe(owed + subtotals);
    expect(covered('B')).toBe(owed + subtotals);
    expect(merges).toContain(`A${ws.rowCount}:C${ws.rowCount}`);
    for (const r of unit.indicators) {
      const row = rows.findIndex((t) => t.startsWith(`${r.id}. `)) + 1;
      const cell = ws.getRow(row).getCell(7);
      if (r.status === 'na') expect(cell.value).toBe('不适用');
      else expect(cell.value, `indicator ${r.id}`).toBe(r.score);
    }
    const total = ws.getRow(ws.rowCount);
    expect(String(total.getCell(1).value)).toMatch(/^合计/);
    expect(total.getCell(7).value).toBe(unit.score.total);
    expect(total.getCell(4).value).toBe(unit.score.max);
  });

  it('材料目录: every event of the quarter, linked relative to the workbook, titles kept as text', async () => {
    const path = join(outDir, UNIT_BOOK);
    const ws = (await readBook(path)).getWorksheet('材料目录')!;
    // Fixture: 5 events in Q3 under 局机关党委 (one with two files, one listed again through 同时计入).
    expect(ws.rowCount).toBe(2 + 6);
    const own = (c: ExcelJS.Cell) => c.master.address === c.address;
    expect(cellsOf(ws, 1).filter((c) => own(c) && typeof c.value === 'number')).toHaveLength(5);
    const links = cellsOf(ws, 6).filter((c) => c.hyperlink);
    expect(links).toHaveLength(6);
    for (const cell of links) {
      expect(cell.hyperlink).not.toMatch(/^([a-z]+:|\/)/i);
      const target = resolve(dirname(path), decodeURIComponent(cell.hyperlink!));
      expect(existsSync(target), target).toBe(true);
      expect(target.startsWith(root + sep)).toBe(true);
    }
    const formulaLike = cellsOf(ws, 5).filter((c) => /^[=+\-@]/.test(String(c.value ?? '')));
    expect(formulaLike.length).toBeGreaterThanOrEqual(3);
    for (const cell of formulaLike) {
      expect(typeof cell.value).toBe('string');
      expect(cell.formula).toBeUndefined();
    }
    for (const xml of Object.values(await sheetXml(path))) expect(xml).not.toContain('<f>');
    // 入库日期: the fixture's single commit is dated 2020-07-01.
    const added = cellsOf(ws, 8).slice(2);
    for (const cell of added) expect((cell.value as Date).toISOString().slice(0, 10)).toBe('2020-07-01');
  });

  it('问题清单: every unmet rule, with the 责任人 from _meta.yaml and an empty 整改措施', async () => {
    const ws = (await readBook(join(outDir, UNIT_BOOK))).getWorksheet('问题清单')!;
    const unit = result.units.find((u) => u.id === 'jgdw')!;
    const unmet = unit.indicators
      .filter((i) => i.status !== 'na')
      .reduce((n, i) => n + i.rules.filter((r) => r.state !== 'met').length, 0);
    expect(ws.rowCount).toBe(2 + unmet);
    const owners = cellsOf(ws, 8).map((c) => c.value);
    expect(owners).toContain('张三');
    expect(
      cellsOf(ws, 7)
        .slice(2)
        .every((c) => c.value === null),
    ).toBe(true);
  });

  it('汇总 and 进度: scores per unit as numbers, a colour scale, month-ends of the year so far', async () => {
    const book = await readBook(join(outDir, ORG_BOOK));
    const summary = book.getWorksheet('汇总')!;
    expect(summary.getRow(4).getCell(1).value).toBe('局机关党委');
    expect(typeof summary.getRow(4).getCell(2).value).toBe('number');
    const progress = book.getWorksheet('进度')!;
    const header = progress.getRow(2).values as unknown[];
    expect(header.filter((v) => typeof v === 'string' && v.endsWith('月末'))).toHaveLength(9);
    const xml = await sheetXml(join(outDir, ORG_BOOK));
    const withScale = Object.values(xml).filter((x) => x.includes('<colorScale>'));
    expect(withScale).toHaveLength(2);
  });

  it('writes worksheet XML in the order Excel requires (no conditional formatting after hyperlinks)', async () => {
    for (const file of readdirSync(outDir)) {
      for (const [name, xml] of Object.entries(await sheetXml(join(outDir, file)))) {
        const order = topLevelElements(xml).map((e) => worksheetOrder.indexOf(e));
        expect(order.includes(-1), `${file} ${name}`).toBe(false);
        expect(order, `${file} ${name}`).toEqual([...order].sort((a, b) => a - b));
      }
    }
  });

  it('leaves no temporary file behind', () => {
    expect(readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to replace existing workbooks without --force, leaving them byte-identical', async () => {
    const before = readdirSync(outDir).map((f) => readFileSync(join(outDir, f)));
    const again = await runCli(['compile', root, '--quarter', '2020Q3']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(outDir).map((f) => readFileSync(join(outDir, f)))).toEqual(before);
    const forced = await runCli(['compile', root, '--quarter', '2020Q3', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(outDir)).toHaveLength(before.length);
  });
});

describe('compile options', () => {
  it('--unit writes only that unit’s workbook', async () => {
    const out = join(root, '汇编', 'one');
    const r = await runCli(['compile', root, '--quarter', '2020Q3', '--unit', 'zb1', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['机关第一党支部-2020年第三季度汇编.xlsx']);
  });

  it.each([
    [['--quarter', '2020Q5'], '2020Q5'],
    [['--quarter', '2021Q1'], '2020'],
    [[], '--quarter'],
    [['--quarter', '2020Q3', '--unit', 'nope'], 'nope'],
    [['--quarter', '2020Q3', '--out', '第一党支部/汇编'], '--out'],
  ])('exits 2 with one clear line for %j', async (args, mention) => {
    const r = await runCli(['compile', root, ...args], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mention);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(join(root, '第一党支部', '汇编'))).toBe(false);
  });

  it('outside git leaves 入库日期 empty', async () => {
    const plain = makeFixtureOrg({ git: false });
    const r = await runCli(['compile', plain, '--quarter', '2020Q3', '--unit', 'jgdw']);
    expect(r.code, r.stderr).toBe(0);
    const ws = (await readBook(join(plain, '汇编', '2020Q3', UNIT_BOOK))).getWorksheet('材料目录')!;
    expect(
      cellsOf(ws, 8)
        .slice(2)
        .every((c) => c.value === null),
    ).toBe(true);
  });

  it('says in English what it wrote with --lang en', async () => {
    const out = join(root, '汇编', 'en');
    const r = await runCli([
      'compile',
      root,
      '--quarter',
      '2020Q3',
      '--unit',
      'zb2',
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Compiled 2020Q3');
  });
});
