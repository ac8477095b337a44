import { DangjianError } from '../errors.js';
import { padEnd } from '../report/display-width.js';
import type { Catalog, Lang } from '../types.js';
import { type Register, setHandler } from './command.js';
import { parseFormat } from './format-option.js';

const FORMATS = ['text', 'json'] as const;

/** Example lines with their explanations lined up, whatever the width of the Chinese in them. */
function examples(title: string, lines: [command: string, what: string][], after: string): string {
  const body = lines.map(([command, what]) => `  ${padEnd(command, 40)}  ${what}`).join('\n');
  return `\n${title}\n${body}\n\n${after}\n`;
}

const help: Record<
  Lang,
  { description: string; id: string; format: string; catalog: string; kinds: string; examples: string }
> = {
  zh: {
    description: '查看考核指标：全部指标一览表，或某一项指标的全文、考核规则和文件命名示例',
    id: '指标序号，如 5；不写则列出全部指标',
    format: '输出格式：text（文字，默认）或 json',
    catalog: '指标目录：内置编号（如 2020）或 YAML 文件路径',
    kinds: '列出文件名里可写的材料类型及其同义词',
    examples: examples(
      '示例：',
      [
        ['dangjian indicators', '全部指标一览表，含各类项数和分值'],
        ['dangjian indicators 5', '第 5 项的全文、考核规则和命名示例'],
        ['dangjian indicators 5 --format json', '以 JSON 格式输出第 5 项'],
        ['dangjian indicators --kinds', '文件名里可写的材料类型和同义词'],
        ['dangjian indicators --catalog 指标.yaml', '检查并查看自定义的指标目录'],
      ],
      '不写 --catalog 时：在台账仓库里用 dangjian.yaml 中的 catalog，\n否则用最新的内置目录。',
    ),
  },
  en: {
    description: 'show the indicator catalog as a table, or one indicator in full',
    id: 'indicator number, e.g. 5; omit for the whole table',
    format: 'output format: text (default) or json',
    catalog: 'catalog: a built-in id (e.g. 2020) or a YAML file path',
    kinds: 'list the evidence kinds (and synonyms) file names may use',
    examples: examples(
      'Examples:',
      [
        ['dangjian indicators', 'the whole catalog by category'],
        ['dangjian indicators 5', 'indicator 5 in full'],
        ['dangjian indicators 5 --format json', 'indicator 5 as JSON'],
        ['dangjian indicators --kinds', 'evidence kinds and their synonyms'],
        ['dangjian indicators --catalog my.yaml', 'check and show a catalog file'],
      ],
      "Without --catalog: dangjian.yaml's catalog inside an evidence repo,\nelse the newest built-in one.",
    ),
  },
};

export const register: Register = (program, lang) => {
  const h = help[lang];
  return setHandler(
    program
      .command('indicators')
      .argument('[id]', h.id)
      .description(h.description)
      .option('--format <format>', h.format)
      .option('--catalog <path>', h.catalog)
      .option('--kinds', h.kinds)
      .addHelpText('after', h.examples),
    async (ctx, args, opts) => {
      const format = parseFormat(opts.format, FORMATS);
      const catalog = await resolveCatalog(ctx.cwd, opts.catalog as string | undefined);
      if (opts.kinds === true) {
        const { formatKinds, kindsJson } = await import('../report/kinds-text.js');
        ctx.stdout.write(format === 'json' ? kindsJson(catalog) : formatKinds(catalog, ctx.lang));
        return 0;
      }
      const indicators = selectIndicators(catalog, args[0]);
      if (format === 'json') {
        const { indicatorsJson } = await import('../report/indicators-json.js');
        ctx.stdout.write(indicatorsJson(catalog, indicators));
        return 0;
      }
      const { formatIndicator, formatIndicatorTable } = await import('../report/indicators-text.js');
      const year = catalog.year ?? new Date().getFullYear();
      ctx.stdout.write(
        args[0] === undefined
          ? formatIndicatorTable(catalog, ctx.lang)
          : formatIndicator(catalog, indicators[0]!, ctx.lang, year),
      );
      return 0;
    },
  );
};

/** `--catalog` wins; inside an evidence repo its dangjian.yaml names the catalog; else the newest built-in. */
async function resolveCatalog(cwd: string, flag: string | undefined): Promise<Catalog> {
  const { loadCatalog, defaultCatalog } = await import('../catalog/load-catalog.js');
  if (flag !== undefined) return loadCatalog(flag, { baseDir: cwd });
  const { findRepoRoot, loadConfig } = await import('../config/load-config.js');
  const root = findRepoRoot(cwd);
  if (root !== undefined) return loadCatalog(loadConfig(root).catalog, { baseDir: root });
  const builtin = defaultCatalog();
  if (builtin === undefined) throw new DangjianError('catalog/not-found', { ref: '', path: 'indicators/' });
  return loadCatalog(builtin, { baseDir: cwd });
}

function selectIndicators(catalog: Catalog, arg: string | undefined) {
  if (arg === undefined) return catalog.indicators;
  // Chinese input methods type full-width digits (１５) and people write 第15项: both mean 15.
  const m = /^(?:第)?(\d{1,3})(?:项)?$/.exec(arg.normalize('NFKC').trim());
  const id = m ? Number(m[1]) : Number.NaN;
  const indicator = catalog.indicators.find((i) => i.id === id);
  if (!indicator) {
    throw new DangjianError('catalog/unknown-indicator', {
      catalog: catalog.id,
      id: arg,
      ids: idRanges(catalog.indicators.map((i) => i.id)),
    });
  }
  return [indicator];
}

/** `1–39`, or `1–9、12、15–20` when there are gaps. */
function idRanges(ids: number[]): string {
  const parts: string[] = [];
  let start = ids[0];
  for (let i = 1; i <= ids.length; i++) {
    const prev = ids[i - 1]!;
    if (ids[i] !== prev + 1) {
      parts.push(start === prev ? String(prev) : `${start}–${prev}`);
      start = ids[i];
    }
  }
  return parts.join('、');
}
