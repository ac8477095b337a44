// The organisation's book read as its reader will: every lost point explained, every score shown in full.
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { evaluate } from '../../src/score/index.js';
import type { CheckResult } from '../../src/types.js';
import type { CompileData } from '../../src/workbook/book-data.js';
import { compileBooks } from '../../src/workbook/compile-books.js';
import { parseQuarter } from '../../src/workbook/quarter.js';
import { monthEndScores } from '../../src/workbook/run-compile.js';
import { makeRepo } from '../helpers/make-repo.js';
import { readBook } from './read-book.js';

const ORG = '某局机关党委';
// The organisation's own committee has the organisation's name, as `init --unit` makes it.
const units = [
  { id: 'jgdw', name: ORG, dir: ORG, level: 'org' },
  { id: 'zb1', name: '机关第一党支部', dir: '第一党支部', level: 'branch' },
  { id: 'zb2', name: '机关第二党支部', dir: '第二党支部', level: 'branch' },
];
const both = { 'a.pdf': '通知', 'b.jpg': '图片' };
const files: Record<string, string> = {
  // 16 is owed by nobody; 11 is 不适用 for the only unit that owes it.
  [`${ORG}/11 四种形态监督/_meta.yaml`]: '不适用: 本年度无执纪审查案例\n',
  // 17 (1 point) met by two units of three: the roll-up is 0.67.
  ...Object.fromEntries(
    ['机关第一党支部', ORG].flatMap((name) => {
      const dir = units.find((u) => u.name === name)!.dir;
      return Object.entries(both).map(([file, kind]) => [
        `${dir}/17 疫情防控志愿服务/2020-04-20 ${kind} 志愿服务${file}`,
        'x',
      ]);
    }),
  ),
  // 35 asks for a 凭证 every quarter: the third quarter has one, the first two are overdue.
  '第一党支部/35 党费收缴/2020-09-15 凭证 三季度党费.pdf': 'x',
};

let books: Record<string, ExcelJS.Workbook>;
let result: CheckResult;

beforeAll(async () => {
  const root = makeRepo({
    config: { org: ORG, units, responsibilities: { jgdw: ['1-15', '17-39'], zb1: [17, 35], zb2: [17] } },
    files,
  });
  const scan = await loadRepo(root);
  const quarter = parseQuarter('2020Q3', scan.config.year);
  const input = { config: scan.config, catalog: scan.catalog, units: scan.units, findings: [] };
  result = evaluate(input, quarter.end);
  const data: CompileData = {
    scan,
    result,
    quarter,
    compiledOn: '2020-10-08',
    firstAdded: new Map(),
    outDir: join(root, 'out'),
    monthEnds: monthEndScores(input, scan.config.year, quarter.end, result),
  };
  const paths = await compileBooks(data);
  books = {};
  for (const path of paths) books[path.slice(path.lastIndexOf('/') + 1)] = await readBook(path);
});

const orgBook = () => books[`${ORG}-2020年第三季度汇编（汇总）.xlsx`]!;
const unitBook = (name: string) => books[`${name}-2020年第三季度汇编.xlsx`]!;

/** The rows of a sheet below its title and header, as plain values (1-based columns). */
function rowsOf(ws: ExcelJS.Worksheet, headerRows = 1): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1 + headerRows) rows.push(row.values as unknown[]);
  });
  return rows;
}

const problems = (book: ExcelJS.Workbook) =>
  rowsOf(book.getWorksheet('问题清单')!).map((r) => ({
    unit: r[2],
    indicator: String(r[3]),
    problem: String(r[4]),
    degree: r[5],
    due: r[6] instanceof Date ? r[6].toISOString().slice(0, 10) : (r[6] ?? null),
  }));

/** 自评表's row of one indicator: 分值, 自评分, 扣分说明. */
function selfScoreRow(book: ExcelJS.Workbook, id: number) {
  const row = rowsOf(book.getWorksheet('自评表')!).find((r) => String(r[3] ?? '').startsWith(`${id}. `));
  return { points: row?.[4], score: row?.[7], deduction: row?.[8] ?? '' };
}

