// Reads the source document's indicator table, so tests compare the catalog with the seed itself.
import { readFileSync } from 'node:fs';

export interface SeedRow {
  id: number;
  text: string;
  points: number;
  evidence: string;
  guidance: string;
}

// The notice the 2020 catalog transcribes (豫水文党〔2020〕30号), kept beside the catalog as its source.
export const seedUrl = new URL('../../indicators/sources/2020-notice.txt', import.meta.url);

export function seedText(): string {
  return readFileSync(seedUrl, 'utf8');
}

/** Table rows are tab-separated: [类型, 内容,] `N. 考评要素`, 分值, 支撑材料, 落实要点. */
export function seedRows(): SeedRow[] {
  const rows: SeedRow[] = [];
  for (const line of seedText().split(/\r?\n/)) {
    const cells = line.split('\t');
    const at = cells.findIndex((c) => /^\d+\. /.test(c));
    if (at < 0) continue;
    const [, id, text] = /^(\d+)\. (.*)$/.exec(cells[at]!)!;
    rows.push({
      id: Number(id),
      text: text!,
      points: Number(cells[at + 1]),
      evidence: cells[at + 2]!,
      guidance: cells[at + 3]!,
    });
  }
  return rows;
}

/** Category headings as printed: `带头营造学的氛围，创建政治忠诚的模范机关(9项13分)`. */
export function seedCategoryHeadings(): { name: string; indicators: number; points: number }[] {
  const found = new Map<string, { name: string; indicators: number; points: number }>();
  for (const m of seedText().matchAll(/(带头[^\t(（]+?)\s*[(（](\d+)项\s*(\d+)分[)）]/g)) {
    found.set(m[1]!, { name: m[1]!, indicators: Number(m[2]), points: Number(m[3]) });
  }
  return [...found.values()];
}

// The seed leaves some heads unsaid (“党员发展、教育、培训计划” = 党员发展计划, 教育计划, 培训计划) and runs
// two words together once (“会议资料图片”); these spell them out before splitting.
const SPELLED_OUT: [RegExp, string][] = [
  [/党员发展、教育、培训计划/, '党员发展计划、教育计划、培训计划'],
  [/集训、会议资料图片/, '集训资料、会议资料、图片'],
  [/交流任职和调配使用的通知/, '交流任职的通知、调配使用的通知'],
];

/**
 * The material words of a 支撑材料 cell: quoted names and 《》 marks dropped, split at 、，；和及或
 * and brackets, the part after the last 的 kept, 有关/相关/其他/等… trimmed.
 */
export function materialWords(evidence: string): string[] {
  let cleaned = evidence.replace(/“[^”]*”/g, '').replace(/[《》]/g, '');
  for (const [pattern, replacement] of SPELLED_OUT) cleaned = cleaned.replace(pattern, replacement);
  const words: string[] = [];
  for (const piece of cleaned.split(/[、，,；;。和及或（）()]/)) {
    let word = piece.trim();
    word = word.slice(word.lastIndexOf('的') + 1);
    word = word.replace(/^(其他相关|有关两个文件学习|有关|相关|其他|具体|厅属各党组织|持续巩固|收)/, '');
    word = word.replace(/等(材料|资料)?$/, '');
    if (word) words.push(word);
  }
  return words;
}
