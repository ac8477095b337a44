// 入库日期 in a shallow clone: the oldest commit there seems to add every file it holds, so those
// files get no date rather than a wrong one; files added after it keep theirs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFirstAdded } from '../../src/workbook/first-added.js';
import { tempDir } from '../helpers/make-repo.js';

function git(cwd: string, args: string[], date = '2020-07-01T10:00:00+08:00'): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function history(): string {
  const origin = tempDir();
  git(origin, ['init', '-q']);
  for (const [file, date] of [
    ['a.pdf', '2020-08-01T10:00:00+08:00'],
    ['b.pdf', '2020-09-01T10:00:00+08:00'],
    ['c.pdf', '2020-09-20T10:00:00+08:00'],
  ] as const) {
    mkdirSync(join(origin, '材料'), { recursive: true });
    writeFileSync(join(origin, '材料', file), file);
    git(origin, ['add', '-A']);
    git(origin, ['commit', '-qm', file], date);
  }
  return origin;
}

const wanted = new Set(['材料/a.pdf', '材料/b.pdf', '材料/c.pdf']);

describe('first-added dates', () => {
  it('come from the whole history in a full clone', async () => {
    const added = startFirstAdded(history());
    expect(added.shallow).toBe(false);
    expect(Object.fromEntries(await added.dates(wanted, true))).toEqual({
      '材料/a.pdf': '2020-08-01',
      '材料/b.pdf': '2020-09-01',
      '材料/c.pdf': '2020-09-20',
    });
  });

  it('are left out for what the shallow clone’s first commit holds, kept for what came after', async () => {
    const origin = history();
    const clone = join(tempDir(), 'clone');
    git(tempDir(), ['clone', '-q', '--depth', '2', `file://${origin}`, clone]);
    const added = startFirstAdded(clone);
    expect(added.shallow).toBe(true);
    expect(Object.fromEntries(await added.dates(wanted, true))).toEqual({ '材料/c.pdf': '2020-09-20' });
  });
});

describe('入库日期 of a name with a direction mark', () => {
  it('is found by the name on disk, though reports show the mark', async () => {
    const { makeRepo } = await import('../helpers/make-repo.js');
    const { runCli } = await import('../helpers/cli.js');
    const { readdirSync } = await import('node:fs');
    const ExcelJS = (await import('exceljs')).default;
    const name = '第一党支部/05 专题学习/2020-08-20 学习记录 a\u200eb.pdf';
    const dir = makeRepo({ files: { [name]: 'x' }, git: true });
    const out = join(tempDir(), 'out');
    const r = await runCli(['compile', dir, '--quarter', '2020Q3', '--unit', 'zb1', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, readdirSync(out)[0]!));
    const sheet = book.getWorksheet('材料目录')!;
    const rows: string[] = [];
    sheet.eachRow((row) => rows.push(row.values.toString()));
    // The repo's commits are dated 2020-07-01 (make-repo's fixed date).
    expect(rows.find((r) => r.includes('U+200E'))).toContain('Jul 01 2020');
  });
});
