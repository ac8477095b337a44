// Write every workbook of a compile run: refuse to replace without --force, atomically, no temp left.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DangjianError } from '../errors.js';
import { makeDirs } from '../fs/make-dirs.js';
import { commitTemp, safeUnlink, tempPathFor, writeError } from '../fs/write-new-file.js';
import { type BookScope, type CompileData, orgScope, unitScope } from './book-data.js';
import { bookFileNames } from './file-names.js';
import { withInterruptCleanup } from './interrupt.js';
import { writeBook } from './write-book.js';

export interface CompileOptions {
  /** Only this unit's workbook (no organisation workbook). */
  unit?: string;
  force?: boolean;
  /** Called as each workbook starts, and for every material row written. */
  onProgress?: (event: { book: string; index: number; count: number }) => void;
  /** Called as each workbook is in place: a run that fails or is stopped later has said what it kept. */
  onWritten?: (path: string) => void;
}

export interface BookPlan {
  path: string;
  scope: BookScope;
}

/** The workbooks a run writes: the organisation's first, then each unit's (or just `--unit`'s). */
export function planBooks(data: CompileData, unit?: string): BookPlan[] {
  const units = data.scan.config.units.filter((u) => unit === undefined || u.id === unit);
  const targets = bookFileNames(
    units,
    unit === undefined ? data.scan.config.org : undefined,
    data.quarter.label,
  );
  return targets.map((t) => ({
    path: join(data.outDir, t.fileName),
    scope: t.unitId === undefined ? orgScope(data) : unitScope(data, t.unitId),
  }));
}

/** Write the workbooks; returns their paths. Nothing is written when any target exists without --force. */
export async function compileBooks(data: CompileData, options: CompileOptions = {}): Promise<string[]> {
  const plans = planBooks(data, options.unit);
  if (!options.force) {
    const existing = plans.filter((p) => existsSync(p.path));
    if (existing.length > 0) {
      throw new DangjianError('compile/exists', { path: existing[0]!.path, count: existing.length });
    }
  }
  try {
    makeDirs(data.outDir);
  } catch (error) {
    throw writeError(error, data.outDir);
  }
  const temps = new Set<string>();
  const cleanup = () => {
    for (const temp of temps) safeUnlink(temp);
    temps.clear();
  };
  return withInterruptCleanup(cleanup, async () => {
    const written: string[] = [];
    try {
      for (const [index, plan] of plans.entries()) {
        options.onProgress?.({ book: plan.scope.name, index, count: plans.length });
        const temp = tempPathFor(plan.path);
        temps.add(temp);
        try {
          await writeBook(temp, data, plan.scope);
        } catch (error) {
          // A system error (disk full, no permission) names the workbook; anything else is a bug.
          if (/^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code)))
            throw writeError(error, plan.path);
          throw error;
        }
        commitTemp(temp, plan.path, { overwrite: options.force === true });
        temps.delete(temp);
        written.push(plan.path);
        options.onWritten?.(plan.path);
      }
    } finally {
      cleanup();
    }
    return written;
  });
}
