// Workbooks are opened by people in Excel and WPS: text that looks like a formula stays text, links
// are relative paths into the repo, and nothing inside an evidence file ever reaches a workbook or
// any output.
import { readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeRepo, tempDir } from '../helpers/make-repo.js';
import { runOnRepo } from './tree.js';

const MARKER = 'MARKER-7f3a-CONTENT';
const CONFIG =
  'org: "=HYPERLINK(\\"http://evil.example/\\",\\"点我\\")"\nyear: 2020\ncatalog: 2020\nunits:\n' +
  '  - { id: jgdw, name: "+1 局机关党委", dir: 局机关党委, level: org }\n' +
  '  - { id: zb1, name: "@SUM(A1:A9)", dir: 第一党支部, level: branch }\n' +
  '  - { id: zb2, name: "-1 第二党支部", dir: 第二党支部, level: branch }\n';
const IND = '局机关党委/01 政治机关意识党课';

function repo(): string {
  return makeRepo({
    config: CONFIG,
    files: {
      [`${IND}/2020-02-03 党课材料 =HYPERLINK("http://evil.example","x").pdf`]: `%PDF ${MARKER}`,
      [`${IND}/2020-02-04 图片 +1+1.jpg`]: `JPEG ${MARKER}`,
      [`${IND}/2020-02-05 图片 -2+3.jpg`]: `JPEG ${MARKER} 2`,
      [`${IND}/2020-02-06 会议记录 @SUM(A1)/纪要 =cmd|' /C calc'!A0.docx`]: `DOCX ${MARKER}`,
      [`${IND}/2020-02-06 会议记录 @SUM(A1)/_event.yaml`]: '同时计入: [9]\n',
      [`${IND}/2020-02-07 图片 百分号%20#井号?.jpg`]: `JPEG ${MARKER} 3`,
      [`${IND}/_meta.yaml`]: '责任人: "=1+2"\n备注: "@cmd"\n',
      '第一党支部/35 党费/2020-03-31 凭证 =2*3.pdf': `PDF ${MARKER} 4`,
      '第一党支部/35 党费/2020-03-30 凭证 外面.pdf': { symlink: '/etc/hostname' },
      '第二党支部/': {},
    },
  });
}

async function bookXml(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = await zip.file(name)!.async('string');
  }
  return out;
}

describe('workbook safety', () => {
  it('formula-like text is stored as text; links are relative and stay in the repo; no file content leaks', async () => {
    const dir = repo();
    const result = await runOnRepo(['compile', '--quarter', '2020Q1'], dir);
    expect(result.code, result.stderr).toBe(0);
    const outDir = join(dir, '汇编', '2020Q1');
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(outDir).filter((f) => f.endsWith('.xlsx'));
    expect(files).toHaveLength(4);
    let links = 0;
    let formulaText = 0;
    for (const file of files) {
      const xml = await bookXml(join(outDir, file));
      const all = Object.values(xml).join('\n');
      expect(all, file).not.toContain(MARKER);
      expect(all).not.toContain('evil.example/"');
      for (const [name, text] of Object.entries(xml)) {
        if (name.startsWith('xl/worksheets/sheet')) expect(text, `${file} ${name}`).not.toMatch(/<f[ >]/);
        for (const m of text.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)) {
          const target = m[1]!.replace(/&amp;/g, '&');
          links++;
          expect(target, target).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
          expect(target.startsWith('/')).toBe(false);
          const onDisk = resolve(outDir, decodeURIComponent(target));
          const rel = relative(dir, onDisk);
          expect(rel.startsWith('..'), target).toBe(false);
          expect(rel.split(posix.sep)[0]).not.toBe('汇编');
        }
      }
      const strings = xml['xl/sharedStrings.xml'] ?? '';
      for (const text of ['=HYPERLINK', '+1 局机关党委', '@SUM(A1:A9)', '-1 第二党支部', '=1+2']) {
        if (strings.includes(text.replace(/"/g, '&quot;'))) formulaText++;
      }
    }
    expect(links).toBeGreaterThanOrEqual(5);
    expect(formulaText).toBeGreaterThanOrEqual(5);
  });

  it('lint, check and indicators never print file contents, in any format', async () => {
    const dir = repo();
    for (const argv of [
      ['lint'],
      ['lint', '--format', 'json'],
      ['lint', '--format', 'github'],
      ['check', '--as-of', '2020-06-30'],
      ['check', '--as-of', '2020-06-30', '--format', 'json'],
      ['check', '--as-of', '2020-06-30', '--format', 'github'],
      ['compile', '--quarter', '2020Q1', '--out', join(tempDir(), 'books')],
      ['indicators', '1'],
    ]) {
      const result = await runOnRepo(argv, dir);
      expect(result.stdout + result.stderr, argv.join(' ')).not.toContain(MARKER);
      expect(result.code, result.stderr).toBeLessThan(2);
    }
  });
});
