// `dangjian add <indicator> <file…>`: copy evidence into its indicator folder under the canonical name.
import { type Register, setHandler } from './command.js';

const help = {
  zh: {
    indicatorArg: '<indicator>',
    filesArg: '<files...>',
    summary: '把材料按“日期 类型 标题”命名，复制到指标文件夹',
    description:
      '把材料文件复制到对应单位的指标文件夹，按“日期 类型 标题”规范命名（原文件不动，已有文件不覆盖）',
    indicator: '指标序号，1 到 39',
    files: '要添加的文件，可写多个，也可用 * 通配（如 IMG_*.jpg）',
    date: '活动日期，如 2020-07-01（必填，须在考核年度内）',
    kind: '材料类型，如 学习记录、会议记录、图片、党课材料、计划、方案、通知（必填）',
    title: '标题（默认用原文件名）',
    unit: '单位代号，见 dangjian.yaml（有多个单位时必填）',
    event: '多个文件放进一个活动文件夹“日期 类型 标题/”，文件名保持不变',
    repo: '台账仓库所在文件夹（默认当前文件夹或其上级）',
    examples: `
示例：
  dangjian add 1 扫描件.pdf --date 2020-07-01 --kind 党课材料 --title 强化政治机关意识
      → 01 政治机关意识党课/2020-07-01 党课材料 强化政治机关意识.pdf
  dangjian add 1 IMG_0012.jpg IMG_0013.jpg --event --date 2020-07-01 --kind 图片 --title 七一党课现场
      → 01 政治机关意识党课/2020-07-01 图片 七一党课现场/IMG_0012.jpg …
  dangjian add 35 党费凭证.pdf --date 2020-03-31 --kind 凭证 --unit zb1
  dangjian add 9 ../扫描/IMG_*.jpg --event --date 2020-05-01 --kind 图片 --title 主题党日
      → 文件名里的 * 由 dangjian 展开，在 Windows 命令提示符和 PowerShell 里也能用

说明：
  同名文件已存在时不会覆盖，也不会自动改名：请用 --title 换一个标题。
  标题里不能有 \\ / : * ? " < > |（可改用全角字符）。
`,
  },
  en: {
    indicatorArg: '<indicator>',
    filesArg: '<files...>',
    summary: 'copy evidence into its indicator folder under the canonical name',
    description:
      'copy evidence into the unit\'s indicator folder under the canonical name "date kind title" (source untouched, nothing overwritten)',
    indicator: 'indicator number, 1 to 39',
    files: 'files to add; patterns such as IMG_*.jpg are expanded',
    date: 'date of the activity, e.g. 2020-07-01 (required, within the assessment year)',
    kind: 'evidence kind, e.g. 学习记录, 会议记录, 图片, 党课材料 (required)',
    title: 'title (default: the source file name)',
    unit: 'unit id from dangjian.yaml (required when there are several)',
    event: 'put the files into one event folder "date kind title/", keeping their names',
    repo: 'folder of the evidence repo (default: the current folder or above)',
    examples: `
Examples:
  dangjian add 1 scan.pdf --date 2020-07-01 --kind 党课材料 --title 强化政治机关意识
  dangjian add 1 IMG_0012.jpg IMG_0013.jpg --event --date 2020-07-01 --kind 图片 --title 七一党课现场
`,
  },
};

export const register: Register = (program, lang) => {
  const h = help[lang];
  const command = program
    .command('add')
    .argument(h.indicatorArg, h.indicator)
    .argument(h.filesArg, h.files)
    .summary(h.summary)
    .description(h.description)
    .option('--date <date>', h.date)
    .option('--kind <kind>', h.kind)
    .option('--title <title>', h.title)
    .option('--unit <id>', h.unit)
    .option('--event', h.event)
    .option('--repo <path>', h.repo)
    .addHelpText('after', h.examples);
  return setHandler(command, async (ctx, args, opts) => {
    const { runAdd } = await import('../setup/run-add.js');
    const [indicator, ...files] = args;
    return runAdd(ctx, indicator ?? '', files, opts);
  });
};
