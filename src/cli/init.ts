// `dangjian init [dir]`: a new evidence repo, or the missing parts of an existing one.
import { type Register, setHandler } from './command.js';

const help = {
  zh: {
    dirArg: '[dir]',
    summary: '新建台账仓库，或补齐缺少的文件夹（已有文件不动）',
    description:
      '新建台账仓库：dangjian.yaml、单位文件夹、每项指标一个文件夹（附说明）和 CI 示例；已有的文件一律不动',
    dir: '台账仓库所在文件夹（默认当前文件夹，不存在时自动新建）',
    org: '党组织全称，如 某某局机关党委（默认取第一个单位的名称；都不写时为“机关党委”）',
    year: '考核年度，如 2020（默认取考核指标的年度）',
    unit: '单位名称，可写多次，每个单位一个文件夹（默认一个，名称同 --org）',
    catalog: '考核指标：内置年份（如 2020）或指标文件路径',
    examples: `
示例：
  dangjian init 我的台账 --org 河南省水文水资源局机关党委
  dangjian init 台账 --org 局机关党委 --unit 局机关党委 --unit 机关第一党支部 --unit 机关第二党支部
  dangjian init                      在当前文件夹补齐缺少的文件夹和说明（已有文件不会被改动）

说明：
  已有 dangjian.yaml 时按其中的单位和指标补齐，命令行的 --org/--year/--unit/--catalog 不再使用。
  年度：优先用 --year，否则用考核指标注明的年度（内置 2020 指标即 2020 年）。
`,
  },
  en: {
    dirArg: '[dir]',
    summary: 'create an evidence repo, or fill in what is missing (existing files untouched)',
    description:
      'create an evidence repo: dangjian.yaml, unit folders, one folder per indicator (with a README) and CI examples; never touches existing files',
    dir: 'folder of the repo (default: current folder; created if missing)',
    org: 'organisation name (default: the first unit name)',
    year: "assessment year, e.g. 2020 (default: the catalog's year)",
    unit: 'a unit name; repeat for several units (default: one, named after --org)',
    catalog: 'indicator catalog: a built-in id (e.g. 2020) or a catalog file path',
    examples: `
Examples:
  dangjian init my-ledger --org "Some Bureau Party Committee"
  dangjian init ledger --unit 局机关党委 --unit 机关第一党支部
  dangjian init                      fill in what is missing here (existing files are kept)
`,
  },
};

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export const register: Register = (program, lang) => {
  const h = help[lang];
  const command = program
    .command('init')
    .argument(h.dirArg, h.dir)
    .summary(h.summary)
    .description(h.description)
    .option('--org <name>', h.org)
    .option('--year <year>', h.year)
    .option('--unit <name>', h.unit, collect)
    .option('--catalog <id>', h.catalog)
    .addHelpText('after', h.examples);
  return setHandler(command, async (ctx, args, opts) => {
    const { runInit } = await import('../setup/run-init.js');
    return runInit(ctx, args[0], opts);
  });
};
