// 封面: the title a 党务干部 binds on top, and the few numbers a reader looks for first.
import { type BookScope, type CompileData, scopeScore } from './book-data.js';
import { quarterFileCount } from './evidence-of.js';
import type { ProblemRow } from './problems.js';
import { chineseDate } from './quarter.js';
import { dateValue } from './sheet-writer.js';
import { align, fonts, footer, numFmt, printSetup, thinBorder } from './styles.js';
import { rowHeight } from './text-layout.js';
import type { XlsxBook } from './xlsx/book.js';
import type { CellStyle } from './xlsx/style-sheet.js';

// Wide enough to fill an A4 landscape page, so the cover needs no centring.
const widths = [12, 30, 92, 12];

const titleStyle: CellStyle = { font: fonts.coverTitle, alignment: align.wrapCenter };
const labelStyle: CellStyle = { font: fonts.coverLabel, alignment: align.wrapCenter, border: thinBorder };
const valueStyle: CellStyle = {
  font: fonts.coverBody,
  alignment: { ...align.wrapLeft, indent: 1 },
  border: thinBorder,
};
const dateStyle: CellStyle = { ...valueStyle, numFmt: numFmt.chineseDate };
const noteStyle: CellStyle = { font: fonts.body, alignment: align.wrapLeft };

export function writeCover(
  book: XlsxBook,
  data: CompileData,
  scope: BookScope,
  problems: ProblemRow[],
): void {
  // The unit's name on a line of its own, so a long title never breaks inside a word.
  const title = `${scope.name}\n${data.quarter.label}党建工作平时动态考核资料汇编`;
  const ws = book.addSheet({
    name: '封面',
    widths,
    pageSetup: { ...printSetup(), fitToHeight: 1 },
    ...footer(''),
  });
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

  // Columns B and C; the title and the note are merged across both.
  let n = 1;
  ws.row(n++, 60, []);
  const titleHeight = rowHeight([{ text: title, width: widths[1]! + widths[2]!, fontSize: 24 }], 24, 70);
  ws.merge(n, 2, n, 3);
  ws.row(n++, titleHeight, [
    undefined,
    { value: title, style: titleStyle },
    { value: null, style: titleStyle },
  ]);
  ws.row(n++, 40, []);
  for (const [label, value] of lines) {
    const height = rowHeight([{ text: String(value), width: widths[2]!, fontSize: 14 }], 14, 32);
    ws.row(n++, height, [
      undefined,
      { value: label, style: labelStyle },
      { value, style: value instanceof Date ? dateStyle : valueStyle },
    ]);
  }
  ws.row(n++, 20, []);
  const note =
    `说明：得分为截至${chineseDate(data.quarter.end)}的累计自评分；材料目录中的“文件”一栏可直接打开台账中的材料，` +
    '请将本工作簿保存在台账文件夹内使用。';
  ws.merge(n, 2, n, 3);
  ws.row(n, rowHeight([{ text: note, width: widths[1]! + widths[2]! }], 10.5, 20), [
    undefined,
    { value: note, style: noteStyle },
    { value: null, style: noteStyle },
  ]);
  book.closeSheet(ws);
}
