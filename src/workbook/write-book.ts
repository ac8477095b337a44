// One workbook, built sheet by sheet and written to `file` (a temporary name; the caller moves it into place).
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
import { XlsxBook } from './xlsx/book.js';

export async function writeBook(
  file: string,
  data: CompileData,
  scope: BookScope,
  onRow?: () => void,
): Promise<void> {
  // Created (exclusively) before any work, so the caller knows what to clean up after a failure.
  const stream = createWriteStream(file, { flags: 'wx', mode: 0o644 });
  await once(stream, 'open');
  try {
    const book = new XlsxBook('dangjian');
    const problems = problemRows(data.scan, scope);
    writeCover(book, data, scope, problems);
    writeSelfScore(book, data, scope);
    writeMaterials(book, data, scope, onRow);
    writeProblems(book, data, scope, problems);
    if (scope.kind === 'org') {
      writeSummary(book, data, scope);
      writeProgress(book, data, scope);
    }
    await book.write(stream);
  } catch (error) {
    // Close the half-written file so the caller can delete it (Windows cannot delete an open file).
    if (!stream.closed) {
      const closed = once(stream, 'close');
      stream.destroy();
      await closed;
    }
    throw error;
  }
}
