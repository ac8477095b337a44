// dangjian.yaml as init writes it: the values, with a Chinese comment above every key.
import { stringify } from 'yaml';
import type { UnitConfig } from '../types.js';

export interface ConfigInput {
  org: string;
  year: number;
  catalog: string;
  units: UnitConfig[];
}

/** A YAML scalar, quoted only when it must be (a name with `:` or `#`, a number-like id). */
function scalar(value: string | number): string {
  return stringify(value).trimEnd();
}

export function configYaml({ org, year, catalog, units }: ConfigInput): string {
  const unitLines = units.flatMap((u) => [
    `  - id: ${scalar(u.id)}`,
    `    name: ${scalar(u.name)}`,
    `    dir: ${scalar(u.dir)}`,
    `    level: ${u.level}`,
  ]);
  const [first, ...rest] = units;
  const example =
    first && rest.length > 0
      ? [`#   ${first.id}: [1-14, 25-27]`, ...rest.map((u) => `#   ${u.id}: [15-24, 28-39]`)]
      : ['#   jgdw: [1-14, 25-27]', '#   zb1: [15-24, 28-39]'];
  return [
    '# dangjian 台账配置文件。以 # 开头的行是说明，不影响使用。',
    '# 修改后请运行 dangjian lint，检查写法是否正确。',
    '',
    '# 党组织名称，印在每季汇编的封面上',
    `org: ${scalar(org)}`,
    '',
    '# 考核年度：所有材料的日期都应在这一年内',
    `year: ${year}`,
    '',
    '# 考核指标：2020 表示程序自带的《2020年党建工作平时动态考核指标落实要点》（39项60分）；',
    '# 也可以写本单位自己的指标文件路径，例如 指标/2021.yaml',
    `catalog: ${/^\d+$/.test(catalog) ? catalog : scalar(catalog)}`,
    '',
    '# 本仓库包含的党组织，每个一个文件夹：',
    '#   id     简称，在命令里使用（如 dangjian check --unit zb1），只用小写字母、数字和短横线',
    '#   name   全称，印在汇编和报告上',
    '#   dir    文件夹名（相对于本文件所在位置）',
    '#   level  层级：org 党委/机关党委，general 党总支，branch 党支部',
    'units:',
    ...unitLines,
    '',
    '# 责任分工（可选）：每个单位负责哪几项指标，可写单个序号或范围。',
    '# 不写则每个单位都负责全部指标。启用时去掉下面几行开头的 # ，例如：',
    '# responsibilities:',
    ...example,
    '',
    '# 计分方式（可选），下面是默认值，需要改时去掉开头的 # ：',
    '# scoring:',
    '#   partial: proportional   # 部分完成按比例得分；写 all-or-nothing 则全部完成才得分',
    '#   step: 0.5               # 得分向下取整到 0.5 分',
    '#   rollup: mean            # 几个单位负责同一项时，全机关该项得分取平均（mean）或最低（min）',
    '',
  ].join('\n');
}
