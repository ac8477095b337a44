// `dangjian add`: find the repo, check the whole request, then copy each file under its canonical name.
import { resolve } from 'node:path';
import { createKindResolver } from '../catalog/kinds.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import type { CliContext } from '../cli/context.js';
import { missingConfig } from '../config/find-root.js';
import { bindConfig, findRepoRoot, loadConfig } from '../config/load-config.js';
import { DangjianError } from '../errors.js';
import { t } from '../i18n/index.js';
import { planAdd } from './add-plan.js';
import { copyNewFile } from './copy-new-file.js';
import { expandSources } from './expand-sources.js';
import { displayPath, makeDir } from './paths.js';

export interface AddOptions {
  date?: string;
  kind?: string;
  title?: string;
  unit?: string;
  event?: boolean;
  repo?: string;
}

export function runAdd(ctx: CliContext, indicator: string, files: string[], opts: AddOptions): number {
  if (!opts.date)
    throw new DangjianError('add/missing-option', { option: '--date', example: '--date 2020-07-01' });
  if (!opts.kind)
    throw new DangjianError('add/missing-option', { option: '--kind', example: '--kind 学习记录' });
  const start = resolve(ctx.cwd, opts.repo ?? '.');
  const root = findRepoRoot(start);
  if (!root) throw missingConfig(start, displayPath(ctx.cwd, start));
  const loaded = loadConfig(root);
  const catalog = loadCatalog(String(loaded.catalog), { baseDir: root });
  const config = bindConfig(loaded, catalog);
  const display = (abs: string) => displayPath(ctx.cwd, abs);
  const plan = planAdd(
    { root, config, catalog, resolveKind: createKindResolver(catalog.kinds), display },
    {
      indicator,
      files: expandSources(ctx.cwd, files),
      date: opts.date,
      kind: opts.kind,
      title: opts.title,
      unit: opts.unit,
      event: opts.event === true,
    },
  );
  for (const dir of plan.mkdirs) makeDir(dir, display(dir));
  const say = (code: string, data: Record<string, string | number>) => `${t(ctx.lang, code, data)}\n`;
  for (const { from, to, typed } of plan.copies) {
    copyNewFile(from, to, typed);
    if (!ctx.quiet) ctx.stdout.write(say('add/copied', { from: display(from), to: display(to) }));
  }
  ctx.stdout.write(say('add/done', { count: plan.copies.length, folder: display(plan.folder) }));
  if (plan.notOwed) {
    ctx.stderr.write(say('add/not-owed', { unit: plan.unit.name, indicator: plan.indicator.id }));
  }
  return 0;
}
