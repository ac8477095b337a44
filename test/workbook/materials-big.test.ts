import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { evaluate } from '../../src/score/index.js';
import { compileBooks } from '../../src/workbook/compile-books.js';
import { parseQuarter } from '../../src/workbook/quarter.js';
import { readBook, sheetXml } from '../compile/read-book.js';
import { makeRepo, tempDir } from '../helpers/make-repo.js';

describe('材料目录 of many events', () => {
  it('writes rows as it goes and still breaks pages between events', async () => {
    // 700 files on 84 days of one quarter: page breaks fall after rows already written.
    const files: Record<string, string> = {};
    for (let i = 0; i < 700; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String(7 + (i % 3)).padStart(2, '0');
      files[`第一党支部/16 三会一课/2020-${month}-${day} 会议记录 第${i}次会议.pdf`] = 'x';
    }
    const scan = await loadRepo(makeRepo({ files }));
    const quarter = parseQuarter('2020Q3', 2020);
    const result = evaluate({ config: scan.config, catalog: scan.catalog, units: scan.units }, quarter.end);
    const outDir = tempDir();
    const data = {
      scan,
      result,
      quarter,
      compiledOn: '2020-10-08',
      firstAdded: new Map(),
      outDir,
      monthEnds: [],
    };
    const [path] = await compileBooks(data, { unit: 'zb1' });
    const ws = (await readBook(path!)).getWorksheet('材料目录')!;
    expect(ws.rowCount).toBe(2 + 700);
    const xml = (await sheetXml(path!))['xl/worksheets/sheet3.xml']!;
    expect(Number(/<rowBreaks count="(\d+)"/.exec(xml)?.[1])).toBeGreaterThan(10);
  });
});
