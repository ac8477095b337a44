// `dangjian compile`: scan, score as of the quarter's last day, write the workbooks, report where.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CliContext } from '../cli/context.js';
import { findRepoRoot } from '../config/find-root.js';
import { monthEndsUpTo } from '../dates/calendar.js';
import { DangjianError } from '../errors.js';
import { t } from '../i18n/index.js';
import { OUTPUT_DIR } from '../repo/list-files.js';
import { loadRepo } from '../repo/load-repo.js';
import { type EvaluateInput, evaluate, evaluateMonthEnds, type MonthEndScores } from '../score/index.js';
import type { CheckResult, IsoDate, RepoScan } from '../types.js';
import type { CompileData } from './book-data.js';
import { compileBooks } from './compile-books.js';
import { quarterPaths } from './evidence-of.js';
import { type FirstAdded, startFirstAdded } from './first-added.js';
import { parseQuarter } from './quarter.js';

export interface CompileFlags {
  quarter?: string;
  unit?: string;
  out?: string;
  force?: boolean;
}

export async function runCompile(
  ctx: CliContext,
  dir: string | undefined,
  flags: CompileFlags,
  today: IsoDate = localToday(),
): Promise<number> {
  const start = resolve(ctx.cwd, dir ?? '.');
  // git reads the history in another process while the repo is scanned and scored here.
  const root = findRepoRoot(start);
  const history = root === undefined ? undefined : startFirstAdded(root);
  try {
    return await compile(ctx, start, flags, today, history);
  } finally {
    history?.cancel();
  }
}

async function compile(
  ctx: CliContext,
  start: string,
  flags: CompileFlags,
  today: IsoDate,
  history: FirstAdded | undefined,
): Promise<number> {
  const scan = await loadRepo(start, { blobs: false });
  const quarter = parseQuarter(flags.quarter, scan.config.year);
  // Only the dates the 材料目录 shows are kept.
  const listed = flags.unit ? scan.units.filter((u) => u.unit.id === flags.unit) : scan.units;
  if (history?.root === scan.root && history.shallow && scan.isGit && !ctx.quiet) {
    ctx.stderr.write(`${t(ctx.lang, 'compile/shallow')}\n`);
  }
  const firstAdded =
    history?.root === scan.root
      ? history.dates(quarterPaths(listed, quarter), scan.isGit)
      : Promise.resolve(new Map<string, IsoDate>());
  const input = { config: scan.config, catalog: scan.catalog, units: scan.units, findings: [] };
  // Throws check/unknown-unit (exit 2, with a did-you-mean) for a unit that is not in dangjian.yaml.
  const result = evaluate(input, quarter.end, flags.unit ? { unit: flags.unit } : {});
  const outDir = flags.out ? resolve(ctx.cwd, flags.out) : join(scan.root, '汇编', quarter.id);
  refuseOutInUnit(scan, outDir, flags.out ?? outDir);
  const data: CompileData = {
    scan,
    result,
    quarter,
    compiledOn: today,
    monthEnds: flags.unit ? [] : monthEndScores(input, scan.config.year, quarter.end, result),
    firstAdded: await firstAdded,
    outDir,
  };
  const written = await compileBooks(data, {
    unit: flags.unit,
    force: flags.force === true,
    onProgress: ctx.progress
      ? (p) => ctx.stderr.write(`\r${t(ctx.lang, 'compile/progress', { ...p, index: p.index + 1 })}\u001b[K`)
      : undefined,
    // Each book as it is in place, so a run that fails or is stopped half-way has said what it kept.
    onWritten: ctx.quiet
      ? undefined
      : (path) => {
          if (ctx.progress) ctx.stderr.write('\r\u001b[K');
          ctx.stdout.write(`${t(ctx.lang, 'compile/written', { path: shown(ctx.cwd, path) })}\n`);
        },
  });
  if (ctx.progress) ctx.stderr.write('\r\u001b[K');
  if (!ctx.quiet) {
    ctx.stdout.write(
      `${t(ctx.lang, 'compile/done', { quarter: quarter.id, count: written.length, dir: shown(ctx.cwd, outDir) })}\n`,
    );
  }
  return 0;
}

/**
 * 进度's scores at each month-end of the year so far. The quarter's last day is the last of them and
 * its check is already worked out (`atEnd`, for every unit), so only the earlier ones are evaluated.
 */
export function monthEndScores(
  input: EvaluateInput,
  year: number,
  end: IsoDate,
  atEnd: CheckResult,
): MonthEndScores[] {
  const ends = monthEndsUpTo(year, end);
  if (ends[ends.length - 1] !== end) return evaluateMonthEnds(input, year, end);
  const earlier = ends.length > 1 ? evaluateMonthEnds(input, year, ends[ends.length - 2]!) : [];
  const units = atEnd.units.map((u) => ({ id: u.id, name: u.name, score: u.score }));
  return [...earlier, { asOf: end, month: ends.length, units, score: atEnd.score }];
}

/**
 * Workbooks never go among the evidence: a unit's folder (or anything inside it) is refused, also
 * through a symlink. The tool's own 汇编/ at the top is never evidence, even when a unit is the root.
 */
function refuseOutInUnit(scan: RepoScan, outDir: string, asWritten: string): void {
  const out = realOf(outDir);
  const own = realOf(join(scan.root, OUTPUT_DIR));
  if (inside(own, out)) return;
  for (const unit of scan.config.units) {
    const unitDir = realOf(join(scan.root, ...unit.dir.split('/').filter((p) => p !== '')));
    if (inside(unitDir, out)) {
      throw new DangjianError('compile/out-in-unit', { out: asWritten, unit: unit.name, dir: unit.dir });
    }
  }
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of `path`: its nearest existing ancestor resolved (symlinks and all), the rest appended. */
function realOf(path: string): string {
  const rest: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    try {
      return join(realpathSync(current), ...rest.reverse());
    } catch {
      if (dirname(current) === current) return path;
      rest.push(basename(current));
    }
  }
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
