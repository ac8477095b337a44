// One worksheet's XML, written row by row and compressed as it goes: rows are never kept as objects.
import type { CellStyle } from './style-sheet.js';
import { escapeXml, XML_DECLARATION } from './xml.js';
import { DeflatedPart, type ZipEntry } from './zip.js';

export interface LinkValue {
  text: string;
  /** The relationship target, already encoded (links.ts). */
  hyperlink: string;
}
/** Text is always stored as text (a leading `=` never makes a formula). */
export type CellValue = string | number | Date | LinkValue | null;

export interface Cell {
  value: CellValue;
  style?: CellStyle;
}

export interface PageSetup {
  paperSize: number;
  orientation: 'landscape' | 'portrait';
  fitToPage: boolean;
  fitToWidth: number;
  fitToHeight: number;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows repeated on every printed page, e.g. `2:3`. */
  printTitlesRow?: string;
}

export interface WorksheetOptions {
  name: string;
  /** Column widths from column A, in Excel's character units. */
  widths: number[];
  pageSetup: PageSetup;
  header?: string;
  footer?: string;
  /** Panes frozen left of `xSplit` columns and above `ySplit` rows. */
  frozen?: { xSplit: number; ySplit: number };
  defaultRowHeight?: number;
}

/** What a worksheet needs from its workbook: shared strings and style indexes. */
export interface BookTables {
  stringIndex(text: string): number;
  styleIndex(style: CellStyle, date: boolean): number;
}

/** Text is turned into bytes, and compressed, this many characters at a time. */
const CHUNK = 1 << 16;
/** Excel's default column width: exceljs wrote no <col> for a column of exactly this width. */
const MS_PER_DAY = 24 * 3600 * 1000;
/** Excel's serial day number of 1970-01-01. */
const EPOCH_DAY = 25569;

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

export class Worksheet {
  private readonly xml: TextPart;
  /** The hyperlinks' targets, in the sheet's relationships part (made at the first link). */
  private rels: TextPart | undefined;
  private links = 0;
  /** `<hyperlink>` elements, which follow the rows. */
  private hyperlinks = '';
  private readonly merges: string[] = [];
  private readonly breaks: number[] = [];
  private readonly scales: string[] = [];
  private started = false;

  /** Worksheet `id` of its workbook: its part is xl/worksheets/sheet<id>.xml. */
  constructor(
    private readonly tables: BookTables,
    readonly options: WorksheetOptions,
    private readonly id: number,
  ) {
    this.xml = new TextPart(`xl/worksheets/sheet${id}.xml`);
  }

