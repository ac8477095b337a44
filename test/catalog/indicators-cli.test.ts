import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { displayWidth } from '../../src/report/display-width.js';
import { runCli, spawnCli } from '../helpers/cli.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });
const five = catalog.indicators.find((i) => i.id === 5)!;
const fixtures = fileURLToPath(new URL('../fixtures/catalogs/', import.meta.url));
const outside = mkdtempSync(path.join(os.tmpdir(), 'dangjian-indicators-'));

function expectIndicatorFive(stdout: string) {
  expect(stdout).toContain('第 5 项');
  expect(stdout).toContain(five.title);
  for (const label of ['考评要素', '分值', '支撑材料', '落实要点', '考核规则'])
    expect(stdout).toContain(label);
  // Long text is wrapped, so compare without the line breaks and indents.
  const flat = stdout.replace(/\n\s*/g, '');
  for (const verbatim of [five.text, five.evidence, five.guidance]) expect(flat).toContain(verbatim);
  expect(stdout).toContain('全年至少 6 次学习记录');
  expect(stdout).toMatch(/^ {2}\d{4}-\d{2}-\d{2} \S+ \S+\.\w+$/m);
}

describe('dangjian indicators', () => {
  it('shows indicator 5 in full in Chinese (in-process)', async () => {
    const r = await runCli(['indicators', '5'], outside);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectIndicatorFive(r.stdout);
  });

  it('shows indicator 5 in full in Chinese (the built bin)', () => {
    const r = spawnCli(['indicators', '5'], outside);
    expect(r.code).toBe(0);
    expectIndicatorFive(r.stdout);
  });

  it('lists every indicator by category with counts and the total, within 80 columns', async () => {
    const r = await runCli(['indicators'], outside);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThan(80);
    for (const category of catalog.categories) {
      const heading = lines.find((l) => l.includes(category.name));
      expect(heading, category.name).toContain(
        `${category.declared.indicators}项${category.declared.points}分`,
      );
    }
    // Every indicator has a row, and the points column lines up in display columns.
    const rows = lines.filter((l) => /^ {2} {0,3}\d+ {2}/.test(l));
    expect(rows).toHaveLength(catalog.indicators.length);
    const pointsEnd = new Set(
      rows.map((row, i) => {
        const points = String(catalog.indicators[i]!.points);
        const at = row.indexOf(`  ${points}  `, 8);
        return displayWidth(row.slice(0, at + 2 + points.length));
      }),
    );
    expect(pointsEnd.size).toBe(1);
    expect(r.stdout).toContain('合计：39项 60分');
  });

  it('prints JSON with rules as short ids', async () => {
    const r = await runCli(['indicators', '--format', 'json'], outside);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.catalog).toBe('2020');
    expect(json.indicators).toHaveLength(39);
    const first = json.indicators[0];
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['id', 'category', 'points', 'text', 'evidence', 'guidance', 'rules']),
    );
    expect(json.indicators.find((i: { id: number }) => i.id === 35).rules).toEqual([
      'minEvents:1/quarter:凭证',
    ]);
  });

  it('prints one indicator as JSON with [id]', async () => {
    const r = await runCli(['indicators', '5', '--format', 'json'], outside);
    const json = JSON.parse(r.stdout);
    expect(json.indicators).toHaveLength(1);
    expect(json.indicators[0]).toMatchObject({ id: 5, points: five.points, text: five.text });
    expect(json.indicators[0].rules).toEqual([
      'anyOf:计划|方案|通知',
      'minEvents:6/year:学习记录',
      'require:图片',
    ]);
  });

  for (const id of ['40', '0', 'abc', '5.5']) {
    it(`refuses the unknown id ${id} with exit 2`, async () => {
      const r = await runCli(['indicators', id], outside);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(id);
      expect(r.stderr).toContain('1–39');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('refuses an unknown --format with exit 2', async () => {
    const r = await runCli(['indicators', '--format', 'xml'], outside);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xml');
  });

  it('has help in Chinese with examples, and in English with --lang en', async () => {
    const zh = await runCli(['indicators', '--help'], outside);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('示例');
    expect(zh.stdout).toContain('dangjian indicators 5');
    const en = await runCli(['indicators', '--help', '--lang', 'en'], outside);
    expect(en.stdout).toContain('Examples');
    expect(en.stdout).not.toContain('示例');
    for (const line of `${zh.stdout}${en.stdout}`.split('\n'))
      expect(displayWidth(line), line).toBeLessThan(80);
  });

  it('speaks English with --lang en, keeping the catalog text as written', async () => {
    const r = await runCli(['indicators', '5', '--lang', 'en'], outside);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Criterion');
    expect(r.stdout).toContain('at least 6 学习记录 a year');
  });

  it('shows a catalog file given with --catalog, including bonus and veto marks', async () => {
    const r = await runCli(['indicators', '--catalog', 'mini.yaml'], fixtures);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2021年示例指标');
    expect(r.stdout).toContain('加分项');
    expect(r.stdout).toContain('一票否决');
  });

  it('inside an evidence repo, uses the catalog its dangjian.yaml names', async () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'dangjian-repo-'));
    cpSync(path.join(fixtures, 'mini.yaml'), path.join(repo, 'mini.yaml'));
    writeFileSync(
      path.join(repo, 'dangjian.yaml'),
      'org: 测试机关党委\nyear: 2021\ncatalog: mini.yaml\nunits:\n  - { id: jgdw, name: 机关党委, dir: 机关党委, level: org }\n',
    );
    const r = await runCli(['indicators', '--format', 'json'], path.join(repo));
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).catalog).toBe('2021');
  });
});
