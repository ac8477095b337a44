// The workbook writer on its own: what it writes must read back, in an independent reader, as given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { footer, numFmt, printSetup } from '../../src/workbook/styles.js';
import type { XlsxBook } from '../../src/workbook/xlsx/book.js';
import { StyleSheet } from '../../src/workbook/xlsx/style-sheet.js';
import { escapeXml } from '../../src/workbook/xlsx/xml.js';
import { DeflatedPart } from '../../src/workbook/xlsx/zip.js';
import { readBook, sheetXml, topLevelElements, worksheetOrder } from '../compile/read-book.js';
import { tempDir } from '../helpers/make-repo.js';
import { body, date, header, link, percent, writeXlsx } from './cell-styles.js';

async function written(build: (book: XlsxBook) => void): Promise<string> {
  const path = join(tempDir(), 'book.xlsx');
  await writeXlsx(path, build);
  return path;
}

/** Two sheets: a table with every kind of cell, merges, links, breaks and a colour scale; and a plain one. */
function sample(book: XlsxBook): void {
  const ws = book.addSheet({
    name: '材料目录',
    widths: [5, 9, 9, 36, 56],
    pageSetup: printSetup('2:2'),
    ...footer('标题 & 说明'),
    frozen: { xSplit: 1, ySplit: 2 },
    defaultRowHeight: 18,
  });
  ws.merge(1, 1, 1, 5);
  ws.row(1, 30, [
    { value: '标题', style: header },
    ...Array.from({ length: 4 }, () => ({ value: null, style: header })),
  ]);
  ws.row(
    2,
    23,
    ['序号', '日期', '比例', '标题', '文件'].map((value) => ({ value, style: header })),
  );
  ws.merge(3, 1, 4, 1);
  ws.row(3, 40.5, [
    { value: 1, style: body },
    { value: new Date(Date.UTC(2020, 6, 1)), style: date },
    { value: 0.75, style: percent },
    { value: ' =SUM(A1)\n第二行 <&>"\' \u0001', style: body },
    { value: { text: '记录 #1.pdf', hyperlink: '../../单位/05%20学习/记录%20%231.pdf' }, style: link },
  ]);
  ws.row(4, 20, [{ value: null, style: body }, undefined, { value: null, style: percent }]);
  ws.breakAfter(3);
  ws.colorScale('C3:C4', 3, [0, 0.5, 1], ['FFF8696B', 'FFFFEB84', 'FF63BE7B']);
  book.closeSheet(ws);
  const cover = book.addSheet({
    name: '封面',
    widths: [12, 30],
    pageSetup: { ...printSetup(), fitToHeight: 1 },
  });
  cover.row(1, 60, []);
  cover.row(2, undefined, [undefined, { value: '封面文字' }]);
}

