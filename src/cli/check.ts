// `dangjian check [dir]`: completeness, pace, self-score and this month's to-do.
import path from 'node:path';
import { localDate, normalizeDate, yearEnd, yearStart } from '../dates/calendar.js';
import { DangjianError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { CheckResult, IsoDate, RepoScan } from '../types.js';
import { type Register, setHandler } from './command.js';
import type { CliContext } from './context.js';
import { parseFormat } from './format-option.js';

const formats = ['text', 'json', 'github'] as const;
type Format = (typeof formats)[number];

const help = {
  zh: {
    description: '自查自评：各指标完成情况、进度、自评分，以及本月月底前要做的事',
    dir: '台账仓库所在文件夹（默认当前文件夹或其上级）',
    asOf: '按哪一天自评，如 2020-06-30（默认今天；今天已过考核年度时按年底）',
    unit: '只看一个单位（写 dangjian.yaml 中的单位代号）',
    format: '输出格式：text（表格，默认）、json、github（GitHub 工作流注释）',
    minScore: '全局自评分低于这个分数时以退出码 1 结束（用于 CI）',
    examples: `
示例：
  dangjian check                       按今天自评，列出扣分说明和本月待办
  dangjian check --as-of 2020-06-30    按 6 月 30 日自评
  dangjian check --unit zb1            只看第一党支部
  dangjian check --format json         输出 JSON，供其他工具读取

退出码：0 没有逾期事项；1 有逾期事项，或低于 --min-score；2 命令、配置或目录有误。
`,
  },
  en: {
    description: 'completeness, pace, self-score and what is due before this month ends',
    dir: 'folder of the evidence repo (default: the current folder or above)',
    asOf: 'assess as of this day, e.g. 2020-06-30 (default today; the year end once the year is over)',
    unit: 'report one unit only (its id in dangjian.yaml)',
    format: 'output: text (tables, default), json, github (workflow annotations)',
    minScore: 'exit 1 when the organisation scores below this (for CI)',
    examples: `
Examples:
  dangjian check --as-of 2020-06-30
  dangjian check --unit zb1 --format json

Exit codes: 0 nothing overdue; 1 something overdue, or below --min-score; 2 usage, config or catalog error.
`,
  },
};

export const register: Register = (program, lang) => {
  const h = help[lang];
  const command = program
    .command('check')
    .argument('[dir]', h.dir)
    .description(h.description)
    .option('--as-of <date>', h.asOf)
    .option('--unit <id>', h.unit)
    .option('--format <format>', h.format, 'text')
    .option('--min-score <n>', h.minScore)
    .addHelpText('after', h.examples);
  return setHandler(command, (ctx, args, opts) => runCheck(ctx, args[0], opts));
};

async function runCheck(
  ctx: CliContext,
  dir: string | undefined,
  opts: Record<string, unknown>,
): Promise<number> {
  const format = parseFormat(opts.format, formats);
  const minScore = parseMinScore(opts.minScore);
  const asOfFlag = typeof opts.asOf === 'string' ? opts.asOf : undefined;
  // A bad flag is reported before the repo is read.
  const asOfGiven = asOfFlag === undefined ? undefined : parseAsOf(asOfFlag);

  const { loadRepo } = await import('../repo/load-repo.js');
  // Reading the repo starts git at once; the scoring code loads meanwhile.
  // Object ids are for lint's duplicate check: not needed here.
  const scanning = loadRepo(path.resolve(ctx.cwd, dir ?? '.'), { blobs: false });
  scanning.catch(() => {});
  const { evaluate } = await import('../score/evaluate.js');
  const scan = await scanning;
  const year = scan.config.year;
  const asOf = asOfGiven !== undefined ? withinYear(asOfGiven, asOfFlag!, year) : defaultAsOf(year);
  const unit = typeof opts.unit === 'string' ? opts.unit : undefined;
  const result = evaluate(
    { config: scan.config, catalog: scan.catalog, units: scan.units, findings: scan.findings },
    asOf,
    unit !== undefined ? { unit } : {},
  );

  ctx.stdout.write(await render(result, format, ctx, scan));
  const overdue = result.units.some((u) =>
    u.indicators.some((i) => i.rules.some((r) => r.state === 'overdue')),
  );
  const below = minScore !== undefined && result.score.total < minScore;
  if (below)
    ctx.stderr.write(
      `${t(ctx.lang, 'check/below-min-score', { total: result.score.total, min: minScore })}\n`,
    );
  return overdue || below ? 1 : 0;
}

async function render(
  result: CheckResult,
  format: Format,
  ctx: CliContext,
  scan: Pick<RepoScan, 'catalog' | 'config'>,
): Promise<string> {
  if (format === 'json') return (await import('../report/check-json.js')).formatCheckJson(result, ctx.lang);
  if (format === 'github')
    return (await import('../report/check-github.js')).formatCheckGithub(result, ctx.lang);
  const { formatCheckText } = await import('../report/check-text.js');
  const { plain } = await import('../report/check-paint.js');
  let paint = plain;
  if (ctx.color) {
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    paint = { error: chalk.red, warning: chalk.yellow, good: chalk.green, dim: chalk.dim, bold: chalk.bold };
  }
  return formatCheckText(result, scan.catalog, {
    lang: ctx.lang,
    paint,
    rollup: scan.config.scoring.rollup,
    quiet: ctx.quiet,
  });
}

function parseMinScore(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new DangjianError('check/bad-min-score', { value: String(value) });
  }
  return n;
}

function parseAsOf(value: string): IsoDate {
  const date = normalizeDate(value);
  if (!date) throw new DangjianError('check/bad-as-of', { value });
  return date;
}

function withinYear(date: IsoDate, value: string, year: number): IsoDate {
  if (date < yearStart(year) || date > yearEnd(year)) {
    throw new DangjianError('check/as-of-outside-year', { value, year });
  }
  return date;
}

/** Today; once the assessment year is over, its last day (reviewing last year's repo is normal). */
function defaultAsOf(year: number): IsoDate {
  const today = localDate(new Date());
  if (today > yearEnd(year)) return yearEnd(year);
  if (today < yearStart(year)) throw new DangjianError('check/today-before-year', { today, year });
  return today;
}
