// 材料目录: every event of the quarter, one row per dated file or folder, each linked from the workbook.
import type { EvidenceEntry } from '../types.js';
import type { BookScope, CompileData } from './book-data.js';
import { firstAddedOf, type MaterialRow, quarterMaterials } from './evidence-of.js';
import { evidenceLinker } from './links.js';
import { breaksFromPages, pageCapacity, planPages } from './paginate.js';
import { type CellInput, type ColumnSpec, openSheet } from './sheet-writer.js';
import type { XlsxBook } from './xlsx/book.js';

/** One linker per compile run: the way to each evidence folder is worked out once for all workbooks. */
const linkers = new WeakMap<CompileData, (repoPath: string) => string | undefined>();

function linkerOf(data: CompileData): (repoPath: string) => string | undefined {
  let linker = linkers.get(data);
  if (!linker) {
    linker = evidenceLinker(data.scan.root, data.outDir);
    linkers.set(data, linker);
  }
  return linker;
}

export function writeMaterials(
  book: XlsxBook,
  data: CompileData,
  scope: BookScope,
  onRow?: () => void,
): number {
  const withUnit = scope.kind === 'org';
  const columns: ColumnSpec[] = [
    { header: '序号', width: 5, center: true },
    ...(withUnit ? [{ header: '单位', width: 16 }] : []),
    { header: '指标', width: 5, center: true },
    { header: '日期', width: 11, center: true },
    { header: '类型', width: 10, center: true },
    { header: '标题', width: 36 },
    { header: '文件', width: 56 },
    { header: '文件数', width: 6, center: true },
    { header: '入库日期', width: 11, center: true },
  ];
  const title = `${scope.name}${data.quarter.label}党建工作台账材料目录`;
  const sheet = openSheet(book, { name: '材料目录', title, columns });
  const titleRow = sheet.title(title);
  const headerRow = sheet.header();
  const capacity = pageCapacity(
    columns.map((c) => c.width),
    sheet.heightOf(headerRow),
  );
  let used = sheet.heightOf(titleRow);
  let number = 0;
  // Event rows are merged on 序号/单位/指标/日期; an event that does not fit the page starts the next one.
  const mergedColumns = withUnit ? [1, 2, 3, 4] : [1, 2, 3];
  const link = linkerOf(data);
  for (const material of quarterMaterials(scope.units, data.scan.catalog, data.quarter)) {
    number++;
    const top = sheet.rowNumber;
    const entries = material.serving.event.entries;
    for (let i = 0; i < entries.length; i++) sheet.add(rowValues(data, link, material, i, number, withUnit));
    const heights = entries.map((_, i) => sheet.heightOf(top + i));
    const pages = planPages([heights], capacity, used, number > 1);
    const lastPage = pages[pages.length - 1] ?? 0;
    if (pages[0]! > 0) sheet.breakAfter(top - 1);
    for (const after of breaksFromPages(pages)) sheet.breakAfter(top + after);
    used = lastPage === 0 ? used + sum(heights) : sum(heights.filter((_, i) => pages[i] === lastPage));
    if (entries.length > 1) for (const c of mergedColumns) sheet.merge(top, c, top + entries.length - 1, c);
    // Its merges and page breaks are known: the event's rows are written now, never held.
    sheet.flush();
    onRow?.();
  }
  if (number === 0) {
    const n = sheet.add(['本季度没有材料。'], { widths: { 0: sheet.totalWidth } });
    sheet.merge(n, 1, n, columns.length);
  }
  sheet.flush();
  sheet.commit();
  return number;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function rowValues(
  data: CompileData,
  linker: (repoPath: string) => string | undefined,
  material: MaterialRow,
  index: number,
  number: number,
  withUnit: boolean,
): CellInput[] {
  const { event, indicator, filedUnder } = material.serving;
  const entry = event.entries[index]!;
  const name = entry.path.slice(entry.path.lastIndexOf('/') + 1) + (entry.isFolder ? '/' : '');
  const link = linker(diskPath(entry));
  const added = firstAddedOf(entry, data.firstAdded);
  const title =
    filedUnder === undefined ? entry.title : `${entry.title}（同时计入，材料存于第${filedUnder}项）`;
  const head: CellInput[] = index === 0 ? [number] : [null];
  if (withUnit) head.push(index === 0 ? material.unitName : null);
  head.push(index === 0 ? indicator : null, index === 0 ? { date: event.date } : null);
  return [
    ...head,
    entry.kind,
    title,
    link ? { text: name, link } : name,
    entry.files.length,
    added ? { date: added } : null,
  ];
}

/**
 * The entry's path as spelled on disk: a name typed on a Mac may be stored decomposed (NFD), and a
 * link must name the file as it is, not as reports show it. Normalising never moves a `/`, so a
 * folder's spelling is the first segments of a file inside it.
 */
function diskPath(entry: EvidenceEntry): string {
  const disk = entry.files[0]?.fsPath;
  if (disk === undefined) return entry.path;
  return entry.isFolder ? disk.split('/').slice(0, entry.path.split('/').length).join('/') : disk;
}
