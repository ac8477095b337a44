// `mkdir -p` done one level at a time: Node's mkdirSync({ recursive: true }) loops for ever where a
// parent exists but refuses new entries with ENOENT (under /proc), which would hang a command.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Create `dir` and any missing parents. Throws the system error (ENOTDIR, EACCES, ENOENT …) as is. */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    let isDir: boolean;
    try {
      isDir = statSync(current).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) throw error;
      missing.push(current);
      continue;
    }
    if (!isDir) throw Object.assign(new Error(`ENOTDIR: not a directory, '${current}'`), { code: 'ENOTDIR' });
    break;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
