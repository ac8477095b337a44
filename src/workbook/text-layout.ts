// Row heights from text: no reader auto-fits wrapped or merged cells, so every height is set here.
import { charWidth } from '../report/display-width.js';

/** Curly quotes, dashes and ellipses are full-width glyphs in 宋体, though narrow in a terminal. */
const wideInSongti = new Set([0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/** Display width in Excel column units: CJK and full-width characters take two, others one. */
export function displayWidth(text: string): number {
  let width = 0;
  // By code unit, with the two commonest cases first: this runs on every cell of every row.
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0x20 && cp < 0x7f) width += 1;
    else if (cp >= 0x4e00 && cp <= 0x9fff) width += 2;
    else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      width += wideInSongti.has(cp) ? 2 : charWidth(cp);
    }
  }
  return width;
}

/**
 * Lines a text takes in a wrapped cell `columnWidth` units wide, at `fontSize` points (widths are
 * measured for 11pt; a bigger font fills a line sooner). Breaks anywhere, as CJK text does, and keeps
 * a margin for Latin words that wrap early.
 */
export function lineCount(text: string, columnWidth: number, fontSize = 11): number {
  const usable = Math.max(1, (columnWidth - 0.8) * (11 / fontSize));
  const oneParagraph = !text.includes('\n');
  // No character is wider than two units: most cells (numbers, dates, kinds) fit without measuring.
  if (oneParagraph && text.length * 2 <= usable) return 1;
  if (oneParagraph) return wrappedLines(displayWidth(text), usable);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += wrappedLines(displayWidth(paragraph), usable);
  }
  return lines;
}

function wrappedLines(width: number, usable: number): number {
  // Wrapping wastes part of each line (a wide character that does not fit moves down whole).
  return width <= usable ? 1 : Math.ceil((width * 1.06) / usable);
}

/** Height of one line in points: 宋体 10.5pt takes about 14pt in Excel and WPS (LibreOffice a little less). */
export function lineHeight(fontSize: number): number {
  return fontSize * 1.36;
}

export interface CellText {
  text: string;
  /** Total width of the (merged) cell in column units. */
  width: number;
  fontSize?: number;
}

/** The height a row needs so that each of its wrapped cells shows every line, plus padding. */
export function rowHeight(cells: CellText[], defaultFontSize: number, minimum = 0): number {
  let height = minimum;
  for (const cell of cells) {
    if (cell.text === '') continue;
    const size = cell.fontSize ?? defaultFontSize;
    height = Math.max(height, lineCount(cell.text, cell.width, size) * lineHeight(size) + 8);
  }
  return Math.ceil(Math.max(height, lineHeight(defaultFontSize) + 8));
}

/**
 * The column width a number needs to show every digit. General format rounds away the decimals that do
 * not fit (0.75 shows as 0.8), so a score column must be this wide. Measured in LibreOffice for bold
 * digits of DejaVu Sans, the widest face a reader may get for 宋体: 1.3 units a digit, 0.75 a point, and
 * the cell's padding.
 */
export function numberWidth(value: number): number {
  let width = 0.8;
  for (const ch of String(value)) width += ch === '.' ? 0.75 : 1.3;
  return Math.round(width * 100) / 100;
}
