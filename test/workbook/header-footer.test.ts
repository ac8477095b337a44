// The printed header and footer: `&9` sets the size, and any digit right after it would be read as
// part of the size, so a title that starts with a digit must still print as written.
import { describe, expect, it } from 'vitest';
import { footer } from '../../src/workbook/styles.js';

/** What a reader prints for one section: the size code, then the text (Excel's reading of `&nn`). */
function printed(section: string): { size: number; text: string } {
  const m = /^&[LCR]&"[^"]*"&(\d+)(.*)$/.exec(section)!;
  return { size: Number(m[1]), text: m[2]!.replace(/^ /, '') };
}

describe('header and footer', () => {
  it.each(['3号楼党委2020年第一季度汇编', '2020年汇编', '机关党委 & 工会'])('print %s in 9 pt', (title) => {
    const { header } = footer(title);
    expect(printed(header!)).toEqual({ size: 9, text: title.replaceAll('&', '&&') });
  });

  it('keep the page numbers in 9 pt', () => {
    expect(printed(footer('').footer)).toEqual({ size: 9, text: '第 &P 页，共 &N 页' });
    expect(footer('').header).toBeUndefined();
  });
});
