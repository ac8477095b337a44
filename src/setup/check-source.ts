// A file given to `add` must be evidence we can copy: a regular file, not empty, that we may read.
// Messages name it as the user typed it, so they can find it in their own command line.
import { closeSync, openSync, type Stats, statSync } from 'node:fs';
import { DangjianError } from '../errors.js';
import type { SourceFile } from './expand-sources.js';

/** Refuse a source that could not become evidence; nothing is copied until every source passes. */
export function checkSource(source: SourceFile): void {
  const path = source.typed;
  let stat: Stats;
  try {
    stat = statSync(source.path);
  } catch (error) {
    throw sourceError(error, path);
  }
  if (stat.isDirectory()) {
    throw new DangjianError('add/source-is-folder', { path, pattern: `${path.replace(/[\\/]+$/, '')}/*` });
  }
  // A FIFO, a socket or a device (/dev/zero): copying it would block or never end.
  if (!stat.isFile()) throw new DangjianError('add/source-not-regular', { path });
  // lint reports an empty file as an error (`file/empty`): it is no evidence of anything.
  if (stat.size === 0) throw new DangjianError('add/source-empty', { path });
  // Tried, not predicted from the mode bits: ACLs, root, and files another program holds locked differ.
  try {
    closeSync(openSync(source.path, 'r'));
  } catch (error) {
    throw sourceError(error, path);
  }
}

/** The source cannot be read now (checked after a copy failed, to tell a source problem from a target one). */
export function unreadableSource(abs: string, typed: string): DangjianError | undefined {
  try {
    closeSync(openSync(abs, 'r'));
    return undefined;
  } catch (error) {
    return sourceError(error, typed);
  }
}

/** A system error about the source, as a known error naming the source (never the destination). */
function sourceError(error: unknown, typed: string): DangjianError {
  const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG') {
    return new DangjianError('add/source-missing', { path: typed });
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
    return new DangjianError('add/source-denied', { path: typed });
  }
  return new DangjianError('add/source-unreadable', { path: typed, detail: code });
}
