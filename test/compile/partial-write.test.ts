// A compile that fails half-way has said which workbooks it kept: each is reported as it is in place.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/make-repo.js';
import { makeFixtureOrg } from './fixture-org.js';

describe('a compile that fails on one workbook', () => {
  it('has already listed the workbooks written before it, and leaves no temporary file', async () => {
    const root = makeFixtureOrg();
    const out = tempDir();
    // A folder where the second unit's workbook goes: the organisation's and the first two units' are written first.
    mkdirSync(join(out, '机关第二党支部-2020年第三季度汇编.xlsx'));
    const r = await runCli(['compile', root, '--quarter', '2020Q3', '--out', out, '--force']);
    expect(r.code).toBe(2);
    const listed = r.stdout
      .trim()
      .split('\n')
      .map((line) => line.replace(/^已生成 .*\//, ''));
    const books = readdirSync(out).filter((n) => n.endsWith('.xlsx') && !n.startsWith('机关第二'));
    expect(books.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(books.sort());
    expect(r.stderr).toContain('机关第二党支部-2020年第三季度汇编.xlsx');
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
