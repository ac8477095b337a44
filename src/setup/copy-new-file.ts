// Copy evidence into place the way we write everything: to a temporary name, then linked (never over a file).
import { closeSync, constants, copyFileSync, fsyncSync, openSync, statSync, utimesSync } from 'node:fs';
import { commitTemp, safeUnlink, tempPathFor, writeError } from '../fs/write-new-file.js';
import { unreadableSource } from './check-source.js';

/**
 * Copy `source` to `target`; refused with `write/exists` when `target` exists. The source is only read;
 * `typedSource` names it in a message when it is the source that failed.
 */
export function copyNewFile(source: string, target: string, typedSource = source): void {
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
    // The system error does not say which side failed: when the source cannot be opened now, it was the source.
    throw unreadableSource(source, typedSource) ?? writeError(error, target);
  }
  commitTemp(temp, target);
}