describe('xlsx writer', () => {
  it('writes values, looks, merges and links that read back as given', async () => {
    const book = await readBook(await written(sample));
    expect(book.worksheets.map((w) => w.name)).toEqual(['材料目录', '封面']);
    const ws = book.getWorksheet('材料目录')!;
    expect(ws.getCell('A1').value).toBe('标题');
    expect(ws.getCell('A3').value).toBe(1);
    expect((ws.getCell('B3').value as Date).toISOString()).toBe('2020-07-01T00:00:00.000Z');
    expect(ws.getCell('B3').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C3').value).toBe(0.75);
    expect(ws.getCell('C3').numFmt).toBe('0%');
    // Text stays text, spaces and line breaks kept; what XML cannot hold is dropped.
    expect(ws.getCell('D3').value).toBe(' =SUM(A1)\n第二行 <&>"\' ');
    expect(ws.getCell('D3').formula).toBeUndefined();
    expect(ws.getCell('E3').value).toEqual({
      text: '记录 #1.pdf',
      hyperlink: '../../单位/05%20学习/记录%20%231.pdf',
    });
    expect(ws.getCell('E3').font).toMatchObject({
      name: '宋体',
      underline: true,
      color: { argb: 'FF0563C1' },
    });
    // exceljs reads a font size as a whole number; the size itself is checked in the style sheet test.
    expect(ws.getCell('B2').font).toMatchObject({ name: '黑体', charset: 134 });
    expect(ws.getCell('B2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } });
    expect(ws.getCell('B2').border.top).toMatchObject({ style: 'thin', color: { argb: 'FF000000' } });
    expect(ws.getCell('B2').alignment).toMatchObject({
      horizontal: 'center',
      vertical: 'middle',
      wrapText: true,
    });
    expect((ws.model as unknown as { merges: string[] }).merges.sort()).toEqual(['A1:E1', 'A3:A4']);
    expect([1, 2, 3, 4].map((n) => ws.getRow(n).height)).toEqual([30, 23, 40.5, 20]);
    // Width 9 is written too (exceljs left it to the reader's default of 8.43).
    expect(ws.columns.map((c) => c.width)).toEqual([5, 9, 9, 36, 56]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.headerFooter.oddHeader).toBe('&R&"宋体,常规"&9标题 && 说明');
    expect(ws.headerFooter.oddFooter).toBe('&C&"宋体,常规"&9第 &P 页，共 &N 页');
    const cover = book.getWorksheet('封面')!;
    expect(cover.getCell('B2').value).toBe('封面文字');
    expect(cover.getRow(1).height).toBe(60);
    expect(cover.pageSetup.fitToHeight).toBe(1);
  });

  it('writes a zip whose every checksum holds, with the print titles and the parts Excel looks for', async () => {
    const path = await written(sample);
    const zip = await JSZip.loadAsync(readFileSync(path), { checkCRC32: true });
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'xl/theme/theme1.xml',
        'xl/workbook.xml',
        'xl/worksheets/_rels/sheet1.xml.rels',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ].sort(),
    );
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;材料目录&apos;!$2:$2</definedName>',
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const name of names.filter((n) => /^xl\/worksheets\/sheet\d\.xml$/.test(n)))
      expect(types).toContain(`PartName="/${name}"`);
  });

  it('orders worksheet elements as Excel requires, colour scales before links', async () => {
    const xml = await sheetXml(await written(sample));
    const elements = topLevelElements(xml['xl/worksheets/sheet1.xml']!);
    expect(elements).toEqual([
      'sheetPr',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'mergeCells',
      'conditionalFormatting',
      'hyperlinks',
      'printOptions',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'rowBreaks',
    ]);
    const order = elements.map((e) => worksheetOrder.indexOf(e));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // A 9-wide column is written too, not left to the reader's default (8.43 in Excel).
    expect(xml['xl/worksheets/sheet1.xml']).toContain(
      '<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="3" width="9" customWidth="1"/><col min="4" max="4" width="36" customWidth="1"/>',
    );
  });
});

describe('style sheet', () => {
  it('gives one index per look, whether or not the style object is shared', () => {
    const sheet = new StyleSheet();
    const a = sheet.idOf(body);
    expect(sheet.idOf(body)).toBe(a);
    expect(sheet.idOf({ ...body })).toBe(a);
    expect(sheet.idOf(header)).not.toBe(a);
    expect(sheet.idOf({})).toBe(0);
  });

  it('uses Excel’s built-in number formats by id and numbers the others from 164', () => {
    const sheet = new StyleSheet();
    sheet.idOf(percent);
    sheet.idOf(date);
    sheet.idOf({ ...date });
    sheet.idOf({ numFmt: numFmt.chineseDate });
    const xml = sheet.xml();
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>' +
        '<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>',
    );
    expect(xml).toContain(
      '<xf numFmtId="9" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"',
    );
  });
});

describe('compressed parts', () => {
  it('compress piece by piece into one stream that inflates to the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 3000 }), { maxLength: 6 }), (texts) => {
        const part = new DeflatedPart('x.xml');
        const pieces = texts.map((t) => Buffer.from(t, 'utf8'));
        for (const piece of pieces) part.write(piece);
        const entry = part.end();
        const whole = Buffer.concat(pieces);
        expect(inflateRawSync(Buffer.concat(entry.deflated)).equals(whole)).toBe(true);
        expect([entry.size, entry.crc]).toEqual([whole.length, crc32(whole)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops the control characters XML 1.0 cannot hold', () => {
    const plain = (text: string) =>
      [...text]
        .filter((ch) => {
          const c = ch.charCodeAt(0);
          return !(c === 0x7f || (c < 0x20 && c !== 9 && c !== 10 && c !== 13));
        })
        .map((ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch)
        .join('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => escapeXml(s) === plain(s)),
      { numRuns: 3000 },
    );
  });
});
