// Carry out an init plan: create what is missing, keep everything that exists, byte for byte.
import { lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { DangjianError } from '../errors.js';
import { writeNewFile } from '../fs/write-new-file.js';
import type { PlanItem } from './init-plan.js';
import { insideRoot, makeDir } from './paths.js';

export interface ApplyResult {
  created: PlanItem[];
  kept: PlanItem[];
}

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Check every item first, so a conflict (a file where a folder belongs) stops before anything is written. */
export function checkPlan(root: string, items: PlanItem[]): void {
  for (const item of items) {
    const abs = insideRoot(root, item.path);
    const stat = statOf(abs);
    if (!stat) continue;
    if (item.type === 'dir' && !stat.isDirectory()) {
      throw new DangjianError('init/not-a-folder', { path: item.path });
    }
    if (item.type === 'file' && stat.isDirectory()) {
      throw new DangjianError('init/not-a-file', { path: item.path });
    }
  }
}

export function applyPlan(root: string, items: PlanItem[]): ApplyResult {
  checkPlan(root, items);
  const result: ApplyResult = { created: [], kept: [] };
  for (const item of items) {
    const abs = join(root, item.path);
    if (statOf(abs)) {
      result.kept.push(item);
      continue;
    }
    if (item.type === 'dir') {
      makeDir(abs, item.path);
      result.created.push(item);
      continue;
    }
    try {
      writeNewFile(abs, item.content ?? '');
      result.created.push(item);
    } catch (error) {
      // Someone created it meanwhile: theirs wins, as with any existing file.
      if (error instanceof DangjianError && error.code === 'write/exists') result.kept.push(item);
      else throw error;
    }
  }
  return result;
}
