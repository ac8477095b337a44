// Every path we write is checked to stay inside the repo, whatever a config or a flag says.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DangjianError } from '../errors.js';
import { makeDirs } from '../fs/make-dirs.js';
import { writeError } from '../fs/write-new-file.js';

/** The absolute path of `rel` under `root`; refused when it would leave `root`. */
export function insideRoot(root: string, rel: string, code = 'setup/outside-repo'): string {
  const abs = resolve(root, rel);
  const back = relative(root, abs);
  if (back === '' || back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back)) {
    throw new DangjianError(code, { path: rel });
  }
  return abs;
}

/** A path for people: relative to `from`, with forward slashes. */
export function displayPath(from: string, abs: string): string {
  const rel = relative(from, abs);
  if (rel === '') return '.';
  return rel.split(sep).join('/');
}

/** Join POSIX path parts, skipping the empty root dir a unit-level repo uses (`dir: .`). */
export function joinRel(...parts: string[]): string {
  return parts.filter((p) => p !== '' && p !== '.').join('/');
}

/** mkdir -p, with a failure (no permission, no space) reported like any write, naming the folder. */
export function makeDir(abs: string, shown: string): void {
  try {
    makeDirs(abs);
  } catch (error) {
    throw writeError(error, shown);
  }
}
