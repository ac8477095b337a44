// A thin layer over one streaming worksheet: typed cell values, house styles, explicit row heights.
import type { Cell, Font, Style, Worksheet } from 'exceljs';
import type { IsoDate } from '../types.js';
import { align, fills, fonts, footer, numFmt, printSetup, TITLE_SIZE, thinBorder } from './styles.js';
import { type CellText, rowHeight } from './text-layout.js';

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

/** Minimal interface of the exceljs module this code uses, so the heavy import stays lazy. */
export type ExcelModule = typeof import('exceljs');

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

/** Create a worksheet with print setup and frozen panes; views must exist before the first row. */
export function openSheet(book: InstanceType<ExcelModule['Workbook']>, options: SheetOptions): SheetWriter {
  const headerRows = options.headerRows ?? 1;
  const lastHeader = 1 + headerRows;
  const xSplit = options.freezeColumns ?? 0;
  const topLeft = `${columnLetter(xSplit + 1)}${lastHeader + 1}`;
  const ws = book.addWorksheet(options.name, {
    pageSetup: printSetup(`2:${lastHeader}`),
    headerFooter: footer(options.title),
    views: [{ state: 'frozen', xSplit, ySplit: lastHeader, topLeftCell: topLeft, activeCell: topLeft }],
    properties: { defaultRowHeight: 18 },
  });
  ws.columns = options.columns.map((c) => ({ width: c.width }));
  return new SheetWriter(ws, options.columns);
}

export class SheetWriter {
  private next = 1;
  readonly ws: Worksheet;
  readonly columns: ColumnSpec[];

  constructor(ws: Worksheet, columns: ColumnSpec[]) {
    this.ws = ws;
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
    const n = this.next++;
    const row = this.ws.getRow(n);
    this.ws.mergeCells(n, 1, n, this.columns.length);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = fonts.title;
    cell.alignment = align.wrapCenter;
    row.height = rowHeight([{ text, width: this.totalWidth, fontSize: TITLE_SIZE }], TITLE_SIZE, 30);
    return n;
  }

  header(): number {
    return this.add(
      this.columns.map((c) => c.header),
      { kind: 'header' },
    );
  }

  /** Add a row of values; returns its number. Rows are committed by `flush`. */
  add(values: CellInput[], options: RowOptions = {}): number {
    const kind = options.kind ?? 'body';
    const n = this.next++;
    const row = this.ws.getRow(n);
    const texts: CellText[] = [];
    this.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const value = values[i];
      setValue(cell, value);
      styleCell(cell, kind, column, value);
      if (!options.skipHeight?.includes(i)) {
        texts.push({ text: textOf(value), width: options.widths?.[i] ?? column.width });
      }
    });
    row.height = options.height ?? rowHeight(texts, fonts.body.size ?? 10.5, options.minHeight ?? 20);
    return n;
  }

  /** Merge a block; every cell of it keeps the border, so the merged box prints framed. */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    const master = this.ws.getCell(top, left);
    const style = { ...master.style };
    mergeWithoutOverlapCheck(this.ws, top, left, bottom, right);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) this.ws.getCell(r, c).style = style;
    }
  }

  setHeight(rowNumber: number, height: number): void {
    this.ws.getRow(rowNumber).height = height;
  }

  heightOf(rowNumber: number): number {
    return this.ws.getRow(rowNumber).height ?? 20;
  }

  /** A manual page break after `rowNumber` (the next row starts a new printed page). */
  breakAfter(rowNumber: number): void {
    // Recorded on the sheet, not the row: the row may already be committed to the stream.
    (this.ws as unknown as { rowBreaks: object[] }).rowBreaks.push({ id: rowNumber, max: 16383, man: 1 });
  }

  /** Write every row so far to the file; merges touching them must already be declared. */
  flush(): void {
    if (this.next > 1) this.ws.getRow(this.next - 1).commit();
  }

  commit(): void {
    (this.ws as unknown as { commit(): void }).commit();
  }
}

function setValue(cell: Cell, value: CellInput): void {
  if (value === null || value === undefined || value === '') return;
  if (typeof value === 'number') {
    cell.value = value;
  } else if (typeof value === 'string') {
    // A string is always stored as text: exceljs makes formulas only from { formula }, never from '=…'.
    cell.value = value;
  } else if ('date' in value) {
    const [y, m, d] = value.date.split('-').map(Number);
    // Its number format comes with the shared date style (styleCell).
    cell.value = new Date(Date.UTC(y!, m! - 1, d!));
  } else {
    cell.value = { text: value.text, hyperlink: value.link };
  }
}

function textOf(value: CellInput): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if ('date' in value) return value.date;
  return value.text;
}

/**
 * One style object per look, shared by every cell that has it: exceljs recognises a style object it
 * has seen and skips rendering it again, which otherwise costs more than writing the cells. Shared
 * objects are never changed: a cell that needs another look gets a copy (`cell.style = {...}`).
 */
const sharedStyles = new Map<string, Partial<Style>>();

function styleCell(cell: Cell, kind: RowKind, column: ColumnSpec, value: CellInput): void {
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
  cell.style = style;
}

function makeStyle(kind: RowKind, column: ColumnSpec, type: string): Partial<Style> {
  const font: Partial<Font> =
    kind === 'header'
      ? fonts.header
      : kind === 'body' || kind === 'note'
        ? type === 'l'
          ? fonts.link
          : fonts.body
        : fonts.bodyBold;
  const style: Partial<Style> = { font };
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

/**
 * The streaming writer compares each new merge with every earlier one (quadratic: seconds for a big
 * organisation's 材料目录). Our merges never overlap by construction, so it is shown none to compare.
 */
function mergeWithoutOverlapCheck(
  ws: Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): void {
  const inner = ws as unknown as { _merges?: unknown };
  const all = inner._merges;
  if (!Array.isArray(all)) {
    ws.mergeCells(top, left, bottom, right);
    return;
  }
  inner._merges = [];
  try {
    ws.mergeCells(top, left, bottom, right);
  } finally {
    all.push(...(inner._merges as unknown[]));
    inner._merges = all;
  }
}

/** 1 → A, 27 → AA */
export function columnLetter(n: number): string {
  let out = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}
