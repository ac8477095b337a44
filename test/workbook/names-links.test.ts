import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bookFileNames, safeFileStem } from '../../src/workbook/file-names.js';
import { parseFirstAdded, startFirstAdded } from '../../src/workbook/first-added.js';
import { evidenceLink } from '../../src/workbook/links.js';
import { parseQuarter } from '../../src/workbook/quarter.js';
import { makeRepo } from '../helpers/make-repo.js';

describe('quarters', () => {
  it('parses 2020Q3 and its variants', () => {
    const q = parseQuarter('2020Q3', 2020);
    expect([q.start, q.end, q.label]).toEqual(['2020-07-01', '2020-09-30', '2020年第三季度']);
    expect(q.monthsSoFar).toHaveLength(9);
    expect(parseQuarter('2020q1', 2020).end).toBe('2020-03-31');
    expect(parseQuarter('2020-Q4', 2020).end).toBe('2020-12-31');
  });

  it.each([
    ['2020Q5', 'compile/bad-quarter'],
    ['2020Q0', 'compile/bad-quarter'],
    ['Q3', 'compile/bad-quarter'],
    ['2021Q1', 'compile/quarter-year'],
    [undefined, 'compile/no-quarter'],
  ])('refuses %s with %s', (text, code) => {
    expect(() => parseQuarter(text, 2020)).toThrow(expect.objectContaining({ code, exitCode: 2 }));
  });
});

describe('file names', () => {
  it('replaces what Windows forbids and avoid device names', () => {
    expect(safeFileStem('第一:党支部/<二>?')).toBe('第一_党支部__二__');
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('支部. ')).toBe('支部');
    expect(safeFileStem('')).toBe('_');
  });

  it('gives every book its own name, ignoring case', () => {
    const names = bookFileNames(
      [
        { id: 'a', name: 'Zhibu' },
        { id: 'b', name: 'zhibu' },
      ],
      '机关党委',
      '2020年第三季度',
    ).map((t) => t.fileName);
    expect(names).toEqual([
      '机关党委-2020年第三季度汇编（汇总）.xlsx',
      'Zhibu-2020年第三季度汇编.xlsx',
      'zhibu-2020年第三季度汇编-b.xlsx',
    ]);
  });
});

describe('evidence links', () => {
  const root = join('/', 'repo');
  it('are relative to the workbook folder and encode spaces, # and %', () => {
    expect(evidenceLink(root, '支部/05 学习/2020-07-01 记录 #1 100%.pdf', join(root, '汇编', '2020Q3'))).toBe(
      '../../支部/05%20学习/2020-07-01%20记录%20%231%20100%25.pdf',
    );
  });

  it('never point outside the repo', () => {
    expect(evidenceLink(root, '../etc/passwd', join(root, '汇编'))).toBeUndefined();
    expect(evidenceLink(root, '/etc/passwd', join(root, '汇编'))).toBeUndefined();
  });
});

describe('first-added dates from one git log', () => {
  it('keeps the dates of the paths asked for, read while git runs; none outside git', async () => {
    const files = {
      '第一党支部/05 学习/2020-07-01 记录.pdf': 'a',
      '第一党支部/05 学习/2020-07-02 照片.jpg': 'b',
    };
    const root = makeRepo({ files, git: true });
    const wanted = new Set(['第一党支部/05 学习/2020-07-01 记录.pdf', '第一党支部/05 学习/never.pdf']);
    expect(await startFirstAdded(root).dates(wanted, true)).toEqual(
      new Map([['第一党支部/05 学习/2020-07-01 记录.pdf', '2020-07-01']]),
    );
    expect(await startFirstAdded(root).dates(wanted, false)).toEqual(new Map());
    expect(await startFirstAdded(makeRepo({ files })).dates(wanted, true)).toEqual(new Map());
  });

  it('keeps the oldest date of each path', () => {
    const out = '\x002020-09-01\x00\na/new.pdf\x00a/b.pdf\x00\x002020-07-01\x00\na/b.pdf\x00a/c d.pdf\x00';
    const dates = parseFirstAdded(out);
    expect(Object.fromEntries(dates)).toEqual({
      'a/new.pdf': '2020-09-01',
      'a/b.pdf': '2020-07-01',
      'a/c d.pdf': '2020-07-01',
    });
  });
});
