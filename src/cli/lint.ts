// `dangjian lint [dir]`: the structure of an evidence repo — config, names, places, files. Writes nothing.
import path from 'node:path';
import type { Finding, RepoScan } from '../types.js';
import { type Register, setHandler } from './command.js';
import type { CliContext } from './context.js';
import { parseFormat } from './format-option.js';

const formats = ['text', 'json', 'github'] as const;
type Format = (typeof formats)[number];

const help = {
  zh: {
    description: '检查台账仓库的结构：配置文件、文件命名、日期、存放位置、空文件、重复文件、未提交的材料',
    dir: '台账仓库所在文件夹（默认当前文件夹或其上级）',
    format: '输出格式：text（按单位和指标分组，默认）、json、github（GitHub 工作流注释）',
    examples: `
示例：
  dangjian lint                      检查当前台账仓库
  dangjian lint 我的台账             检查指定文件夹
  dangjian lint --format json        输出 JSON，供其他工具读取
  dangjian lint --format github      在 GitHub Actions 里把问题标注到文件上

文件命名规则：日期 类型 标题.扩展名，如 2020-03-15 学习记录 第一次专题学习.pdf；
日期可写 2020-03-15、20200315 或 2020.03.15，各部分之间用空格、_ 或 - 分隔。
一次活动有多个文件时，建一个同样命名的文件夹（如 20200315_会议记录_支委会/），文件放在里面。

退出码：0 没有错误（可以有警告）；1 有错误；2 命令用法、dangjian.yaml 或指标体系有误。
`,
  },
  en: {
    description:
      'check the evidence repo: config, file names, dates, places, empty, duplicate and uncommitted files',
    dir: 'folder of the evidence repo (default: the current folder or above)',
    format: 'output: text (grouped by unit and indicator, default), json, github (workflow annotations)',
    examples: `
Examples:
  dangjian lint
  dangjian lint my-ledger --format json
  dangjian lint --format github

Names: "date kind title.ext", e.g. 2020-03-15 学习记录 第一次专题学习.pdf (dates 2020-03-15, 20200315 or
2020.03.15; separators space, _ or -). Several files of one event go in a folder named the same way.

Exit codes: 0 no errors (warnings allowed); 1 errors found; 2 usage, dangjian.yaml or catalog error.
`,
  },
};

export const register: Register = (program, lang) => {
  const h = help[lang];
  const command = program
    .command('lint')
    .argument('[dir]', h.dir)
    .description(h.description)
    .option('--format <format>', h.format, 'text')
    .addHelpText('after', h.examples);
  return setHandler(command, (ctx, args, opts) => runLint(ctx, args[0], opts));
};

async function runLint(
  ctx: CliContext,
  dir: string | undefined,
  opts: Record<string, unknown>,
): Promise<number> {
  const format = parseFormat(opts.format, formats);
  const { lintRepo } = await import('../repo/lint-repo.js');
  const { scan, findings } = await lintRepo(path.resolve(ctx.cwd, dir ?? '.'));
  ctx.stdout.write(await render(findings, format, ctx, scan));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function render(findings: Finding[], format: Format, ctx: CliContext, scan: RepoScan): Promise<string> {
  if (format === 'json')
    return (await import('../report/findings-json.js')).formatFindingsJson(findings, ctx);
  if (format === 'github')
    return (await import('../report/findings-github.js')).formatFindingsGithub(findings, ctx);
  const { formatFindingsText } = await import('../report/findings-text.js');
  let paint: import('../report/check-paint.js').Paint | undefined;
  if (ctx.color) {
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    paint = { error: chalk.red, warning: chalk.yellow, good: chalk.green, dim: chalk.dim, bold: chalk.bold };
  }
  const units = scan.config.units.map((u) => ({ id: u.id, name: u.name }));
  return formatFindingsText(findings, {
    lang: ctx.lang,
    paint,
    units,
    fileCount: scan.fileCount,
    quiet: ctx.quiet,
  });
}
