// 进度 (organisation only): each unit's cumulative score at every month-end of the year so far.

import type { BookScope, CompileData } from './book-data.js';
import { round } from './rule-text.js';
import { type CellInput, type ColumnSpec, columnLetter, openSheet } from './sheet-writer.js';
import { scaleColors } from './styles.js';
import { numberWidth, rowHeight } from './text-layout.js';
import type { XlsxBook } from './xlsx/book.js';

/** Eight heights of a bar: a trend that reads at a glance, even on a black-and-white printout. */
const bars = '▁▂▃▄▅▆▇█';

export function writeProgress(book: XlsxBook, data: CompileData, scope: BookScope): void {
  const months = data.monthEnds;
  const rows = scope.result.units.map((unit) => ({
    name: unit.name,
    max: unit.score.max,
    scores: months.map((m) => m.units.find((u) => u.id === unit.id)?.score.total),
  }));
  rows.push({
    name: '汇总',
    max: scope.result.score.max,
    scores: months.map((m) => m.score.total),
  });
  // Wide enough for every number in full (General format would round 45.33 to 45 in a narrow column).
  const widest = (least: number, values: (number | undefined)[]) =>
    values.reduce<number>(
      (width, v) => (v === undefined ? width : Math.max(width, numberWidth(round(v)))),
      least,
    );
  const columns: ColumnSpec[] = [
    { header: '单位', width: 20 },
    {
      header: '满分',
      width: widest(
        6,
        rows.map((r) => r.max),
      ),
      center: true,
    },
    ...months.map((m, i) => ({
      header: `${m.month}月末`,
      width: widest(
        9,
        rows.map((r) => r.scores[i]),
      ),
      center: true,
    })),
    { header: '走势', width: Math.max(8, months.length * 2 + 2), center: true },
  ];
  const title = `${scope.name}${data.quarter.year}年各单位自评得分进度（截至${data.quarter.label}末）`;
  const sheet = openSheet(book, { name: '进度', title, columns, freezeColumns: 1 });
  sheet.title(title);
  sheet.header();
  const first = sheet.rowNumber;
  rows.forEach((row, i) => {
    const values: CellInput[] = [
      row.name,
      round(row.max),
      ...row.scores.map((s) => (s === undefined ? null : round(s))),
      trend(row.scores, row.max),
    ];
    sheet.add(values, {
      kind: i === rows.length - 1 ? 'total' : 'body',
      height: rowHeight([{ text: row.name, width: 20 }], 10.5, 20),
    });
  });
  const note = `注：每格为该月末的累计自评分（按“如果考核在当天结束”计算），颜色由红到绿表示占满分的比例由低到高。`;
  const noteRow = sheet.add([note], { kind: 'note', widths: { 0: sheet.totalWidth } });
  sheet.merge(noteRow, 1, noteRow, columns.length);
  // One colour scale per row, against that unit's own maximum.
  rows.forEach((row, i) => {
    const r = first + i;
    sheet.colorScale(`C${r}:${columnLetter(2 + months.length)}${r}`, i + 1, row.max, scaleColors);
  });
  sheet.flush();
  sheet.commit();
}

function trend(scores: (number | undefined)[], max: number): string {
  if (max <= 0) return '';
  return scores
    .map((s) => (s === undefined ? ' ' : bars[Math.min(7, Math.max(0, Math.round((s / max) * 7)))]))
    .join('');
}