  /** Write row `n` (rows in ascending order); `cells[i]` is column i + 1, holes are absent cells. */
  row(n: number, height: number | undefined, cells: readonly (Cell | undefined)[]): void {
    if (!this.started) this.start();
    let first = 0;
    let last = 0;
    let body = '';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === undefined) continue;
      if (first === 0) first = i + 1;
      last = i + 1;
      body += this.cellXml(`${letterOf(i + 1)}${n}`, cell);
    }
    let row = `<row r="${n}"`;
    if (height) row += ` ht="${height}" customHeight="1"`;
    if (first > 0) row += ` spans="${first}:${last}"`;
    row += ' x14ac:dyDescent="0.25"';
    this.xml.write(body ? `${row}>${body}</row>` : `${row}/>`);
  }

  private cellXml(ref: string, cell: Cell): string {
    const { value } = cell;
    const styleId = cell.style ? this.tables.styleIndex(cell.style, value instanceof Date) : 0;
    const s = styleId ? ` s="${styleId}"` : '';
    if (value === null) return styleId ? `<c r="${ref}"${s}/>` : '';
    if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
    if (typeof value === 'string')
      return `<c r="${ref}"${s} t="s"><v>${this.tables.stringIndex(value)}</v></c>`;
    if (value instanceof Date)
      return `<c r="${ref}"${s}><v>${EPOCH_DAY + value.getTime() / MS_PER_DAY}</v></c>`;
    this.link(ref, value.hyperlink);
    return `<c r="${ref}"${s} t="s"><v>${this.tables.stringIndex(value.text)}</v></c>`;
  }

  private link(ref: string, target: string): void {
    if (!this.rels) {
      this.rels = new TextPart(`xl/worksheets/_rels/sheet${this.id}.xml.rels`);
      this.rels.write(
        `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
      );
    }
    const id = `rId${++this.links}`;
    this.rels.write(
      `<Relationship Id="${id}" Type="${HYPERLINK}" Target="${escapeXml(target)}" TargetMode="External"/>`,
    );
    this.hyperlinks += `<hyperlink ref="${ref}" r:id="${id}"/>`;
  }

  /** A merged block; the caller gives its cells the look of the top-left one. */
  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(`${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`);
  }

  /** A manual page break after `row`. */
  breakAfter(row: number): void {
    this.breaks.push(row);
  }

  /** A three-colour scale over `ref` (e.g. `B4:B9`) from `values[0]` to `values[2]`. */
  colorScale(ref: string, priority: number, values: number[], colors: string[]): void {
    const cfvo = values.map((v) => `<cfvo type="num" val="${v}"/>`).join('');
    const rgb = colors.map((c) => `<color rgb="${escapeXml(c)}"/>`).join('');
    this.scales.push(
      `<conditionalFormatting sqref="${ref}"><cfRule type="colorScale" priority="${priority}">` +
        `<colorScale>${cfvo}${rgb}</colorScale></cfRule></conditionalFormatting>`,
    );
  }

  /** The sheet's part, and its relationships' when it has links; nothing more can be written. */
  end(): ZipEntry[] {
    if (!this.started) this.start();
    const { pageSetup: p, header, footer } = this.options;
    let tail = '</sheetData>';
    if (this.merges.length) {
      tail += `<mergeCells count="${this.merges.length}">`;
      for (const ref of this.merges) tail += `<mergeCell ref="${ref}"/>`;
      tail += '</mergeCells>';
    }
    tail += this.scales.join('');
    if (this.hyperlinks) tail += `<hyperlinks>${this.hyperlinks}</hyperlinks>`;
    const m = p.margins;
    // Centred across the A4 page: a table narrower than the page does not hug the left margin.
    tail +=
      '<printOptions horizontalCentered="1"/>' +
      `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
      `<pageSetup paperSize="${p.paperSize}" orientation="${p.orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>`;
    if (header || footer) {
      tail += '<headerFooter>';
      if (header) tail += `<oddHeader>${escapeXml(header)}</oddHeader>`;
      if (footer) tail += `<oddFooter>${escapeXml(footer)}</oddFooter>`;
      tail += '</headerFooter>';
    }
    if (this.breaks.length) {
      tail += `<rowBreaks count="${this.breaks.length}" manualBreakCount="${this.breaks.length}">`;
      for (const id of this.breaks) tail += `<brk id="${id}" max="16383" man="1"/>`;
      tail += '</rowBreaks>';
    }
    this.xml.write(`${tail}</worksheet>`);
    const parts = [this.xml.end()];
    if (this.rels) {
      this.rels.write('</Relationships>');
      parts.push(this.rels.end());
    }
    return parts;
  }

  /** Everything before the first row: page fit, frozen panes, default row height, column widths. */
  private start(): void {
    this.started = true;
    const { pageSetup, frozen, widths } = this.options;
    let xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"' +
      ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';
    if (pageSetup.fitToPage) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    if (frozen) xml += frozenView(frozen.xSplit, frozen.ySplit);
    const rowHeight = this.options.defaultRowHeight ?? 15;
    xml += `<sheetFormatPr defaultRowHeight="${rowHeight}" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"`;
    xml += rowHeight === 15 ? '/>' : ' customHeight="1"/>';
    xml += columnsXml(widths);
    this.xml.write(`${xml}<sheetData>`);
  }
}

/** XML text gathered into pieces of about CHUNK characters, each compressed as it is complete. */
class TextPart {
  private text = '';
  private readonly part: DeflatedPart;

  constructor(name: string) {
    this.part = new DeflatedPart(name);
  }

  write(xml: string): void {
    this.text += xml;
    if (this.text.length >= CHUNK) {
      this.part.write(Buffer.from(this.text, 'utf8'));
      this.text = '';
    }
  }

  end(): ZipEntry {
    this.part.write(Buffer.from(this.text, 'utf8'));
    this.text = '';
    return this.part.end();
  }
}

function frozenView(xSplit: number, ySplit: number): string {
  const topLeft = `${columnLetter(xSplit + 1)}${ySplit + 1}`;
  const pane = xSplit && ySplit ? 'bottomRight' : xSplit ? 'topRight' : 'bottomLeft';
  const splits = (xSplit ? ` xSplit="${xSplit}"` : '') + (ySplit ? ` ySplit="${ySplit}"` : '');
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/** Adjacent columns of one width share a <col>; a column of the default width gets none. */
function columnsXml(widths: number[]): string {
  const cols: { min: number; max: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = cols[cols.length - 1];
    if (last && last.max === i && last.width === width) last.max = i + 1;
    else cols.push({ min: i + 1, max: i + 1, width });
  });
  if (cols.length === 0) return '';
  const each = cols.map((c) => `<col min="${c.min}" max="${c.max}" width="${c.width}" customWidth="1"/>`);
  return `<cols>${each.join('')}</cols>`;
}

const letters: string[] = [];
/** columnLetter, remembered: it is asked for every cell. */
function letterOf(n: number): string {
  let letter = letters[n];
  if (letter === undefined) {
    letter = columnLetter(n);
    letters[n] = letter;
  }
  return letter;
}

/** 1 → A, 27 → AA */
export function columnLetter(n: number): string {
  let out = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}
