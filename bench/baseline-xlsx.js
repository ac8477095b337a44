// Baseline for compile: a plain streaming exceljs write of the planned workbooks, no formatting at all.
// Usage: node bench/baseline-xlsx.js <plan.json> <out dir>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const [planFile, outDir] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const FILLER =
  '树牢政治机关意识大力开展对党忠诚教育党组书记围绕强化政治机关意识当好排头兵带头讲专题党课引导党员干部';

/** A row of alternating numbers and text, distinct per row like real data. */
function row(r, sheet) {
  const cells = [];
  for (let c = 0; c < sheet.cols; c++) {
    if (c % 3 === 0) cells.push(r * sheet.cols + c);
    else {
      const start = (r * 7 + c) % FILLER.length;
      cells.push(`${r}${(FILLER + FILLER + FILLER).slice(start, start + sheet.textLength)}`);
    }
  }
  return cells;
}

for (const book of plan.workbooks) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: join(outDir, `${book.file}.xlsx`),
    useStyles: false,
    useSharedStrings: false,
  });
  for (const sheet of book.sheets) {
    const ws = writer.addWorksheet(sheet.name);
    for (let r = 0; r < sheet.rows; r++) ws.addRow(row(r, sheet)).commit();
    ws.commit();
  }
  await writer.commit();
}
