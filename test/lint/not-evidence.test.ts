// Windows shortcuts and temporary or half-downloaded files are not evidence, whatever their names
// say: a finding each, never counted.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { hashTree, makeRepo } from '../helpers/make-repo.js';

const FOLDER = '第一党支部/05 专题学习';

interface Out {
  units: { id: string; indicators: { id: number; events: number }[] }[];
  findings: { code: string; path?: string; severity: string; message: string }[];
}

describe('shortcuts and unfinished files', () => {
  for (const git of [true, false]) {
    it(`are reported and not counted (${git ? 'git' : 'no git'})`, async () => {
      const dir = makeRepo({
        files: {
          [`${FOLDER}/2020-03-09 学习记录 第一次.pdf.lnk`]: 'shortcut',
          [`${FOLDER}/2020-03-10 学习记录 第二次.PDF.LNK`]: 'shortcut',
          [`${FOLDER}/2020-03-11 学习记录 第三次.url`]: '[InternetShortcut]',
          [`${FOLDER}/2020-03-12 学习记录 第四次.docx.tmp`]: 'half',
          [`${FOLDER}/2020-03-13 学习记录 第五次.pdf.crdownload`]: 'half',
          [`${FOLDER}/2020-03-14 图片 活动/IMG_1.jpg.lnk`]: 'shortcut',
          // Counts: the word is in the title, not the extension.
          [`${FOLDER}/2020-03-15 学习记录 lnk 与 tmp 说明.pdf`]: 'real',
        },
        git,
      });
      const before = hashTree(dir);
      const check = await runCli(['check', dir, '--format', 'json', '--as-of', '2020-09-25']);
      const out = JSON.parse(check.stdout) as Out;
      const events = out.units.find((u) => u.id === 'zb1')!.indicators.find((i) => i.id === 5)!.events;
      expect(events).toBe(1);
      const codes = out.findings
        .filter((f) => f.code.startsWith('file/'))
        .map((f) => `${f.code} ${f.path!.slice(FOLDER.length + 1)}`)
        .sort();
      expect(codes).toEqual(
        [
          'file/shortcut 2020-03-09 学习记录 第一次.pdf.lnk',
          'file/shortcut 2020-03-10 学习记录 第二次.PDF.LNK',
          'file/shortcut 2020-03-11 学习记录 第三次.url',
          'file/incomplete 2020-03-12 学习记录 第四次.docx.tmp',
          'file/incomplete 2020-03-13 学习记录 第五次.pdf.crdownload',
          'file/shortcut 2020-03-14 图片 活动/IMG_1.jpg.lnk',
        ].sort(),
      );
      const shortcut = out.findings.find((f) => f.code === 'file/shortcut')!;
      expect(shortcut.severity).toBe('error');
      expect(shortcut.message).toContain('快捷方式');
      const lint = await runCli(['lint', dir]);
      expect(lint.code).toBe(1);
      expect(lint.stdout).toContain('没有下载完');
      const en = await runCli(['lint', dir, '--lang', 'en']);
      expect(en.stdout).toContain('shortcut (.lnk)');
      expect(hashTree(dir)).toBe(before);
    });
  }
});
