// Where printed pages break: whole blocks (a category, an event) stay on one page when they can, so
// a merged label never loses its text to the page before.
import { page } from './styles.js';

/** Column units → points, as Excel and LibreOffice lay out an 11pt Calibri default (7px per unit). */
export function columnsWidthPt(widths: number[]): number {
  return widths.reduce((sum, w) => sum + (Math.round(w * 7) + 5) * 0.75, 0);
}

/**
 * Height (in unscaled row points) one printed page holds below the repeated header rows, when the
 * sheet is fitted to one A4 landscape page wide. Keeps a margin, since readers round differently.
 */
export function pageCapacity(columnWidths: number[], repeatedHeight: number): number {
  const m = page.margins;
  const printableWidth = page.widthPt - (m.left + m.right) * 72;
  // LibreOffice puts the page header and footer inside the body area: keep room for one line each.
  const printableHeight = page.heightPt - (m.top + m.bottom) * 72 - 2 * 12;
  const scale = Math.min(1, printableWidth / columnsWidthPt(columnWidths));
  return (printableHeight / scale) * 0.97 - repeatedHeight;
}

/**
 * Plan page starts for rows grouped in blocks. Returns, for each row (flattened in order), the page
 * it lands on (0-based). A block that fits a page never straddles two; a longer one is split by row.
 * `firstPageUsed` is what the first page already holds; `hasRows` says whether that includes data rows.
 */
export function planPages(
  blocks: number[][],
  capacity: number,
  firstPageUsed = 0,
  hasRows = false,
): number[] {
  const pages: number[] = [];
  let current = 0;
  let used = firstPageUsed;
  let pageHasRows = hasRows;
  for (const block of blocks) {
    const height = block.reduce((a, b) => a + b, 0);
    if (pageHasRows && used + height > capacity && height <= capacity) {
      current++;
      used = 0;
      pageHasRows = false;
    }
    for (const rowHeight of block) {
      if (pageHasRows && used + rowHeight > capacity) {
        current++;
        used = 0;
      }
      pages.push(current);
      used += rowHeight;
      pageHasRows = true;
    }
  }
  return pages;
}

/** Row indexes (into the flattened rows) after which a manual page break goes. */
export function breaksFromPages(pages: number[]): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < pages.length; i++) if (pages[i] !== pages[i - 1]) breaks.push(i - 1);
  return breaks;
}
