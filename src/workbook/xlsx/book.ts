// A workbook written without a spreadsheet library: worksheets as XML text, shared strings, one
// style sheet, zipped. Parts are compressed as they are written; only the compressed bytes are kept.
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { type CellStyle, StyleSheet } from './style-sheet.js';
import { THEME_XML } from './theme.js';
import { type BookTables, Worksheet, type WorksheetOptions } from './worksheet.js';
import { escapeXml, XML_DECLARATION } from './xml.js';
import { deflateEntry, type ZipEntry, zipArchive } from './zip.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument';

const PACKAGE_RELS_XML =
  `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PACKAGE_RELS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** The theme and the package's relationships are the same in every workbook: compressed once. */
let fixedParts: ZipEntry[] | undefined;

export class XlsxBook implements BookTables {
  private readonly created = new Date();
  private readonly styles = new StyleSheet();
  private readonly strings = new Map<string, number>();
  private readonly sheets: { sheet: Worksheet; closed: boolean }[] = [];
  /** Compressed parts in archive order. */
  private readonly entries: ZipEntry[] = [];

  constructor(private readonly creator: string) {
    fixedParts ??= [
      deflateEntry('xl/theme/theme1.xml', Buffer.from(THEME_XML, 'utf8')),
      deflateEntry('_rels/.rels', Buffer.from(PACKAGE_RELS_XML, 'utf8')),
    ];
    this.entries.push(...fixedParts);
  }

  stringIndex(text: string): number {
    let index = this.strings.get(text);
    if (index === undefined) {
      index = this.strings.size;
      this.strings.set(text, index);
    }
    return index;
  }

  styleIndex(style: CellStyle, date: boolean): number {
    return this.styles.idOf(style, date);
  }

  /** A new sheet after the others; write its rows, then `closeSheet` it. */
  addSheet(options: WorksheetOptions): Worksheet {
    const sheet = new Worksheet(this, options, this.sheets.length + 1);
    this.sheets.push({ sheet, closed: false });
    return sheet;
  }

  /** Finish a sheet; nothing more can be written to it. */
  closeSheet(sheet: Worksheet): void {
    const entry = this.sheets.find((s) => s.sheet === sheet);
    if (!entry || entry.closed) return;
    entry.closed = true;
    this.entries.push(...sheet.end());
  }

  /** Close every sheet, add the workbook's own parts, and write the archive to `stream` (then closed). */
  async write(stream: WriteStream): Promise<void> {
    for (const { sheet } of this.sheets) this.closeSheet(sheet);
    const names = this.sheets.map((s) => s.sheet.options.name);
    this.add('[Content_Types].xml', this.contentTypes());
    this.add('docProps/app.xml', appXml(names));
    this.add('docProps/core.xml', this.coreXml());
    if (this.strings.size) this.add('xl/sharedStrings.xml', this.sharedStringsXml());
    this.add('xl/styles.xml', this.styles.xml());
    this.add('xl/_rels/workbook.xml.rels', this.workbookRels());
    this.add('xl/workbook.xml', this.workbookXml());
    const closed = once(stream, 'close');
    for (const bytes of zipArchive(this.entries, this.created)) stream.write(bytes);
    stream.end();
    await closed;
  }

  private add(name: string, content: string): void {
    this.entries.push(deflateEntry(name, Buffer.from(content, 'utf8')));
  }

  private contentTypes(): string {
    const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
    const sheets = this.sheets.map((_, i) =>
      override(`/xl/worksheets/sheet${i + 1}.xml`, `${CONTENT}.spreadsheetml.worksheet+xml`),
    );
    return (
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      override('/xl/workbook.xml', `${CONTENT}.spreadsheetml.sheet.main+xml`) +
      sheets.join('') +
      override('/xl/theme/theme1.xml', `${CONTENT}.theme+xml`) +
      override('/xl/styles.xml', `${CONTENT}.spreadsheetml.styles+xml`) +
      (this.strings.size
        ? override('/xl/sharedStrings.xml', `${CONTENT}.spreadsheetml.sharedStrings+xml`)
        : '') +
      override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      override('/docProps/app.xml', `${CONTENT}.extended-properties+xml`) +
      '</Types>'
    );
  }

  private coreXml(): string {
    const when = this.created.toISOString().replace(/\.\d{3}/, '');
    const creator = escapeXml(this.creator);
    return (
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
      ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
    );
  }

  private sharedStringsXml(): string {
    const parts = [
      `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.strings.size}" uniqueCount="${this.strings.size}">`,
    ];
    for (const text of this.strings.keys()) {
      // Leading or trailing spaces and line breaks survive only when marked as preserved.
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
      parts.push(`<si><t${space}>${escapeXml(text)}</t></si>`);
    }
    parts.push('</sst>');
    return parts.join('');
  }

  /** Styles, theme, shared strings, then the sheets: the ids workbook.xml refers to. */
  private workbookRels(): string {
    const rels = [`${REL}/styles|styles.xml`, `${REL}/theme|theme/theme1.xml`];
    if (this.strings.size) rels.push(`${REL}/sharedStrings|sharedStrings.xml`);
    for (let i = 1; i <= this.sheets.length; i++) rels.push(`${REL}/worksheet|worksheets/sheet${i}.xml`);
    const each = rels.map((rel, i) => {
      const [type, target] = rel.split('|');
      return `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`;
    });
    return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${each.join('')}</Relationships>`;
  }

  private workbookXml(): string {
    const firstSheetRel = this.strings.size ? 4 : 3;
    const sheets = this.sheets.map(
      ({ sheet }, i) =>
        `<sheet sheetId="${i + 1}" name="${escapeXml(sheet.options.name)}" state="visible" r:id="rId${firstSheetRel + i}"/>`,
    );
    const titles = this.sheets.flatMap(({ sheet }, i) => {
      const rows = sheet.options.pageSetup.printTitlesRow;
      if (!rows) return [];
      const [from, to] = rows.split(':');
      const name = sheet.options.name.replaceAll("'", "''");
      return [
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`'${name}'!$${from}:$${to}`)}</definedName>`,
      ];
    });
    return (
      `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` +
      ` xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` +
      ' mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">' +
      '<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/>' +
      '<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>' +
      `<sheets>${sheets.join('')}</sheets>` +
      (titles.length ? `<definedNames>${titles.join('')}</definedNames>` : '') +
      '<calcPr calcId="171027"/></workbook>'
    );
  }
}

function appXml(sheetNames: string[]): string {
  const n = sheetNames.length;
  const titles = sheetNames.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join('');
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>' +
    '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}
