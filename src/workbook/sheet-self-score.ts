// 自评表: the seed's table, one row per indicator owed, 类型/内容 merged down, a subtotal per category.

import type { Catalog, Category, IndicatorResult } from '../types.js';
import { type BookScope, type CompileData, scopeScore } from './book-data.js';
import { unitsEventCounts } from './evidence-of.js';
import { breaksFromPages, pageCapacity, planPages } from './paginate.js';
import { unownedIndicators } from './problems.js';
import { deductionText, round, unownedProblem } from './rule-text.js';
import { type CellInput, type ColumnSpec, openSheet } from './sheet-writer.js';
import { BODY_SIZE } from './styles.js';
import { rowHeight } from './text-layout.js';
import type { XlsxBook } from './xlsx/book.js';

const columns: ColumnSpec[] = [
  { header: '类型', width: 6, center: true },
  { header: '内容', width: 12, center: true },
  { header: '考评要素', width: 32 },
  { header: '分值', width: 5, center: true },
  { header: '支撑材料', width: 18 },
  { header: '落实要点', width: 26 },
  { header: '自评分', width: 8, center: true },
  { header: '扣分说明', width: 24 },
  { header: '本季材料', width: 6, center: true },
  { header: '累计材料', width: 6, center: true },
];
const widthOf = (i: number) => columns[i]!.width;

interface PlannedRow {
  kind: 'body' | 'subtotal' | 'total';
  section: string;
  category?: Category;
  values: CellInput[];
  height: number;
}

export function writeSelfScore(book: XlsxBook, data: CompileData, scope: BookScope): void {
  const title = `${scope.name}${data.quarter.label}党建工作平时动态考核自评表`;
  const sheet = openSheet(book, { name: '自评表', title, columns });
  const rows = planRows(data, scope);
  const titleRow = sheet.title(title);
  const headerRow = sheet.header();
  const capacity = pageCapacity(
    columns.map((c) => c.width),
    sheet.heightOf(headerRow),
  );

  // Blocks that must stay together: each category with its subtotal, then the total row.
  const blocks: PlannedRow[][] = [];
  for (const row of rows) {
    const last = blocks[blocks.length - 1];
    if (last && row.category && last[0]!.category === row.category) last.push(row);
    else blocks.push([row]);
  }
  for (const block of blocks) fitLabel(block, labelOf(block[0]!.category), widthOf(1));
  const pages = planPages(
    blocks.map((b) => b.map((r) => r.height)),
    capacity,
    sheet.heightOf(titleRow),
  );

  // Merge 类型 and 内容 per page, so each printed page shows its own label.
  const first = sheet.rowNumber;
  const chunks = (key: (r: PlannedRow) => unknown) => {
    const out: { from: number; to: number }[] = [];
    rows.forEach((row, i) => {
      const last = out[out.length - 1];
      if (
        last &&
        i > 0 &&
        key(rows[i - 1]!) === key(row) &&
        pages[i - 1] === pages[i] &&
        row.kind !== 'total'
      )
        last.to = i;
      else out.push({ from: i, to: i });
    });
    return out;
  };
  const categoryChunks = chunks((r) => r.category).filter((c) => rows[c.from]!.kind !== 'total');
  for (const chunk of categoryChunks) {
    const head = rows[chunk.from]!;
    const continued = chunk.from > 0 && rows[chunk.from - 1]!.category === head.category;
    head.values[1] = `${labelOf(head.category)}${continued ? '（续）' : ''}`;
    fitLabel(rows.slice(chunk.from, chunk.to + 1), head.values[1] as string, widthOf(1));
  }
  const sectionChunks = chunks((r) => (r.kind === 'total' ? undefined : r.section)).filter(
    (c) => rows[c.from]!.kind !== 'total',
  );
  for (const chunk of sectionChunks) {
    rows[chunk.from]!.values[0] = sectionLabel(data.scan.catalog, rows[chunk.from]!.section);
    fitLabel(rows.slice(chunk.from, chunk.to + 1), rows[chunk.from]!.values[0] as string, widthOf(0));
  }

  for (const row of rows) {
    sheet.add(row.values, {
      kind: row.kind,
      height: row.height,
      ...(row.kind === 'total' ? { widths: { 0: widthOf(0) + widthOf(1) + widthOf(2) } } : {}),
    });
  }
  for (const c of categoryChunks) sheet.merge(first + c.from, 2, first + c.to, 2);
  for (const c of sectionChunks) sheet.merge(first + c.from, 1, first + c.to, 1);
  const total = rows.findIndex((r) => r.kind === 'total');
  if (total >= 0) sheet.merge(first + total, 1, first + total, 3);
  for (const after of breaksFromPages(pages)) sheet.breakAfter(first + after);
  sheet.flush();
  sheet.commit();
}

function labelOf(category: Category | undefined): string {
  if (!category) return '';
  return `${category.name}（${category.declared.indicators}项${category.declared.points}分）`;
}

