// Copy evidence into place the way we write everything: to a temporary name, then linked (never over a file).
import { closeSync, constants, copyFileSync, fsyncSync, openSync, statSync, utimesSync } from 'node:fs';
import { commitTemp, safeUnlink, tempPathFor, writeError } from '../fs/write-new-file.js';

/** Copy `source` to `target`; refused with `write/exists` when `target` exists. The source is only read. */
export function copyNewFile(source: string, target: string): void {
  const temp = tempPathFor(target);
  try {
    copyFileSync(source, temp, constants.COPYFILE_EXCL);
    // Keep the file's own date: people sort by it in Explorer.
    const stat = statSync(source);
    utimesSync(temp, stat.atime, stat.mtime);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    safeUnlink(temp);
    throw writeError(error, target);
  }
  commitTemp(temp, target);
}
