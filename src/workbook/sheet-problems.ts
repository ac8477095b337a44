// 问题清单: what costs points or is due, with empty 整改措施 for people to fill in.

import type { BookScope, CompileData } from './book-data.js';
import type { ProblemRow } from './problems.js';
import { type ColumnSpec, openSheet } from './sheet-writer.js';
import type { XlsxBook } from './xlsx/book.js';

const columns: ColumnSpec[] = [
  { header: '序号', width: 5, center: true },
  { header: '单位', width: 14 },
  { header: '指标', width: 22 },
  { header: '问题', width: 38 },
  { header: '程度', width: 9, center: true },
  { header: '应完成时间', width: 11, center: true },
  { header: '整改措施', width: 34 },
  { header: '责任人', width: 8, center: true },
];

export function writeProblems(
  book: XlsxBook,
  data: CompileData,
  scope: BookScope,
  problems: ProblemRow[],
): void {
  const title = `${scope.name}${data.quarter.label}党建工作问题清单`;
  const sheet = openSheet(book, { name: '问题清单', title, columns });
  sheet.title(title);
  sheet.header();
  problems.forEach((p, i) => {
    sheet.add(
      [i + 1, p.unitName, p.indicator, p.problem, p.degree, p.due ? { date: p.due } : null, '', p.owner],
      // Leave room to write 整改措施 by hand on the printout.
      { minHeight: 30 },
    );
    sheet.flush();
  });
  if (problems.length === 0) {
    const n = sheet.add(['截至本季度末，没有扣分或待完成的事项。'], { widths: { 0: sheet.totalWidth } });
    sheet.merge(n, 1, n, columns.length);
  }
  sheet.flush();
  sheet.commit();
}
