// 封面: the title a 党务干部 binds on top, and the few numbers a reader looks for first.
import type { Workbook } from 'exceljs';
import { type BookScope, type CompileData, scopeScore } from './book-data.js';
import { quarterFileCount } from './evidence-of.js';
import type { ProblemRow } from './problems.js';
import { chineseDate } from './quarter.js';
import { align, fonts, footer, numFmt, printSetup, thinBorder } from './styles.js';
import { rowHeight } from './text-layout.js';

// Wide enough to fill an A4 landscape page: the streaming writer cannot centre it for us.
const widths = [12, 30, 92, 12];

export function writeCover(
  book: Workbook,
  data: CompileData,
  scope: BookScope,
  problems: ProblemRow[],
): void {
  // The unit's name on a line of its own, so a long title never breaks inside a word.
  const title = `${scope.name}\n${data.quarter.label}党建工作平时动态考核资料汇编`;
  const ws = book.addWorksheet('封面', {
    pageSetup: { ...printSetup(), fitToHeight: 1, verticalCentered: true },
    headerFooter: footer(''),
  });
  ws.columns = widths.map((width) => ({ width }));
  const score = scopeScore(scope);
  const counts = quarterFileCount(scope.units, data.quarter);
  const lines: [string, string | number | Date][] = [
    scope.kind === 'org' ? ['组织', scope.name] : ['单位', scope.name],
    scope.kind === 'org' ? ['所辖单位（个）', scope.units.length] : ['所属组织', data.scan.config.org],
    ['考核期间', `${chineseDate(data.quarter.start)}至${chineseDate(data.quarter.end)}`],
    [`自评得分（满分${score.max}分）`, score.total],
    ['本季度留痕活动（次）', counts.events],
    ['本季度材料文件（份）', counts.files],
    ['待整改问题（条）', problems.length],
    ['编制日期', dateValue(data.compiledOn)],
  ];

  let n = 1;
  ws.getRow(n++).height = 60;
  const titleRow = ws.getRow(n);
  ws.mergeCells(n, 2, n, 3);
  titleRow.getCell(2).value = title;
  titleRow.getCell(2).font = fonts.coverTitle;
  titleRow.getCell(2).alignment = align.wrapCenter;
  titleRow.height = rowHeight([{ text: title, width: widths[1]! + widths[2]!, fontSize: 24 }], 24, 70);
  n++;
  ws.getRow(n++).height = 40;
  for (const [label, value] of lines) {
    const row = ws.getRow(n++);
    const labelCell = row.getCell(2);
    labelCell.value = label;
    labelCell.font = fonts.coverLabel;
    labelCell.alignment = align.wrapCenter;
    labelCell.border = thinBorder;
    const valueCell = row.getCell(3);
    valueCell.value = value;
    valueCell.font = fonts.coverBody;
    valueCell.alignment = { ...align.wrapLeft, indent: 1 };
    valueCell.border = thinBorder;
    if (value instanceof Date) valueCell.numFmt = numFmt.chineseDate;
    row.height = rowHeight([{ text: String(value), width: widths[2]!, fontSize: 14 }], 14, 32);
  }
  ws.getRow(n++).height = 20;
  const note =
    `说明：得分为截至${chineseDate(data.quarter.end)}的累计自评分；材料目录中的“文件”一栏可直接打开台账中的材料，` +
    '请将本工作簿保存在台账文件夹内使用。';
  const noteRow = ws.getRow(n);
  ws.mergeCells(n, 2, n, 3);
  noteRow.getCell(2).value = note;
  noteRow.getCell(2).font = fonts.body;
  noteRow.getCell(2).alignment = align.wrapLeft;
  noteRow.height = rowHeight([{ text: note, width: widths[1]! + widths[2]! }], 10.5, 20);
  noteRow.commit();
  (ws as unknown as { commit(): void }).commit();
}

function dateValue(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
