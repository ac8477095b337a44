// Indicator folders already present in a unit folder: the leading number decides (read as the repo
// scanner reads it), the title is free.
import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { leadingNumber } from '../repo/repo-layout.js';

/** indicator id → folder names (sorted) found directly under `unitAbs`; empty when it does not exist. */
export function indicatorDirs(unitAbs: string): Map<number, string[]> {
  const found = new Map<number, string[]>();
  let entries: Dirent[];
  try {
    entries = readdirSync(unitAbs, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const name = entry.name.normalize('NFC');
    const id = leadingNumber(name);
    if (id === undefined) continue;
    const list = found.get(id) ?? [];
    list.push(entry.name);
    found.set(id, list);
  }
  for (const list of found.values()) list.sort();
  return found;
}

/** A lookup for the init plan: the first existing folder of each indicator under each unit. */
export function existingIndicatorLookup(root: string): (unitDir: string, id: number) => string | undefined {
  const cache = new Map<string, Map<number, string[]>>();
  return (unitDir, id) => {
    let dirs = cache.get(unitDir);
    if (!dirs) {
      dirs = indicatorDirs(join(root, unitDir));
      cache.set(unitDir, dirs);
    }
    return dirs.get(id)?.[0];
  };
}
