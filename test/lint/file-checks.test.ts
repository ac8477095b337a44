// Empty files (the scan's findings: they never count) and the same content filed twice (lint's): in
// a git repo from git's object ids (committed files are never read), outside git by size then hash;
// uncommitted files compare with committed ones.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/repo/file-checks.js';
import { loadRepo } from '../../src/repo/load-repo.js';
import { makeRepo } from '../helpers/make-repo.js';

const A = '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf';
const B = '第一党支部/09 四史教育/2020-03-15 学习记录 第一次.pdf';
const C = '第一党支部/05 专题学习/2020-04-01 学习记录 第二次.pdf';
const EMPTY = '第一党支部/05 专题学习/2020-05-01 图片 空.jpg';

async function contentFindings(dir: string): Promise<string[]> {
  const scan = await loadRepo(dir);
  const findings = [...scan.findings.filter((f) => f.code.startsWith('file/')), ...(await checkFiles(scan))];
  return findings.map((f) => `${f.code} ${f.path}${f.data.other ? ` = ${f.data.other}` : ''}`).sort();
}

describe.each([
  ['in a git repo', true],
  ['outside git', false],
])('duplicate and empty evidence %s', (_, git) => {
  it('finds the same content filed twice and an empty file, and nothing else', async () => {
    const dir = makeRepo({
      files: { [A]: 'same minutes', [B]: 'same minutes', [C]: 'other minutes', [EMPTY]: '' },
      git,
    });
    expect(await contentFindings(dir)).toEqual([`file/duplicate ${B} = ${A}`, `file/empty ${EMPTY}`]);
  });

  it('treats two LFS pointers to the same object as the same content', async () => {
    const dir = makeRepo({
      files: { [A]: { lfs: 'photo bytes' }, [B]: { lfs: 'photo bytes' }, [C]: 'x' },
      git,
    });
    expect(await contentFindings(dir)).toEqual([`file/duplicate ${B} = ${A}`]);
  });
});

describe('duplicate evidence in a git repo', () => {
  it('compares an uncommitted file with committed ones', async () => {
    const dir = makeRepo({ files: { [A]: 'same minutes', [C]: 'other' }, git: true });
    mkdirSync(dirname(join(dir, B)), { recursive: true });
    writeFileSync(join(dir, B), readFileSync(join(dir, A)));
    expect(await contentFindings(dir)).toEqual([`file/duplicate ${B} = ${A}`]);
  });

  it('sees a committed file changed in the working tree as its new content', async () => {
    const dir = makeRepo({ files: { [A]: 'same minutes', [B]: 'other minutes' }, git: true });
    writeFileSync(join(dir, B), 'same minutes');
    expect(await contentFindings(dir)).toEqual([`file/duplicate ${B} = ${A}`]);
  });
});

describe('LFS pointers outside git', () => {
  it('counts a pointer as the file it stands for', async () => {
    const dir = makeRepo({
      files: { [A]: { lfs: 'photo bytes' }, [B]: 'photo bytes', [EMPTY]: { lfs: '' } },
      git: false,
    });
    expect(await contentFindings(dir)).toEqual([`file/duplicate ${B} = ${A}`, `file/empty ${EMPTY}`]);
  });
});

describe('which of two equal files is the copy', () => {
  it.each([
    '第一党支部/05 专题学习/2020-03-15 学习记录 第一次(1).pdf',
    '第一党支部/05 专题学习/2020-03-15 学习记录 第一次 - 副本.pdf',
    '第一党支部/05 专题学习/2020-03-15 学习记录 第一次 - Copy.pdf',
    '第一党支部/05 专题学习/2020-03-15 学习记录 第一次（2）.pdf',
    '第一党支部/05 专题学习/2020-03-15 学习记录 第一次 副本.pdf',
    '第一党支部/05 专题学习/2020-03-15 学习记录 第一次 副本 2.pdf',
  ])('%s is the copy, whatever the name order', async (copy) => {
    for (const git of [true, false]) {
      const dir = makeRepo({ files: { [A]: 'same minutes', [copy]: 'same minutes' }, git });
      expect(await contentFindings(dir)).toEqual([`file/duplicate ${copy} = ${A}`]);
    }
  });
});
