// The example organisation, run through the built CLI as a user would: designed results, untouched tree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { hashTree } from '../helpers/make-repo.js';
import { copyExample, exampleDir, removeCopy } from './example-repo.js';

let repo: string;
let before: string;

beforeAll(() => {
  repo = copyExample();
  before = hashTree(repo);
});

afterAll(() => removeCopy(repo));

interface JsonRule {
  rule: string;
  state: string;
  due?: string;
}
interface JsonIndicator {
  id: number;
  status: string;
  events: number;
  rules: JsonRule[];
}
interface JsonCheck {
  org: string;
  asOf: string;
  score: { total: number; max: number };
  units: { id: string; score: { total: number; max: number }; indicators: JsonIndicator[] }[];
  findings: { severity: string; code: string; unit?: string; indicator?: number; path?: string }[];
}

const checked = new Map<string, { code: number; result: JsonCheck }>();

/** `check --format json`, spawned once per repo and date (the tree does not change between tests). */
function checkJson(root: string, asOf: string): { code: number; result: JsonCheck } {
  const key = `${root}\0${asOf}`;
  const cached = checked.get(key);
  if (cached) return cached;
  const r = spawnCli(['check', root, '--as-of', asOf, '--format', 'json']);
  expect(r.stderr).toBe('');
  const out = { code: r.code, result: JSON.parse(r.stdout) as JsonCheck };
  checked.set(key, out);
  return out;
}

