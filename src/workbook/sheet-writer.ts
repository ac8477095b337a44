// A thin layer over one worksheet: typed cell values, house styles, explicit row heights.
import type { IsoDate } from '../types.js';
import { align, fills, fonts, footer, numFmt, printSetup, TITLE_SIZE, thinBorder } from './styles.js';
import { type CellText, rowHeight } from './text-layout.js';
import type { XlsxBook } from './xlsx/book.js';
import type { CellStyle, FontStyle } from './xlsx/style-sheet.js';
import type { Cell, CellValue, Worksheet } from './xlsx/worksheet.js';

export { columnLetter } from './xlsx/worksheet.js';

export interface DateCell {
  date: IsoDate;
}
export interface LinkCell {
  text: string;
  /** A relative, percent-encoded target; see links.ts. */
  link: string;
}
export type CellInput = string | number | null | undefined | DateCell | LinkCell;

export interface ColumnSpec {
  header: string;
  width: number;
  /** Centre short values (numbers, dates); long text stays left-aligned. */
  center?: boolean;
}

export type RowKind = 'body' | 'header' | 'subtotal' | 'total' | 'note';

export interface RowOptions {
  kind?: RowKind;
  /** A fixed height; otherwise sized from the text. */
  height?: number;
  /** The least height when sized from the text. */
  minHeight?: number;
  /** Column index (0-based) → total width when that cell is the start of a horizontal merge. */
  widths?: Record<number, number>;
  /** Column indexes whose text is not counted for the height (merged down; the caller sizes them). */
  skipHeight?: number[];
}

export interface SheetOptions {
  name: string;
  /** Title on row 1 (merged across), printed in the page header too. */
  title: string;
  columns: ColumnSpec[];
  /** Header rows repeat on every printed page and stay frozen on screen. */
  headerRows?: number;
  /** Columns kept in view when scrolling right (the unit names of a matrix). */
  freezeColumns?: number;
}

/** A table sheet with print setup and frozen panes below the title and header rows. */
export function openSheet(book: XlsxBook, options: SheetOptions): SheetWriter {
  const headerRows = options.headerRows ?? 1;
  const lastHeader = 1 + headerRows;
  const sheet = book.addSheet({
    name: options.name,
    widths: options.columns.map((c) => c.width),
    pageSetup: printSetup(`2:${lastHeader}`),
    ...footer(options.title),
    frozen: { xSplit: options.freezeColumns ?? 0, ySplit: lastHeader },
    defaultRowHeight: 18,
  });
  return new SheetWriter(book, sheet, options.columns);
}

interface PendingRow {
  height: number;
  cells: Cell[];
}

const titleStyle: CellStyle = { font: fonts.title, alignment: align.wrapCenter };

/**
 * Rows wait here until `flush` writes them, so merges and page breaks can still be decided; a big
 * sheet is flushed as it goes and never held whole.
 */
export class SheetWriter {
  private next = 1;
  /** Rows from `firstPending` on, not written yet. */
  private pending: PendingRow[] = [];
  private firstPending = 1;
  readonly columns: ColumnSpec[];

  constructor(
    private readonly book: XlsxBook,
    private readonly sheet: Worksheet,
    columns: ColumnSpec[],
  ) {
    this.columns = columns;
  }

  /** The number the next row will get. */
  get rowNumber(): number {
    return this.next;
  }

  get totalWidth(): number {
    return this.columns.reduce((sum, c) => sum + c.width, 0);
  }

  /** Row 1: the sheet's title, merged across every column. */
  title(text: string): number {
    const n = this.push({
      height: rowHeight([{ text, width: this.totalWidth, fontSize: TITLE_SIZE }], TITLE_SIZE, 30),
      cells: [{ value: text, style: titleStyle }],
    });
    this.merge(n, 1, n, this.columns.length);
    return n;
  }

  header(): number {
    return this.add(
      this.columns.map((c) => c.header),
      { kind: 'header' },
    );
  }

