import { Help, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from '../types.js';

interface HelpText {
  program: string;
  version: string;
  help: string;
  helpCommand: string;
  lang: string;
  noColor: string;
  quiet: string;
  debug: string;
  titles: Record<string, string>;
  programExamples: string;
}

export const helpTexts: Record<Lang, HelpText> = {
  zh: {
    program: '党建平时动态考核台账工具：检查支撑材料、自查自评、每季汇编成册。',
    version: '显示版本号',
    help: '显示帮助',
    helpCommand: '显示某个命令的帮助',
    lang: '输出语言：zh（中文，默认）或 en（英文）',
    noColor: '不使用颜色',
    quiet: '只输出要办的事（lint 只列错误，check 只列得分和本月待办）',
    debug: '出错时显示详细调试信息',
    titles: {
      'Usage:': '用法：',
      'Options:': '选项：',
      'Commands:': '命令：',
      'Arguments:': '参数：',
      'Global Options:': '通用选项：',
    },
    programExamples: `
示例：
  dangjian init 我的台账 --org 某某局机关党委     新建一个台账仓库
  dangjian add 5 学习记录.pdf --date 2020-03-15 --kind 学习记录
  dangjian lint                                   检查文件命名和存放位置
  dangjian check --as-of 2020-06-20               月底前自查自评，看本月待办
  dangjian compile --quarter 2020Q2               生成第二季度汇编工作簿
  dangjian indicators 5                           查看第 5 项指标的全文
`,
  },
  en: {
    program: 'Party-building continuous assessment ledger: check evidence, self-score, compile quarterly.',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    lang: 'message language: zh (Chinese, default) or en (English)',
    noColor: 'do not use colour',
    quiet: 'print only what needs doing (lint: errors; check: scores and to-dos)',
    debug: 'show debugging details on errors',
    titles: {},
    programExamples: `
Examples:
  dangjian init my-ledger --org "Some Bureau Party Committee"
  dangjian add 5 minutes.pdf --date 2020-03-15 --kind 学习记录
  dangjian lint
  dangjian check --as-of 2020-06-20
  dangjian compile --quarter 2020Q2
  dangjian indicators 5
`,
  },
};

/** Help in the user's language: titles, the usage line and commander's own option annotations. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const titles = helpTexts[lang].titles;
  const base = new Help();
  // Each command's help lists the common flags too (--quiet, --lang …): people read only that one.
  if (lang === 'en') return { showGlobalOptions: true, styleTitle: (title) => titles[title] ?? title };
  return {
    showGlobalOptions: true,
    styleTitle: (title) => titles[title] ?? title,
    styleUsage: (usage) => usage.replace('[options]', '[选项]').replace('[command]', '[命令]'),
    optionDescription: (option: Option) =>
      base
        .optionDescription(option)
        .replace(/\(default: ([^)]*)\)/, '（默认：$1）')
        .replace(/\(choices: ([^)]*)\)/, '（可选：$1）'),
  };
}