function indicator(result: JsonCheck, unit: string, id: number): JsonIndicator {
  const found = result.units.find((u) => u.id === unit)?.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id} for ${unit}`);
  return found;
}

/** `unit:id` of every indicator in a given status, in report order. */
function withStatus(result: JsonCheck, status: string): string[] {
  return result.units.flatMap((u) =>
    u.indicators.filter((i) => i.status === status).map((i) => `${u.id}:${i.id}`),
  );
}

const AS_OF = '2020-09-25';

describe('example organisation: lint', () => {
  it('exits 0 with exactly the one designed finding: a 2019 file among the 2020 evidence', () => {
    const r = spawnCli(['lint', '--format', 'json'], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout) as Pick<JsonCheck, 'findings'>;
    expect(findings.map((f) => [f.severity, f.code, f.unit, f.indicator, f.path])).toEqual([
      [
        'warning',
        'name/out-of-year',
        'zb2',
        12,
        '机关第二党支部/12 以案促改/2019-12-20 案例 2019年警示教育典型案例汇编.pdf',
      ],
    ]);
  });

  it('annotates the same file for GitHub Actions', () => {
    const r = spawnCli(['lint', repo, '--format', 'github']);
    expect(r.code).toBe(0);
    const annotations = r.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning file=机关第二党支部\/12 以案促改\/2019-12-20 /);
  });
});

describe('example organisation: check', () => {
  it(`exits 0 as of ${AS_OF}: nothing overdue, yet real gaps`, () => {
    const { code, result } = checkJson(repo, AS_OF);
    expect(code).toBe(0);
    expect(result.org).toBe('河南省某某局机关党委');
    expect(result.asOf).toBe(AS_OF);
    const states = result.units.flatMap((u) => u.indicators.flatMap((i) => i.rules.map((r) => r.state)));
    expect(states).not.toContain('overdue');
    expect(result.score.total).toBeLessThan(result.score.max);
  });

  it('shows the designed statuses: one 不适用, a few gaps, two rules behind pace', () => {
    const { result } = checkJson(repo, AS_OF);
    expect(withStatus(result, 'na')).toEqual(['jgdw:11']);
    expect(withStatus(result, 'missing')).toEqual(['jgdw:4', 'zb3:7', 'zb3:21', 'zb3:35']);
    expect(withStatus(result, 'partial')).toEqual([
      ...['jgdw:3', 'jgdw:12', 'jgdw:13', 'jgdw:29', 'jgdw:31', 'zb1:12'],
      ...['zb2:5', 'zb2:9', 'zb2:12', 'zb2:22'],
      ...['zb3:1', 'zb3:5', 'zb3:10', 'zb3:12', 'zb3:15', 'zb3:24', 'zb3:36'],
    ]);
    const behind = result.units.flatMap((u) =>
      u.indicators.filter((i) => i.rules.some((r) => r.state === 'behind')).map((i) => `${u.id}:${i.id}`),
    );
    expect(behind).toEqual(['zb2:5', 'zb3:12']);
    // The 不适用 indicator leaves the max: 37 points owed by the 机关党委, 2 of them not applicable.
    expect(result.units.find((u) => u.id === 'jgdw')?.score.max).toBe(35);
  });

  it("lists the third branch's third-quarter 党费 as due this month", () => {
    const { result } = checkJson(repo, AS_OF);
    const fee = indicator(result, 'zb3', 35).rules[0]!;
    expect(fee).toMatchObject({ state: 'pending', due: '2020-09-30' });
    const dueSoon = result.findings.filter((f) => f.code === 'rule/due-soon');
    expect(dueSoon.map((f) => `${f.unit}:${f.indicator}`)).toEqual(['zb3:35']);
  });

  it('counts the 七一 主题党日 of the first branch for indicators 1, 9 and 30', () => {
    const { result } = checkJson(repo, AS_OF);
    expect(indicator(result, 'zb1', 1)).toMatchObject({ status: 'met', events: 1 });
    // 9: two of its own plus the shared one; 30: one of its own plus the shared one.
    expect(indicator(result, 'zb1', 9)).toMatchObject({ status: 'met', events: 3 });
    expect(indicator(result, 'zb1', 30)).toMatchObject({ status: 'met', events: 2 });
  });

  it('reports the one designed naming problem alongside the scores', () => {
    const { result } = checkJson(repo, AS_OF);
    const naming = result.findings.filter(
      (f) => !f.code.startsWith('rule/') && !f.code.startsWith('indicator/'),
    );
    expect(naming.map((f) => [f.code, f.unit, f.indicator])).toEqual([['name/out-of-year', 'zb2', 12]]);
  });

  it("exits 1 once the third quarter has closed without the third branch's 党费", () => {
    const r = spawnCli(['check', repo, '--as-of', '2020-10-05', '--format', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as JsonCheck;
    expect(indicator(result, 'zb3', 35).rules[0]!.state).toBe('overdue');
  });

  it('prints the text report for every unit when run inside the repo', () => {
    const r = spawnCli(['check', '--as-of', AS_OF], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('河南省某某局机关党委');
    for (const unit of ['局机关党委', '机关第一党支部', '机关第二党支部', '机关第三党支部']) {
      expect(r.stdout).toContain(unit);
    }
  });
});

describe('example organisation in place (what `npm start` runs)', () => {
  it(`check --as-of ${AS_OF} exits 0 on the example inside this project, leaving it untouched`, () => {
    const start = hashTree(exampleDir);
    const r = spawnCli(['check', exampleDir, '--as-of', AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('机关第三党支部');
    expect(hashTree(exampleDir)).toBe(start);
  });
});

describe('example organisation: 同时计入 really matters', () => {
  it('without _event.yaml the shared event counts for indicator 1 only', () => {
    const copy = copyExample();
    try {
      const sidecar = path.join(
        copy,
        '机关第一党支部',
        '01 政治机关意识党课',
        '2020-07-01 党课材料 七一主题党日暨专题党课',
        '_event.yaml',
      );
      expect(fs.existsSync(sidecar)).toBe(true);
      fs.rmSync(sidecar);
      const { result } = checkJson(copy, AS_OF);
      expect(indicator(result, 'zb1', 1)).toMatchObject({ status: 'met', events: 1 });
      expect(indicator(result, 'zb1', 9).events).toBe(2);
      expect(indicator(result, 'zb1', 30)).toMatchObject({ status: 'partial', events: 1 });
    } finally {
      removeCopy(copy);
    }
  });
});

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
