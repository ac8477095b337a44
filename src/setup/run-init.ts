// `dangjian init`: decide the config (from flags, or from an existing dangjian.yaml), plan, create.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { describeRule } from '../catalog/describe-rule.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import type { CliContext } from '../cli/context.js';
import { findRepoRoot, loadConfig, windowsKey } from '../config/load-config.js';
import { DangjianError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Catalog, UnitConfig } from '../types.js';
import { applyPlan } from './apply-plan.js';
import { refuseReservedUnits } from './check-units.js';
import { existingIndicatorLookup } from './existing-dirs.js';
import { planInit } from './init-plan.js';
import { nameProblem } from './names.js';
import { displayPath, makeDir } from './paths.js';
import { printInitResult } from './print-init.js';
import { planUnits } from './units.js';

export interface InitOptions {
  org?: string;
  year?: string;
  unit?: string[];
  catalog?: string;
}

export const DEFAULT_CATALOG = '2020';
export const DEFAULT_ORG = '机关党委';

interface Decided {
  org: string;
  year: number;
  catalogRef: string;
  catalog: Catalog;
  units: UnitConfig[];
  fromExisting: boolean;
}

export function runInit(ctx: CliContext, dir: string | undefined, opts: InitOptions): number {
  const root = resolve(ctx.cwd, dir ?? '.');
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new DangjianError('init/target-is-file', { path: displayPath(ctx.cwd, root) });
  }
  // dangjian.yaml or dangjian.yml, here or in a folder above.
  const found = findRepoRoot(root);
  const hasConfig = found === root;
  const outer = hasConfig ? undefined : found;
  // A repo inside a repo would split one organisation's evidence in two: almost always a wrong folder.
  if (outer) {
    throw new DangjianError('init/inside-repo', {
      path: displayPath(ctx.cwd, root),
      root: displayPath(ctx.cwd, outer),
    });
  }
  const decided = hasConfig ? fromExisting(ctx, root, opts) : fromFlags(ctx, root, opts);
  const plan = planInit({
    catalog: decided.catalog,
    config: { org: decided.org, year: decided.year, catalog: decided.catalogRef, units: decided.units },
    describe: (rule) => describeRule(rule, 'zh'),
    existingIndicatorDir: existingIndicatorLookup(root),
  });
  makeDir(root, displayPath(ctx.cwd, root));
  const result = applyPlan(root, plan);
  printInitResult(ctx, {
    root: displayPath(ctx.cwd, root),
    result,
    units: decided.units.length,
    indicators: decided.catalog.indicators.length,
  });
  return 0;
}

/** A repo that already has dangjian.yaml: fill in what it names; flags would contradict it, so say so. */
function fromExisting(ctx: CliContext, root: string, opts: InitOptions): Decided {
  const config = loadConfig(root);
  const catalog = loadCatalog(String(config.catalog), { baseDir: root });
  const flags = [
    opts.org !== undefined && '--org',
    opts.year !== undefined && '--year',
    opts.unit !== undefined && '--unit',
    opts.catalog !== undefined && '--catalog',
  ].filter(Boolean);
  if (flags.length > 0) {
    ctx.stderr.write(`${t(ctx.lang, 'init/config-kept', { path: config.file, flags: flags.join(' ') })}\n`);
  }
  return {
    org: config.org,
    year: config.year,
    catalogRef: String(config.catalog),
    catalog,
    units: config.units,
    fromExisting: true,
  };
}

function fromFlags(ctx: CliContext, root: string, opts: InitOptions): Decided {
  const org = opts.org?.trim();
  if (opts.org !== undefined && !org) throw new DangjianError('init/bad-org');
  const catalogRef = catalogRefFor(ctx.cwd, root, opts.catalog ?? DEFAULT_CATALOG);
  const catalog = loadCatalog(catalogRef, { baseDir: root });
  const year = yearOf(opts.year, catalog);
  const names = (opts.unit ?? [org ?? DEFAULT_ORG]).map((n) => n.normalize('NFC').trim());
  const seen = new Map<string, string>();
  for (const name of names) {
    const problem = nameProblem(name);
    if (problem) throw new DangjianError('init/bad-unit-name', { name, ...problem });
    const other = seen.get(windowsKey(name));
    if (other === name) throw new DangjianError('init/duplicate-unit', { name });
    if (other !== undefined)
      throw new DangjianError('init/units-differ-in-case', { name: other, other: name });
    seen.set(windowsKey(name), name);
  }
  const decided: Decided = {
    org: org ?? names[0] ?? DEFAULT_ORG,
    year,
    catalogRef,
    catalog,
    units: planUnits(names),
    fromExisting: false,
  };
  refuseReservedUnits(decided.units);
  return decided;
}

/** `--year` wins; else the catalog's own year; a catalog without one needs `--year`. */
function yearOf(flag: string | undefined, catalog: Catalog): number {
  if (flag !== undefined) {
    if (!/^\s*\d{4}\s*$/.test(flag)) throw new DangjianError('init/bad-year', { value: flag });
    const year = Number(flag);
    if (year < 2000 || year > 2100) throw new DangjianError('init/bad-year', { value: flag });
    return year;
  }
  if (catalog.year !== undefined) return catalog.year;
  throw new DangjianError('init/year-required', { catalog: catalog.id });
}

/** A built-in id stays as is; a catalog file given on the command line is stored relative to the repo. */
function catalogRefFor(cwd: string, root: string, ref: string): string {
  if (!/[\\/]|\.ya?ml$/i.test(ref)) return ref;
  const abs = resolve(cwd, ref);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new DangjianError('init/catalog-outside', { path: ref });
  }
  return rel.split(sep).join('/');
}
