// Where the repo is: found before anything heavy loads, so git can start listing it at once.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'dangjian.yaml';
export const CONFIG_NAMES = [CONFIG_FILE, 'dangjian.yml'];

/** The nearest folder at or above `start` that holds dangjian.yaml. */
export function findRepoRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (CONFIG_NAMES.some((name) => existsSync(join(dir, name)))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
