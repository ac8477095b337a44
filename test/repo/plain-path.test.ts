// The listing's fast path lets a path through with one test; it must never let through a path that
// any of the detailed rules (hidden or ignored names, garbled or control characters, names Windows
// refuses, the tool's own output folder) would have caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ignoredPath, isPlainPath, OUTPUT_DIR, WINDOWS_HINT } from '../../src/repo/list-files.js';
import { hasControlCharacters } from '../../src/visible-text.js';

const caught = (p: string) =>
  ignoredPath(p) || p.includes('\uFFFD') || WINDOWS_HINT.test(p) || hasControlCharacters(p);

/** Path pieces close to what the rules look for, mixed with ordinary names. */
const piece = fc.constantFrom(
  '第一党支部',
  '05 专题学习',
  '2020-03-15 学习记录 第一次.pdf',
  'IMG_0012.JPG',
  '.git',
  '.DS_Store',
  'node_modules',
  '~$会议记录.docx',
  'Thumbs.db',
  'desktop.ini',
  'Desktop.ini',
  'CON',
  'nul.txt',
  'com1',
  'LPT9.pdf',
  'console',
  'a.',
  'b ',
  ' c',
  'x:y',
  'q?',
  'p*',
  'a|b',
  '<a>',
  '"q"',
  'back\\slash',
  '\uFFFD名',
  'tab\there',
  'bell\u0007',
  'del\u007f',
  'line\nbreak',
  OUTPUT_DIR,
  `${OUTPUT_DIR}x`,
  'a.b.c',
  '..',
);
const path = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));

describe('isPlainPath', () => {
  it('lets through only paths that no detailed rule would catch', () => {
    fc.assert(
      fc.property(path, (p) => {
        if (isPlainPath(p)) expect(caught(p)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('lets ordinary evidence paths through and stops the unusual ones', () => {
    expect(isPlainPath('第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf')).toBe(true);
    expect(isPlainPath('第一党支部/05 专题学习/20200401_会议记录_支委会/IMG_1.jpg')).toBe(true);
    expect(isPlainPath('dangjian.yaml')).toBe(true);
    for (const p of [
      '.github/workflows/lint.yml',
      '第一党支部/.DS_Store',
      `${OUTPUT_DIR}/2020Q3.xlsx`,
      '第一党支部/05/aux.pdf',
      '第一党支部/05 /a.pdf',
      '第一党支部/05/a\tb.pdf',
      '第一党支部/05/\uFFFD.pdf',
    ]) {
      expect(isPlainPath(p)).toBe(false);
    }
  });
});
