import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nfc } from '../../src/repo/nfc.js';

describe('nfc', () => {
  it('agrees with String.prototype.normalize on names people write and on arbitrary text', () => {
    const samples = [
      '三门峡局党总支/06 第一议题学习/2020-03-17 通知 模范机关创建/IMG_0001.jpg',
      '第一党支部/05 专题学习/2020-03-15 学习记录.pdf',
      'Cafe\u0301.pdf',
      '\u304b\u3099', // か + combining voiced mark
      '\uf900', // CJK compatibility ideograph: NFC maps it to U+8C48
      '\u4e00\u302b\u302a', // combining tone marks out of canonical order
      '\uac00\u11a8', // Hangul syllable + trailing jamo
      '',
    ];
    for (const s of samples) expect(nfc(s)).toBe(s.normalize('NFC'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => nfc(s) === s.normalize('NFC')),
      { numRuns: 2000 },
    );
  });
});
