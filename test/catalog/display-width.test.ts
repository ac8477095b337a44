import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, padStart, truncate, wrap } from '../../src/report/display-width.js';

describe('display width', () => {
  it('counts CJK characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('学习品牌')).toBe(8);
    expect(displayWidth('05 学习品牌建设')).toBe(15);
    expect(displayWidth('（9项13分）')).toBe(11);
    expect(displayWidth('')).toBe(0);
  });

  it('pads by display width', () => {
    expect(padEnd('学习', 6)).toBe('学习  ');
    expect(padStart('12', 4)).toBe('  12');
    expect(padEnd('学习品牌', 4)).toBe('学习品牌');
  });

  it('truncates with an ellipsis, never past the width', () => {
    expect(truncate('学习品牌建设', 12)).toBe('学习品牌建设');
    expect(truncate('学习品牌建设', 9)).toBe('学习品牌…');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (s, w) => {
        expect(displayWidth(truncate(s, w))).toBeLessThanOrEqual(Math.max(w, 1));
      }),
    );
  });

  it('wraps without losing text, letting closing punctuation hang', () => {
    const text = '制定方案，对照落实，打造学习品牌。一年至少6次专题学习。';
    const lines = wrap(text, 10);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(12);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；]/);
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 30 }), (s, w) => {
        expect(wrap(s, w).join('')).toBe(s);
      }),
    );
  });
});
