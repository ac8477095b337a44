import type { MessageTable } from '../types.js';

// Messages of `dangjian compile` (the workbook itself is always Chinese; these follow --lang).
export const compileMessages: MessageTable = {
  'compile/no-quarter': {
    zh: (d) => `请用 --quarter 指明要汇编哪个季度，例如 --quarter ${d.example}。`,
    en: (d) => `Say which quarter to compile with --quarter, e.g. --quarter ${d.example}.`,
  },
  'compile/bad-quarter': {
    zh: (d) =>
      `--quarter ${d.value} 写法不对：应写成“年份Q季度”，季度为 1 到 4，例如 --quarter ${d.example}。`,
    en: (d) =>
      `--quarter ${d.value} is not a quarter: write year, Q and 1 to 4, e.g. --quarter ${d.example}.`,
  },
  'compile/quarter-year': {
    zh: (d) =>
      `--quarter ${d.value} 不在本台账的考核年度内：dangjian.yaml 中的年度是 ${d.year} 年，请写 ${d.year}Q1 到 ${d.year}Q4。`,
    en: (d) =>
      `--quarter ${d.value} is outside this repo's year: dangjian.yaml says ${d.year}; use ${d.year}Q1 to ${d.year}Q4.`,
  },
  'compile/exists': {
    zh: (d) =>
      `${d.path} 已经存在${Number(d.count) > 1 ? `（共 ${d.count} 个工作簿已存在）` : ''}，没有覆盖。确需重新生成，请加 --force，或用 --out 换一个文件夹。`,
    en: (d) =>
      `${d.path} already exists${Number(d.count) > 1 ? ` (${d.count} workbooks exist)` : ''}; nothing was overwritten. Add --force to replace, or choose another folder with --out.`,
  },
  'compile/out-in-unit': {
    zh: (d) =>
      `--out 指向的 ${d.out} 在单位“${d.unit}”的台账文件夹 ${d.dir} 里，工作簿不能放进台账材料中。请换一个文件夹，例如不加 --out（默认放在 汇编/ 下）。`,
    en: (d) =>
      `--out ${d.out} is inside the evidence folder ${d.dir} of unit ${d.unit}; workbooks cannot go among the evidence. Choose another folder (the default is 汇编/).`,
  },
  'compile/progress': {
    zh: (d) => `正在生成（${d.index}/${d.count}）${d.book} …`,
    en: (d) => `Writing (${d.index}/${d.count}) ${d.book} …`,
  },
  'compile/shallow': {
    zh: () =>
      '提示：这个台账文件夹是浅克隆（只下载了最近的部分 git 历史），更早放进来的材料查不到入库日期，材料目录里这一栏会空着。要补全，请运行 git fetch --unshallow 后再汇编。',
    en: () =>
      'Note: this is a shallow clone (only recent git history), so files added before it have no 入库日期; that column stays blank for them. Run git fetch --unshallow, then compile again, to fill it.',
  },
  'compile/written': {
    zh: (d) => `已生成 ${d.path}`,
    en: (d) => `Wrote ${d.path}`,
  },
  'compile/done': {
    zh: (d) => `${d.quarter}汇编完成：共 ${d.count} 个工作簿，保存在 ${d.dir}。`,
    en: (d) => `Compiled ${d.quarter}: ${d.count} workbook(s) in ${d.dir}.`,
  },
};
