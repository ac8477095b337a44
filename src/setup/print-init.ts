// What init tells the user: each top-level file created or kept, and one line per unit for the folders.
import type { CliContext } from '../cli/context.js';
import { t } from '../i18n/index.js';
import type { ApplyResult } from './apply-plan.js';
import type { PlanItem } from './init-plan.js';

export interface InitReport {
  root: string;
  result: ApplyResult;
  units: number;
  indicators: number;
}

export function printInitResult(ctx: CliContext, { root, result, units, indicators }: InitReport): void {
  const out = (code: string, data: Record<string, string | number> = {}) =>
    ctx.stdout.write(`${t(ctx.lang, code, data)}\n`);
  const { created, kept } = result;
  if (!ctx.quiet) {
    for (const item of created) if (isTopFile(item)) out('init/created', { path: item.path });
    for (const item of kept) if (isTopFile(item)) out('init/kept', { path: item.path });
    const unitDirs = [
      ...new Set([...created, ...kept].flatMap((i) => (i.unit === undefined ? [] : [i.unit]))),
    ];
    for (const unit of unitDirs) {
      const path = unit || '.';
      const made = count(created, unit);
      const had = count(kept, unit);
      if (made.folders + made.readmes > 0) out('init/created-unit', { path, ...made });
      if (had.folders + had.readmes > 0) out('init/kept-unit', { path, ...had });
    }
  }
  if (created.length === 0) {
    out('init/nothing-to-do', { root, kept: kept.length });
    return;
  }
  if (kept.length === 0) out('init/done-new', { root, units, indicators });
  else out('init/done-filled', { root, created: created.length, kept: kept.length });
  if (!ctx.quiet) out('init/next-steps');
}

function isTopFile(item: PlanItem): boolean {
  return item.unit === undefined && item.type === 'file';
}

function count(items: PlanItem[], unit: string): { folders: number; readmes: number } {
  const mine = items.filter((i) => i.unit === unit && i.indicator !== undefined);
  return {
    folders: mine.filter((i) => i.type === 'dir').length,
    readmes: mine.filter((i) => i.type === 'file').length,
  };
}
