// styles.xml: every distinct font, fill, border, number format and cell format of a workbook, by index.
import { escapeXml, XML_DECLARATION } from './xml.js';

export interface Color {
  argb: string;
}
export interface FontStyle {
  name: string;
  size: number;
  /** 134 (GB2312) marks a Chinese font. */
  charset?: number;
  bold?: boolean;
  underline?: boolean;
  color?: Color;
}
export interface Edge {
  style: 'thin';
  color?: Color;
}
export interface BorderStyle {
  top?: Edge;
  left?: Edge;
  bottom?: Edge;
  right?: Edge;
}
export interface FillStyle {
  type: 'pattern';
  pattern: 'solid';
  fgColor: Color;
}
export interface AlignmentStyle {
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrapText?: boolean;
  indent?: number;
}
/** A cell's look. Objects are shared by many cells and never changed once used. */
export interface CellStyle {
  font?: FontStyle;
  border?: BorderStyle;
  fill?: FillStyle;
  alignment?: AlignmentStyle;
  /** Number format code; built-in codes ('0%') use Excel's built-in ids. */
  numFmt?: string;
}

/** Excel's built-in number formats (id by code), as readers know them without a <numFmt>. */
const builtInFormats: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  'mm-dd-yy': 14,
  '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** Font 0, what cells without a font of their own show (the theme's body font). */
const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';

export class StyleSheet {
  private readonly fonts = new IndexedXml();
  private readonly fills = new IndexedXml();
  private readonly borders = new IndexedXml();
  private readonly formats = new IndexedXml();
  private readonly customFormats = new Map<string, number>();
  private readonly xfs = new IndexedXml();
  /** A style object seen before has the same index: most cells share a handful of objects. */
  private readonly seen = new WeakMap<CellStyle, number>();

  constructor() {
    this.fonts.add(DEFAULT_FONT);
    this.borders.add(renderBorder({}));
    this.fills.add('<fill><patternFill patternType="none"/></fill>');
    this.fills.add('<fill><patternFill patternType="gray125"/></fill>');
    this.xfs.add('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** The cellXfs index of `style`; `date` says the cell holds a date (shown as one without a format). */
  idOf(style: CellStyle, date = false): number {
    const known = this.seen.get(style);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : date ? builtInFormats['mm-dd-yy']! : 0;
    const fontId = style.font ? this.fonts.add(renderFont(style.font)) : 0;
    const borderId = style.border ? this.borders.add(renderBorder(style.border)) : 0;
    const fillId = style.fill ? this.fills.add(renderFill(style.fill)) : 0;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    if (style.alignment) xf += ' applyAlignment="1"';
    const alignment = style.alignment ? renderAlignment(style.alignment) : '';
    xf += alignment ? `>${alignment}</xf>` : '/>';
    const id = this.xfs.add(xf);
    this.seen.set(style, id);
    return id;
  }

  private formatId(code: string): number {
    const builtIn = builtInFormats[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(code, id);
      this.formats.add(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  xml(): string {
    const formats = this.formats.size
      ? `<numFmts count="${this.formats.size}">${this.formats.join()}</numFmts>`
      : '';
    return (
      `${XML_DECLARATION}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` +
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2"' +
      ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"' +
      ' xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">' +
      formats +
      `<fonts count="${this.fonts.size}" x14ac:knownFonts="1">${this.fonts.join()}</fonts>` +
      `<fills count="${this.fills.size}">${this.fills.join()}</fills>` +
      `<borders count="${this.borders.size}">${this.borders.join()}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.size}">${this.xfs.join()}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/>' +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}"' +
      ' xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>' +
      '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}"' +
      ' xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">' +
      '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>'
    );
  }
}

/** Distinct XML snippets in order of first use; the index is what cells and formats refer to. */
class IndexedXml {
  private readonly index = new Map<string, number>();

  get size(): number {
    return this.index.size;
  }

  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(xml, i);
    }
    return i;
  }

  join(): string {
    return [...this.index.keys()].join('');
  }
}

function color(tag: string, c: Color | undefined): string {
  return c ? `<${tag} rgb="${escapeXml(c.argb)}"/>` : '';
}

function renderFont(font: FontStyle): string {
  return (
    '<font>' +
    (font.bold ? '<b/>' : '') +
    (font.underline ? '<u/>' : '') +
    (font.charset ? `<charset val="${font.charset}"/>` : '') +
    color('color', font.color) +
    (font.size ? `<sz val="${font.size}"/>` : '') +
    `<name val="${escapeXml(font.name)}"/></font>`
  );
}

function renderBorder(border: BorderStyle): string {
  const edge = (tag: string, e: Edge | undefined) =>
    e?.style ? `<${tag} style="${e.style}">${color('color', e.color)}</${tag}>` : `<${tag}/>`;
  return `<border>${edge('left', border.left)}${edge('right', border.right)}${edge('top', border.top)}${edge('bottom', border.bottom)}<diagonal/></border>`;
}

function renderFill(fill: FillStyle): string {
  return `<fill><patternFill patternType="${fill.pattern}">${color('fgColor', fill.fgColor)}</patternFill></fill>`;
}

function renderAlignment(a: AlignmentStyle): string {
  let attributes = '';
  if (a.horizontal) attributes += ` horizontal="${a.horizontal}"`;
  if (a.vertical) attributes += ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"`;
  if (a.wrapText) attributes += ' wrapText="1"';
  const indent = Math.trunc(a.indent ?? 0);
  if (indent > 0) attributes += ` indent="${indent}"`;
  return attributes ? `<alignment${attributes}/>` : '';
}