describe('问题清单 and 扣分说明 wording', () => {
  it('names kind words as they are, without a doubled 材料', () => {
    const texts = problems(orgBook()).map((p) => p.problem);
    expect(texts).toContain('应于7月1日前形成党课材料，尚未见到');
    expect(texts).toContain('尚无图片');
    for (const text of texts) expect(text).not.toMatch(/(材料|资料|计划|图片|凭证)材料/);
  });

  it('names every period a counting rule fell short in, and not the open one when it is done', () => {
    const fees = problems(unitBook('机关第一党支部')).find((p) => p.indicator.startsWith('35.'));
    expect(fees).toEqual({
      unit: '机关第一党支部',
      indicator: '35. 党费收缴',
      problem: '每季度至少1次凭证，第一季度、第二季度都没有，已逾期',
      degree: '已逾期',
      due: '2020-09-30',
    });
    expect(selfScoreRow(unitBook('机关第一党支部'), 35).deduction).toBe(
      '扣1分：每季度至少1次凭证，第一季度、第二季度都没有，已逾期',
    );
  });
});

describe('an indicator that no unit owes', () => {
  it('is the one check reports as indicator/unowned', () => {
    expect(result.findings.filter((f) => f.code === 'indicator/unowned').map((f) => f.indicator)).toEqual([
      16,
    ]);
  });

  it('has a 扣分说明 in the organisation’s 自评表', () => {
    expect(selfScoreRow(orgBook(), 16)).toEqual({
      points: 1,
      score: 0,
      deduction: '扣1分：未分配给任何单位（dangjian.yaml 的 responsibilities 未列此项）',
    });
  });

  it('is a row of the organisation’s 问题清单, and of no unit’s', () => {
    const rows = problems(orgBook()).filter((p) => p.indicator.startsWith('16.'));
    expect(rows).toEqual([
      {
        unit: ORG,
        indicator: '16. 结对共建手拉手',
        problem: '未分配给任何单位（dangjian.yaml 的 responsibilities 未列此项）',
        degree: '未分工',
        due: null,
      },
    ]);
    for (const unit of units) {
      expect(problems(unitBook(unit.name)).filter((p) => p.indicator.startsWith('16.'))).toEqual([]);
    }
  });

  it('leaves no point of the organisation lost without a 扣分说明', () => {
    for (const row of rowsOf(orgBook().getWorksheet('自评表')!)) {
      if (!/^\d+\. /.test(String(row[3] ?? '')) || typeof row[7] !== 'number') continue;
      if (row[7] < Number(row[4])) expect(row[8], String(row[3]).slice(0, 12)).toBeTruthy();
    }
  });
});

describe('自评表 total row', () => {
  it('says how many indicators are 不适用, as the 小计 rows do', () => {
    const total = (book: ExcelJS.Workbook) => {
      const ws = book.getWorksheet('自评表')!;
      const row = ws.getRow(ws.rowCount);
      return [row.getCell(1).value, row.getCell(4).value];
    };
    expect(total(orgBook())).toEqual(['合计（39项60分，其中1项不适用）', 58]);
    // 局机关党委 owes all but 16 (1 point); 11 (2 points) is 不适用.
    expect(total(unitBook(ORG))).toEqual(['合计（38项59分，其中1项不适用）', 57]);
    expect(total(unitBook('机关第二党支部'))).toEqual(['合计（1项1分）', 1]);
  });
});

describe('汇总 and 进度 show every score in full', () => {
  // LibreOffice shows a General number in full only from these column widths (bold DejaVu Sans 10.5pt,
  // the widest face a reader may get for 宋体): 0.75 from 5.2, 12.67 from 6.4, 100 from 4.4. Narrower,
  // it rounds digits away (0.75 → 0.8, 10.5 → 11). That is 1.25 a digit, 0.7 a point, 0.75 of padding.
  const needed = (text: string) => [...text].reduce((w, ch) => w + (ch === '.' ? 0.7 : 1.25), 0.75);

  it.each([
    ['汇总', 2],
    ['进度', 1],
  ])('%s', (name, headerRows) => {
    const ws = orgBook().getWorksheet(name)!;
    const seen: number[] = [];
    ws.eachRow((row, n) => {
      if (n <= 1 + headerRows) return;
      row.eachCell((cell, col) => {
        if (typeof cell.value !== 'number' || String(cell.numFmt ?? '').includes('%')) return;
        seen.push(cell.value);
        const width = ws.getColumn(col).width ?? 0;
        expect(width, `${cell.address} ${cell.value}`).toBeGreaterThanOrEqual(needed(String(cell.value)));
      });
    });
    if (name === '汇总') expect(seen).toContain(0.67);
  });
});
