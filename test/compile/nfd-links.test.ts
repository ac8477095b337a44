// Names typed on a Mac may be stored decomposed (NFD). Reports show them composed, but the workbook's
// links must open the file as it is stored.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hashTree, makeRepo } from '../helpers/make-repo.js';
import { readBook } from './read-book.js';

const nfd = (s: string) => s.normalize('NFD');

describe('compile links to decomposed names', () => {
  it('links a file and an event folder under their stored spelling', async () => {
    const file = nfd('第一党支部/05 专题学习/2020-08-03 学习记录 café 读书会.pdf');
    const folder = nfd('第一党支部/05 专题学习/2020-08-04 图片 ガイド参観');
    const root = makeRepo({ files: { [file]: 'a', [`${folder}/IMG_1.jpg`]: 'b' } });
    expect(existsSync(join(root, file.normalize('NFC')))).toBe(false);
    const evidence = join(root, '第一党支部');
    const before = hashTree(evidence);
    const out = join(root, '汇编', 'q3');
    const r = await runCli(['compile', root, '--quarter', '2020Q3', '--unit', 'zb1', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(hashTree(evidence)).toBe(before);
    const book = join(out, '机关第一党支部-2020年第三季度汇编.xlsx');
    const ws = (await readBook(book)).getWorksheet('材料目录')!;
    const links: string[] = [];
    ws.eachRow((row) => {
      const cell = row.getCell(6);
      if (cell.hyperlink) links.push(resolve(dirname(book), decodeURIComponent(cell.hyperlink)));
    });
    expect(links).toHaveLength(2);
    for (const target of links) expect(existsSync(target), target).toBe(true);
  });
});
