// Where the repo is: found before anything heavy loads, so git can start listing it at once.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DangjianError } from '../errors.js';

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

/**
 * No dangjian.yaml: the error to give, naming a file that was surely meant to be it (Notepad saves
 * `dangjian.yaml.txt` and Windows hides the `.txt`; `Dangjian.YAML` differs only in case).
 */
export function missingConfig(dir: string, shown = dir): DangjianError {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // Not readable: the plain message.
  }
  const found = names.find((n) => NEAR_MISS.test(n.normalize('NFC').trim()) && !CONFIG_NAMES.includes(n));
  return new DangjianError('config/missing', { dir: shown, ...(found !== undefined && { found }) });
}

const NEAR_MISS = /^dangjian\s*\.ya?ml(?:\.(?:txt|ya?ml|bak|doc|docx|wps))*$/i;
