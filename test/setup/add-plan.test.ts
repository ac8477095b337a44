import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKindResolver } from '../../src/catalog/kinds.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DangjianError } from '../../src/errors.js';
import { type AddRequest, planAdd } from '../../src/setup/add-plan.js';
import type { SourceFile } from '../../src/setup/expand-sources.js';
import type { Config } from '../../src/types.js';
import { tempDir } from './tree.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });

function context(units = 2) {
  const root = tempDir();
  const config: Config = {
    file: 'dangjian.yaml',
    org: '某局机关党委',
    year: 2020,
    catalog: '2020',
    units: [
      { id: 'jgdw', name: '局机关党委', dir: '局机关党委', level: 'org' as const },
      { id: 'zb1', name: '第一党支部', dir: '支部/第一党支部', level: 'branch' as const },
    ].slice(0, units),
    responsibilities: { jgdw: [1, 2, 3], zb1: catalog.indicators.map((i) => i.id) },
    scoring: { partial: 'proportional', step: 0.5, rollup: 'mean' },
  };
  const scan = join(root, '..', `scan-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(scan, 'x');
  return {
    ctx: { root, config, catalog, resolveKind: createKindResolver(catalog.kinds), display: (p: string) => p },
    scan,
  };
}

function codeOf(fn: () => unknown): { code: string; data: Record<string, unknown> } | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DangjianError) return { code: error.code, data: error.data };
    throw error;
  }
  return undefined;
}

describe('planAdd', () => {
  const request = (scan: string, over: Partial<AddRequest> = {}): AddRequest => ({
    indicator: '5',
    files: [source(scan)],
    date: '2020-03-15',
    kind: '学习记录',
    unit: 'zb1',
    event: false,
    ...over,
  });

  it('plans the canonical name in the unit’s indicator folder, creating it when missing', () => {
    const { ctx, scan } = context();
    const plan = planAdd(ctx, request(scan));
    const folder = join(ctx.root, '支部/第一党支部', '05 学习品牌建设');
    expect(plan.folder).toBe(folder);
    expect(plan.mkdirs).toEqual([folder]);
    expect(plan.copies).toEqual([
      { from: scan, to: join(folder, `2020-03-15 学习记录 ${scanBase(scan)}.pdf`), typed: scan },
    ]);
    expect(plan.notOwed).toBe(false);
  });

  it('keeps a compound kind word as typed and flags an indicator the unit does not owe', () => {
    const { ctx, scan } = context();
    const plan = planAdd(ctx, request(scan, { unit: 'jgdw', kind: '教育计划', title: '年度计划' }));
    expect(plan.copies[0]!.to.endsWith('2020-03-15 教育计划 年度计划.pdf')).toBe(true);
    expect(plan.notOwed).toBe(true);
  });

  it('does not repeat the date and kind of a source already named by the contract', () => {
    const { ctx } = context();
    const named = join(
      ctx.root,
      '..',
      `20200701_党课材料_强化政治机关意识-${Math.random().toString(36).slice(2)}.PDF`,
    );
    writeFileSync(named, 'x');
    const plan = planAdd(ctx, request(named, { date: '2020-07-01', kind: '党课材料' }));
    expect(plan.copies[0]!.to).toMatch(/\/2020-07-01 党课材料 强化政治机关意识-\w+\.pdf$/);
  });

  it('refuses two folders for one indicator', () => {
    const { ctx, scan } = context();
    mkdirSync(join(ctx.root, '局机关党委', '05 学习品牌'), { recursive: true });
    mkdirSync(join(ctx.root, '局机关党委', '5 另一个'), { recursive: true });
    expect(codeOf(() => planAdd(ctx, request(scan, { unit: 'jgdw' })))?.code).toBe(
      'add/ambiguous-indicator-dir',
    );
  });

  it.each<[string, Partial<AddRequest>, string, Record<string, unknown>?]>([
    ['bad date', { date: '2020-02-30' }, 'add/bad-date'],
    ['date outside year', { date: '2019-12-31' }, 'add/date-outside-year', { year: 2020 }],
    ['unknown kind', { kind: '图篇' }, 'add/unknown-kind', { suggestion: '图片' }],
    ['unknown indicator', { indicator: '40' }, 'add/unknown-indicator', { max: 39 }],
    ['unknown unit', { unit: 'zb' }, 'add/unknown-unit', { suggestion: 'zb1' }],
    ['missing unit', { unit: undefined }, 'add/unit-required'],
    ['illegal title', { title: '学习*' }, 'add/bad-title', { problem: 'illegal-char', char: '*' }],
    ['title with leading space', { title: ' 学习' }, 'add/bad-title', { problem: 'edge' }],
    ['missing source', { files: [source('/nonexistent/扫描件.pdf')] }, 'add/source-missing'],
  ])('%s → %s', (_name, over, code, data) => {
    const { ctx, scan } = context();
    const error = codeOf(() => planAdd(ctx, request(scan, over)));
    expect(error?.code).toBe(code);
    if (data) expect(error?.data).toMatchObject(data);
  });

  it('asks for a title for an event of several files', () => {
    const { ctx, scan } = context();
    const second = `${scan}.jpg`;
    writeFileSync(second, 'y');
    expect(
      codeOf(() => planAdd(ctx, request(scan, { event: true, files: [source(scan), source(second)] })))?.code,
    ).toBe('add/event-needs-title');
  });

  it('accepts a unit by its name as well as its id, and needs none when there is one unit', () => {
    const { ctx, scan } = context();
    expect(planAdd(ctx, request(scan, { unit: '第一党支部' })).unit.id).toBe('zb1');
    const single = context(1);
    expect(planAdd(single.ctx, request(single.scan, { unit: undefined })).unit.id).toBe('jgdw');
  });
});

/** A source typed as its absolute path. */
function source(path: string): SourceFile {
  return { path, typed: path };
}

function scanBase(path: string): string {
  return path
    .split('/')
    .pop()!
    .replace(/\.pdf$/, '');
}
