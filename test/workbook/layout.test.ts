import { describe, expect, it } from 'vitest';
import { breaksFromPages, pageCapacity, planPages } from '../../src/workbook/paginate.js';
import { displayWidth, lineCount, rowHeight } from '../../src/workbook/text-layout.js';

describe('text layout', () => {
  it('counts Chinese characters and full-width punctuation as two units', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('党建')).toBe(4);
    expect(displayWidth('“七一”，')).toBe(10);
  });

  it('wraps long Chinese text onto more lines in a narrow column', () => {
    const text = '树牢政治机关意识，大力开展对党忠诚教育。党组书记围绕强化政治机关意识带头讲专题党课。';
    expect(lineCount(text, 32)).toBeGreaterThan(lineCount(text, 64));
    expect(lineCount('2020-07-01', 11)).toBe(1);
    expect(lineCount('一\n二\n三', 30)).toBe(3);
  });

  it('sizes a row to its tallest cell', () => {
    const short = rowHeight([{ text: '短', width: 20 }], 10.5);
    const tall = rowHeight(
      [
        { text: '短', width: 20 },
        { text: '很长的文字'.repeat(20), width: 20 },
      ],
      10.5,
    );
    expect(tall).toBeGreaterThan(short * 4);
  });
});

describe('pagination', () => {
  it('keeps a block that fits on one page together', () => {
    const pages = planPages(
      [
        [100, 100],
        [100, 100, 100],
      ],
      450,
    );
    expect(pages).toEqual([0, 0, 1, 1, 1]);
    expect(breaksFromPages(pages)).toEqual([1]);
  });

  it('splits a block taller than a page by row', () => {
    const pages = planPages([[200, 200, 200]], 450);
    expect(pages).toEqual([0, 0, 1]);
  });

  it('counts what the first page already holds', () => {
    expect(planPages([[100]], 450, 400, true)).toEqual([1]);
    expect(planPages([[100]], 450, 400, false)).toEqual([0]);
  });

  it('a wider sheet holds more rows per page once fitted to the width', () => {
    expect(pageCapacity([300], 20)).toBeGreaterThan(pageCapacity([100], 20));
  });
});
