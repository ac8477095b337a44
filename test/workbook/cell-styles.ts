// Looks and a writer shortcut shared by the workbook writer's tests.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { align, fills, fonts, numFmt, thinBorder } from '../../src/workbook/styles.js';
import { XlsxBook } from '../../src/workbook/xlsx/book.js';
import type { CellStyle } from '../../src/workbook/xlsx/style-sheet.js';

export const body: CellStyle = { font: fonts.body, border: thinBorder, alignment: align.wrapLeft };
export const center: CellStyle = { font: fonts.body, border: thinBorder, alignment: align.wrapCenter };
export const header: CellStyle = {
  font: fonts.header,
  border: thinBorder,
  fill: fills.header,
  alignment: align.wrapCenter,
};
export const total: CellStyle = {
  font: fonts.bodyBold,
  border: thinBorder,
  fill: fills.total,
  alignment: align.wrapCenter,
};
export const link: CellStyle = { font: fonts.link, border: thinBorder, alignment: align.wrapLeft };
export const date: CellStyle = { ...center, numFmt: numFmt.date };
export const percent: CellStyle = { ...center, numFmt: '0%' };

/** Write a workbook built by `build` to `path` (a new file). */
export async function writeXlsx(path: string, build: (book: XlsxBook) => void): Promise<void> {
  const stream = createWriteStream(path, { flags: 'wx' });
  await once(stream, 'open');
  const book = new XlsxBook('dangjian');
  build(book);
  await book.write(stream);
}
