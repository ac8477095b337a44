// The example organisation, run through the built CLI as a user would: designed results, untouched tree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { copyExample, hashTree, removeCopy } from './example-repo.js';

let repo: string;
let before: string;

beforeAll(() => {
  repo = copyExample();
  before = hashTree(repo);
});

afterAll(() => removeCopy(repo));

describe('example organisation: compile', () => {
  it('writes one workbook per unit and one for the organisation into 汇编/2020Q3', () => {
    const r = spawnCli(['compile', '--quarter', '2020Q3'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = path.join(repo, '汇编', '2020Q3');
    const books = fs.readdirSync(out).sort();
    expect(books).toHaveLength(5);
    for (const unit of ['局机关党委', '机关第一党支部', '机关第二党支部', '机关第三党支部']) {
      expect(books.some((b) => b.startsWith(unit) && b.endsWith('.xlsx'))).toBe(true);
    }
    expect(books.some((b) => b.startsWith('河南省某某局机关党委') && b.includes('汇总'))).toBe(true);
    expect(books.filter((b) => b.includes('汇总'))).toHaveLength(1);
    for (const book of books) {
      // An .xlsx is a zip: PK\x03\x04, and not a stub.
      const bytes = fs.readFileSync(path.join(out, book));
      expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
      expect(bytes.length).toBeGreaterThan(5000);
    }
  });

  it('lists the shared 七一 event of the first branch under indicators 1, 9 and 30 with its commit date', async () => {
    const dir = path.join(repo, '汇编', '2020Q3');
    const book = fs.readdirSync(dir).find((b) => b.startsWith('机关第一党支部'))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, book));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['封面', '自评表', '材料目录', '问题清单']);
    const sheet = workbook.getWorksheet('材料目录')!;
    const header = (sheet.getRow(2).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    const rows: { indicator: unknown; file: string; committed: unknown }[] = [];
    sheet.eachRow((row, n) => {
      if (n <= 2) return;
      const file = row.getCell(col('文件')).value as { text?: string } | string | null;
      rows.push({
        indicator: row.getCell(col('指标')).value,
        file: typeof file === 'string' ? file : (file?.text ?? ''),
        committed: row.getCell(col('入库日期')).value,
      });
    });
    const shared = rows.filter((r) => r.file.includes('七一主题党日暨专题党课'));
    expect(shared.map((r) => r.indicator)).toEqual([1, 9, 30]);
    // The repo is a git repo: every event shows the day its files were first committed.
    for (const r of rows) expect(r.committed).toBeTruthy();
  });

  it('writes into --out outside the repo, and refuses to overwrite without --force', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dangjian-e2e-out-'));
    try {
      const first = spawnCli(['compile', repo, '--quarter', '2020Q3', '--unit', 'zb1', '--out', out]);
      expect(first.code).toBe(0);
      const books = fs.readdirSync(out);
      expect(books).toHaveLength(1);
      const again = spawnCli(['compile', repo, '--quarter', '2020Q3', '--unit', 'zb1', '--out', out]);
      expect(again.code).toBe(2);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('example organisation: evidence untouched', () => {
  it('every evidence file is byte-identical after all commands (the workbooks aside)', () => {
    fs.rmSync(path.join(repo, '汇编'), { recursive: true, force: true });
    expect(hashTree(repo)).toBe(before);
  });
});