  /** Add a row of values; returns its number. Rows are written by `flush`. */
  add(values: CellInput[], options: RowOptions = {}): number {
    const kind = options.kind ?? 'body';
    const cells: Cell[] = [];
    const texts: CellText[] = [];
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i]!;
      const value = values[i];
      cells.push({ value: cellValue(value), style: styleOf(kind, column, value) });
      if (!options.skipHeight?.includes(i)) {
        texts.push({ text: textOf(value), width: options.widths?.[i] ?? column.width });
      }
    }
    const height = options.height ?? rowHeight(texts, fonts.body.size, options.minHeight ?? 20);
    return this.push({ height, cells });
  }

  private push(row: PendingRow): number {
    this.pending.push(row);
    return this.next++;
  }

  private row(n: number): PendingRow {
    const row = this.pending[n - this.firstPending];
    if (!row) throw new Error(`row ${n} is already written`);
    return row;
  }

  /** Merge a block: every cell of it takes the top-left cell's look, so the merged box prints framed. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    const master = this.row(top).cells[left - 1];
    const style = master?.style;
    for (let r = top; r <= bottom; r++) {
      const cells = this.row(r).cells;
      for (let c = left; c <= right; c++) {
        const own = r === top && c === left;
        cells[c - 1] = { value: own ? (master?.value ?? null) : null, style };
      }
    }
    this.sheet.merge(top, left, bottom, right);
  }

  /** Show a number of the row in another format (e.g. `0%`), keeping the rest of its look. */
  numberFormat(rowNumber: number, column: number, format: string): void {
    const cell = this.row(rowNumber).cells[column - 1];
    if (cell) cell.style = withNumFmt(cell.style ?? {}, format);
  }

  heightOf(rowNumber: number): number {
    return this.row(rowNumber).height;
  }

  /** A manual page break after `rowNumber` (the next row starts a new printed page). */
  breakAfter(rowNumber: number): void {
    this.sheet.breakAfter(rowNumber);
  }

  /** Colour `ref` (e.g. `B4:B9`) from red at 0 through yellow to green at `max`. */
  colorScale(ref: string, priority: number, max: number, colors: string[]): void {
    this.sheet.colorScale(ref, priority, [0, max / 2, max], colors);
  }

  /** Write every row so far; merges touching them must already be declared. */
  flush(): void {
    for (const row of this.pending) this.sheet.row(this.firstPending++, row.height, row.cells);
    this.pending = [];
  }

  commit(): void {
    this.flush();
    this.book.closeSheet(this.sheet);
  }
}

function cellValue(value: CellInput): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if ('date' in value) return dateValue(value.date);
  return { text: value.text, hyperlink: value.link };
}

/** Each day's Date, made once: a big 材料目录 shows the same few dozen days on thousands of rows. */
const days = new Map<IsoDate, Date>();

/** A calendar date as a cell holds it: midnight UTC, so the sheet shows the day and no time. Never changed. */
export function dateValue(date: IsoDate): Date {
  let day = days.get(date);
  if (!day) {
    const [y, m, d] = date.split('-').map(Number);
    day = new Date(Date.UTC(y!, m! - 1, d!));
    days.set(date, day);
  }
  return day;
}

function textOf(value: CellInput): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if ('date' in value) return value.date;
  return value.text;
}

/**
 * One style object per look, shared by every cell that has it: the style sheet recognises an object
 * it has seen and skips working out its index again. Shared objects are never changed.
 */
const sharedStyles = new Map<string, CellStyle>();

function styleOf(kind: RowKind, column: ColumnSpec, value: CellInput): CellStyle {
  const type =
    typeof value === 'number'
      ? 'n'
      : typeof value === 'object' && value !== null
        ? 'link' in value
          ? 'l'
          : 'd'
        : 's';
  const key = `${kind}${column.center ? 'c' : ''}${type}`;
  let style = sharedStyles.get(key);
  if (!style) {
    style = makeStyle(kind, column, type);
    sharedStyles.set(key, style);
  }
  return style;
}

function makeStyle(kind: RowKind, column: ColumnSpec, type: string): CellStyle {
  const font: FontStyle =
    kind === 'header'
      ? fonts.header
      : kind === 'body' || kind === 'note'
        ? type === 'l'
          ? fonts.link
          : fonts.body
        : fonts.bodyBold;
  const style: CellStyle = { font };
  if (type === 'd') style.numFmt = numFmt.date;
  if (kind === 'note') {
    style.alignment = align.wrapLeft;
    return style;
  }
  style.border = thinBorder;
  style.alignment = kind === 'header' || column.center || type === 'n' ? align.wrapCenter : align.wrapLeft;
  if (kind === 'header') style.fill = fills.header;
  if (kind === 'subtotal') style.fill = fills.subtotal;
  if (kind === 'total') style.fill = fills.total;
  return style;
}

/** Shared variants of shared styles with another number format. */
const formatted = new WeakMap<CellStyle, Map<string, CellStyle>>();

function withNumFmt(style: CellStyle, format: string): CellStyle {
  let variants = formatted.get(style);
  if (!variants) {
    variants = new Map();
    formatted.set(style, variants);
  }
  let variant = variants.get(format);
  if (!variant) {
    variant = { ...style, numFmt: format };
    variants.set(format, variant);
  }
  return variant;
}
