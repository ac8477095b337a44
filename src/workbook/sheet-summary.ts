// 汇总 (organisation only): units × indicators, a colour scale per indicator, subtotals and totals.
import type { Category, IndicatorResult } from '../types.js';
import type { BookScope, CompileData } from './book-data.js';
import { round } from './rule-text.js';
import {
  type CellInput,
  type ColumnSpec,
  columnLetter,
  openSheet,
  type SheetWriter,
} from './sheet-writer.js';
import { scaleColors } from './styles.js';
import { numberWidth, rowHeight } from './text-layout.js';
import type { XlsxBook } from './xlsx/book.js';

const SCORE_WIDTH = 4.2;
const SUBTOTAL_WIDTH = 5.5;
const UNIT_WIDTH = 16;

type Column = { kind: 'indicator' | 'subtotal'; id?: number; category: Category };

export function writeSummary(book: XlsxBook, data: CompileData, scope: BookScope): void {
  const catalog = data.scan.catalog;
  const categories = [...catalog.categories].sort((a, b) => a.index - b.index);
  const points = new Map(catalog.indicators.map((i) => [i.id, i.points]));
  // Column layout: 单位, then per category its indicators and 小计, then 合计, 满分, 得分率.
  const layout: Column[] = [];
  for (const category of categories) {
    for (const id of category.indicators) layout.push({ kind: 'indicator', id, category });
    layout.push({ kind: 'subtotal', category });
  }
  const rows = summaryRows(scope, layout);
  // Each score column as wide as its widest number: a roll-up of 0.67 or a 小计 of 12.67 shows in full.
  const widest = (index: number, least: number) =>
    rows.reduce((width, row) => {
      const value = row.values[index];
      return typeof value === 'number' ? Math.max(width, numberWidth(value)) : width;
    }, least);
  const columns: ColumnSpec[] = [
    { header: '单位', width: UNIT_WIDTH },
    ...layout.map((c, i) => ({
      header: c.kind === 'subtotal' ? '小计' : String(c.id),
      width: widest(i + 1, c.kind === 'subtotal' ? SUBTOTAL_WIDTH : SCORE_WIDTH),
      center: true,
    })),
    { header: '合计', width: widest(layout.length + 1, 6), center: true },
    { header: '满分', width: widest(layout.length + 2, 6), center: true },
    { header: '得分率', width: 7, center: true },
  ];
  const title = `${scope.name}${data.quarter.label}各单位自评得分汇总`;
  const sheet = openSheet(book, { name: '汇总', title, columns, headerRows: 2, freezeColumns: 1 });
  sheet.title(title);

  // Two header rows: categories over their indicator numbers.
  const top = sheet.rowNumber;
  const categoryHeads: CellInput[] = ['单位'];
  for (const c of layout)
    categoryHeads.push(c.kind === 'indicator' && c.id === c.category.indicators[0] ? c.category.name : '');
  categoryHeads.push('合计', '满分', '得分率');
  const widths: Record<number, number> = {};
  let col = 1;
  for (const category of categories) {
    const span = columns.slice(col, col + category.indicators.length + 1);
    widths[col] = span.reduce((sum, c) => sum + c.width, 0);
    col += category.indicators.length + 1;
  }
  sheet.add(categoryHeads, { kind: 'header', widths });
  sheet.add(
    ['单位', ...layout.map((c) => (c.kind === 'subtotal' ? '小计' : c.id)), '合计', '满分', '得分率'],
    { kind: 'header' },
  );
  sheet.merge(top, 1, top + 1, 1);
  col = 2;
  for (const category of categories) {
    sheet.merge(top, col, top, col + category.indicators.length);
    col += category.indicators.length + 1;
  }
  for (const extra of [0, 1, 2]) sheet.merge(top, col + extra, top + 1, col + extra);

  const first = sheet.rowNumber;
  rows.forEach((row, i) => {
    const n = sheet.add(row.values, {
      kind: i === rows.length - 1 ? 'total' : 'body',
      height: rowHeight([{ text: row.name, width: UNIT_WIDTH }], 10.5, 20),
    });
    sheet.numberFormat(n, columns.length, '0%');
  });
  const last = sheet.rowNumber - 1;
  const note = '注：“—”表示该单位不承担此项指标，“/”表示不适用；颜色由红到绿表示得分由低到高。';
  const noteRow = sheet.add([note], { kind: 'note', widths: { 0: sheet.totalWidth } });
  sheet.merge(noteRow, 1, noteRow, columns.length);

  // Colour each indicator column against its own points, and 得分率 against 100%.
  layout.forEach((c, i) => {
    if (c.kind !== 'indicator') return;
    const max = points.get(c.id!) ?? 1;
    addScale(sheet, i + 2, first, last, max);
  });
  addScale(sheet, columns.length, first, last, 1);
  sheet.flush();
  sheet.commit();
}

/** One row per unit, then the organisation's roll-up (汇总): the cells in column order. */
function summaryRows(scope: BookScope, layout: Column[]): { name: string; values: CellInput[] }[] {
  const units = scope.result.units.map((unit) => ({
    name: unit.name,
    byId: new Map(unit.indicators.map((r) => [r.id, r])),
    score: unit.score,
  }));
  units.push({
    name: '汇总',
    byId: new Map(
      scope.result.indicators.map((r) => [r.id, { ...r, events: 0, rules: [] } as IndicatorResult]),
    ),
    score: scope.result.score,
  });
  return units.map((unit) => {
    const values: CellInput[] = [unit.name];
    for (const c of layout) {
      if (c.kind === 'indicator') {
        const r = unit.byId.get(c.id!);
        values.push(r === undefined ? '—' : r.status === 'na' ? '/' : round(r.score));
      } else {
        const owned = c.category.indicators
          .map((id) => unit.byId.get(id))
          .filter((r) => r && r.status !== 'na');
        values.push(owned.length ? round(owned.reduce((s, r) => s + r!.score, 0)) : '—');
      }
    }
    values.push(
      round(unit.score.total),
      round(unit.score.max),
      unit.score.max > 0 ? unit.score.total / unit.score.max : null,
    );
    return { name: unit.name, values };
  });
}

function addScale(sheet: SheetWriter, col: number, from: number, to: number, max: number): void {
  const letter = columnLetter(col);
  sheet.colorScale(`${letter}${from}:${letter}${to}`, col, max, scaleColors);
}
