// One workbook, streamed sheet by sheet to `file` (a temporary name; the caller moves it into place).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { BookScope, CompileData } from './book-data.js';
import { problemRows } from './problems.js';
import { writeCover } from './sheet-cover.js';
import { writeMaterials } from './sheet-materials.js';
import { writeProblems } from './sheet-problems.js';
import { writeProgress } from './sheet-progress.js';
import { writeSelfScore } from './sheet-self-score.js';
import { writeSummary } from './sheet-summary.js';
import type { ExcelModule } from './sheet-writer.js';

export async function writeBook(
  excel: ExcelModule,
  file: string,
  data: CompileData,
  scope: BookScope,
  onRow?: () => void,
): Promise<void> {
  // Open the file ourselves and wait: exceljs opens it lazily, so after a failure it could appear
  // only once the caller has already cleaned up.
  const stream = createWriteStream(file, { flags: 'wx', mode: 0o644 });
  await once(stream, 'open');
  const book = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  book.creator = 'dangjian';
  try {
    const problems = problemRows(data.scan, scope.result);
    writeCover(book, data, scope, problems);
    writeSelfScore(book, data, scope);
    writeMaterials(book, data, scope, onRow);
    writeProblems(book, data, scope, problems);
    if (scope.kind === 'org') {
      writeSummary(book, data, scope);
      writeProgress(book, data, scope);
    }
    await book.commit();
  } catch (error) {
    // Stop the zip and close the half-written file so the caller can delete it (Windows cannot delete an open file).
    (book as unknown as { zip?: { abort?: () => void } }).zip?.abort?.();
    if (!stream.closed) {
      const closed = once(stream, 'close');
      stream.destroy();
      await closed;
    }
    throw error;
  }
}
