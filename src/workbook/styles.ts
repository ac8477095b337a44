// Every font, border, fill and print setting of the 汇编 in one place: 宋体 body, 黑体 titles/headers.
import type { AlignmentStyle, BorderStyle, FillStyle, FontStyle } from './xlsx/style-sheet.js';
import type { PageSetup } from './xlsx/worksheet.js';

export const BODY_SIZE = 10.5;
export const HEADER_SIZE = 10.5;
export const TITLE_SIZE = 16;

/** charset 134 (GB2312) tells Excel and WPS the font is Chinese, so it is not swapped for another. */
export const fonts = {
  body: { name: '宋体', size: BODY_SIZE, charset: 134 } as FontStyle,
  bodyBold: { name: '宋体', size: BODY_SIZE, charset: 134, bold: true } as FontStyle,
  link: {
    name: '宋体',
    size: BODY_SIZE,
    charset: 134,
    underline: true,
    color: { argb: 'FF0563C1' },
  } as FontStyle,
  header: { name: '黑体', size: HEADER_SIZE, charset: 134 } as FontStyle,
  title: { name: '黑体', size: TITLE_SIZE, charset: 134 } as FontStyle,
  coverTitle: { name: '黑体', size: 24, charset: 134 } as FontStyle,
  coverBody: { name: '宋体', size: 14, charset: 134 } as FontStyle,
  coverLabel: { name: '黑体', size: 14, charset: 134 } as FontStyle,
};

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const thinBorder: BorderStyle = { top: thin, left: thin, bottom: thin, right: thin };

export const fills = {
  header: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } } as FillStyle,
  subtotal: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as FillStyle,
  total: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as FillStyle,
};

export const align = {
  wrapLeft: { vertical: 'middle', horizontal: 'left', wrapText: true } as AlignmentStyle,
  wrapCenter: { vertical: 'middle', horizontal: 'center', wrapText: true } as AlignmentStyle,
  center: { vertical: 'middle', horizontal: 'center' } as AlignmentStyle,
};

export const numFmt = {
  date: 'yyyy-mm-dd',
  chineseDate: 'yyyy"年"m"月"d"日"',
  score: 'General',
};

/** A4 paper, margins in inches; the height planner in paginate.ts reads the same numbers. */
export const page = {
  widthPt: 842,
  heightPt: 595,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** A4 landscape, one page wide and as many tall as needed, `titleRows` repeated on every page. */
export function printSetup(titleRows?: string): PageSetup {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: page.margins,
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
}

/** Page numbers in the footer, set in 宋体 so WPS and LibreOffice print them in a Chinese font. */
export function footer(sheetTitle: string): { footer: string; header?: string } {
  // Each section (&L, &C, &R) carries its own font: readers parse the sections first.
  return {
    ...(sheetTitle ? { header: `&R${inFont(escapeHeader(sheetTitle))}` } : {}),
    footer: `&C${inFont('第 &P 页，共 &N 页')}`,
  };
}

/** `text` in 宋体 9 pt. `&9` reads every digit after it as the size: `3号楼` would print in 93 pt. */
function inFont(text: string): string {
  const font = '&"宋体,常规"&9';
  return /^\d/.test(text) ? `${font} ${text}` : `${font}${text}`;
}

/** `&` starts a code in header/footer text; a literal one is written `&&`. */
function escapeHeader(text: string): string {
  return text.replaceAll('&', '&&');
}

/** Colour scale for scores: red (nothing) → yellow → green (full marks). */
export const scaleColors = ['FFF8696B', 'FFFFEB84', 'FF63BE7B'];
