// The README.md init puts in every indicator folder: what the indicator asks, and how to file for it.

import { indicatorFolderName, safeTitle } from '../catalog/folder-name.js';
import type { Catalog, Indicator, Rule } from '../types.js';
import { exampleDate, exampleNames, imageKind, indicatorKinds } from './example-names.js';

export interface ReadmeInput {
  catalog: Catalog;
  indicator: Indicator;
  year: number;
  /** A rule in plain Chinese (the catalog's describeRule). */
  describe: (rule: Rule) => string;
}

export function indicatorReadme({ catalog, indicator, year, describe }: ReadmeInput): string {
  const i = indicator;
  const examples = exampleNames(catalog, i, year);
  const kinds = indicatorKinds(i.rules);
  const image = imageKind(catalog);
  if (image && !kinds.includes(image)) kinds.push(image);
  const first = examples.find((e) => !e.folder);
  const kindWord = first ? (first.name.split(' ')[1] ?? '学习记录') : '学习记录';
  const date = exampleDate(i, year);
  const lines: string[] = [
    `# ${indicatorFolderName(i.id, i.title)}`,
    '',
    `> 本说明由 \`dangjian init\` 生成，可以按本单位实际修改；再次运行 init 不会覆盖它。`,
    '',
    `- 类型：${i.section}`,
    `- 内容：${i.category}`,
    `- 分值：${formatPoints(i.points)} 分${i.veto ? '（一票否决项）' : ''}`,
    '',
    '## 考评要素',
    '',
    i.text,
    '',
    '## 支撑材料',
    '',
    i.evidence,
    '',
    '## 落实要点',
    '',
    i.guidance,
    '',
  ];
  if (i.note) lines.push(`> 说明：${i.note}`, '');
  lines.push('## 考核规则', '', '`dangjian check` 按以下规则判断本项是否达标：', '');
  if (i.rules.length === 0) lines.push('- 本项没有自动检查的规则，请对照落实要点自查。');
  for (const rule of i.rules) lines.push(`- ${describe(rule)}`);
  lines.push(
    '',
    '## 材料怎样放、怎样命名',
    '',
    '每次活动（一次学习、一次会议、一次党课）的材料都放在本文件夹里，按“日期 类型 标题”命名，例如：',
    '',
  );
  for (const e of examples) {
    lines.push(
      e.folder
        ? `- \`${e.name}/\` —— 一次活动有多个文件（照片、记录、课件）时，建一个这样命名的文件夹，里面的文件名不限`
        : `- \`${e.name}\` —— 只有一个文件时，直接这样命名`,
    );
  }
  lines.push(
    '',
    '- 日期：活动当天，写成 `2020-07-01`、`20200701` 或 `2020.07.01`；必须在本年度内。',
    '- 日期、类型、标题之间用空格、下划线 `_` 或短横线 `-` 隔开。',
    `- 类型：本项常用 ${kinds.map((k) => `“${k}”`).join('、') || '“记录”'}；全部类型及同义词见 \`dangjian indicators --kinds\`。`,
    '- 同一天的材料算作同一次活动；“一年至少几次”数的是活动次数，不是文件个数。',
    '- 文件名里不能有 `\\ / : * ? " < > |`，开头和结尾不要有空格或句点。',
    '',
    '也可以用命令自动复制并命名（原文件不动）：',
    '',
    '```',
    `dangjian add ${i.id} 扫描件.pdf --date ${date} --kind ${kindWord} --title ${exampleTitle(i)}`,
    '```',
    '',
    '## 本单位不适用时',
    '',
    '在本文件夹新建 `_meta.yaml`，写明理由（本项将不计入满分）；也可以写责任人和备注：',
    '',
    '```yaml',
    '不适用: 本年度无此项工作（写明具体理由）',
    '责任人: 张三',
    '备注: 经机关党委同意',
    '```',
    '',
    '## 一次活动同时计入几项指标',
    '',
    '例如一次主题党日同时讲了党课，可同时计入第 1、9、30 项：材料只放一份（放在最主要的那一项里），',
    '并在活动文件夹里新建 `_event.yaml`：',
    '',
    '```yaml',
    '同时计入: [9, 30]',
    '```',
    '',
    '不要把同一份材料复制到几个文件夹。',
    '',
  );
  return lines.join('\n');
}

function exampleTitle(i: Indicator): string {
  return safeTitle(i.title).replace(/\s+/g, '') || `第${i.id}项材料`;
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}