function sectionLabel(catalog: Catalog, name: string): string {
  const section = catalog.sections.find((s) => s.name === name);
  return section ? `${name}（${section.declared.indicators}项${section.declared.points}分）` : name;
}

/** Grow the rows of a merged block evenly until the label fits in it. */
function fitLabel(rows: PlannedRow[], label: string, width: number): void {
  const need = rowHeight([{ text: label, width }], BODY_SIZE);
  const have = rows.reduce((sum, r) => sum + r.height, 0);
  if (have >= need) return;
  const extra = Math.ceil((need - have) / rows.length);
  for (const row of rows) row.height += extra;
}

function planRows(data: CompileData, scope: BookScope): PlannedRow[] {
  const catalog = data.scan.catalog;
  const results = resultsById(scope);
  const counts = (id: number) => unitsEventCounts(scope.units, id, data.quarter);
  const unowned = new Set(scope.kind === 'org' ? unownedIndicators(scope.result) : []);
  const rows: PlannedRow[] = [];
  const sum = { max: 0, score: 0, points: 0, n: 0, na: 0, quarter: 0, cumulative: 0 };
  for (const category of [...catalog.categories].sort((a, b) => a.index - b.index)) {
    const sub = { max: 0, score: 0, points: 0, n: 0, na: 0, quarter: 0, cumulative: 0 };
    for (const id of category.indicators) {
      const indicator = catalog.indicators.find((i) => i.id === id);
      const result = results.get(id);
      if (!indicator || !result) continue;
      const c = counts(id);
      const na = result.status === 'na';
      const text = /^\d/.test(indicator.text) ? indicator.text : `${id}. ${indicator.text}`;
      const values: CellInput[] = [
        '',
        '',
        text,
        indicator.points,
        indicator.evidence,
        indicator.guidance,
        na ? '不适用' : result.score,
        scope.kind === 'unit'
          ? deductionText(result)
          : unowned.has(id)
            ? `扣${round(result.max - result.score)}分：${unownedProblem}`
            : orgDeduction(scope, id),
        c.quarter,
        c.cumulative,
      ];
      rows.push({ kind: 'body', section: category.section, category, values, height: heightOf(values) });
      sub.n++;
      sub.points += indicator.points;
      sub.na += na ? 1 : 0;
      sub.max += na ? 0 : result.max;
      sub.score += na ? 0 : result.score;
      sub.quarter += c.quarter;
      sub.cumulative += c.cumulative;
    }
    if (sub.n === 0) continue;
    const lost = round(sub.max - sub.score);
    const values: CellInput[] = [
      '',
      '',
      `小计（${countLabel(sub)}）`,
      round(sub.max),
      '',
      '',
      round(sub.score),
      lost > 0 ? `扣${lost}分` : '',
      sub.quarter,
      sub.cumulative,
    ];
    rows.push({ kind: 'subtotal', section: category.section, category, values, height: heightOf(values) });
    for (const key of ['max', 'score', 'points', 'n', 'na', 'quarter', 'cumulative'] as const)
      sum[key] += sub[key];
  }
  const score = scopeScore(scope);
  const total = score.total;
  const lost = round(score.max - total);
  const values: CellInput[] = [
    `合计（${countLabel(sum)}）`,
    '',
    '',
    round(score.max),
    '',
    '',
    round(total),
    lost > 0 ? `扣${lost}分` : '',
    sum.quarter,
    sum.cumulative,
  ];
  rows.push({ kind: 'total', section: '', values, height: heightOf(values) });
  return rows;
}

/** `9项13分`, and how many of them are 不适用 (taken out of the 分值 next to it). */
function countLabel(count: { n: number; points: number; na: number }): string {
  return `${count.n}项${count.points}分${count.na ? `，其中${count.na}项不适用` : ''}`;
}

function heightOf(values: CellInput[]): number {
  const texts = values.map((v, i) => ({
    text: typeof v === 'number' ? String(v) : String(v ?? ''),
    width: widthOf(i),
  }));
  return rowHeight(texts.slice(2), BODY_SIZE, 20);
}

/** Per indicator, what the scope scores: a unit's own result, or the organisation's roll-up. */
function resultsById(scope: BookScope): Map<number, IndicatorResult> {
  if (scope.kind === 'unit') return new Map((scope.result.units[0]?.indicators ?? []).map((r) => [r.id, r]));
  return new Map(scope.result.indicators.map((r) => [r.id, { ...r, events: 0, rules: [] }]));
}

/** The organisation's 扣分说明: which units lost points on the indicator. */
function orgDeduction(scope: BookScope, id: number): string {
  const losers: string[] = [];
  for (const unit of scope.result.units) {
    const r = unit.indicators.find((i) => i.id === id);
    if (r && r.status !== 'na' && r.score < r.max) losers.push(`${unit.name}扣${round(r.max - r.score)}分`);
  }
  if (losers.length === 0) return '';
  if (losers.length > 4) return `${losers.length}个单位扣分，详见“汇总”和“问题清单”`;
  return losers.join('；');
}
