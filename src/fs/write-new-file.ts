// The only way this tool writes: a new file, complete or not at all, never over someone's file.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DangjianError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file (still atomically). Only `compile --force` sets it. */
  overwrite?: boolean;
}

/** A temporary name beside the target, so the final rename never crosses file systems. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Write `data` to `target` atomically: to a temporary file first, then linked (new file) or renamed
 * (overwrite) into place. An existing target is refused with `write/exists` unless `overwrite`.
 */
export function writeNewFile(target: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const temp = tempPathFor(target);
  writeTemp(target, temp, data);
  commitTemp(temp, target, options);
}

/** Move a finished temporary file into place; `link` fails atomically when the target exists. */
export function commitTemp(temp: string, target: string, options: WriteOptions = {}): void {
  try {
    if (options.overwrite) {
      renameSync(temp, target);
      return;
    }
    try {
      linkSync(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      // FAT32 and exFAT (USB sticks) and some network shares have no hard links; the temp file was
      // written, so the folder is writable and the link failed for that reason.
      claimAndRename(temp, target);
      return;
    }
  } catch (error) {
    safeUnlink(temp);
    throw writeError(error, target);
  }
  safeUnlink(temp);
}

/**
 * Without hard links: claim the name with an empty file created exclusively (so an existing file is
 * still refused, and no other writer can take the name), then rename the finished file over it.
 * A reader may see the empty file for that moment, never a partial one.
 */
function claimAndRename(temp: string, target: string): void {
  closeSync(openSync(target, 'wx', 0o644));
  try {
    renameSync(temp, target);
  } catch (error) {
    safeUnlink(target);
    throw error;
  }
}

function writeTemp(target: string, temp: string, data: string | Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    safeUnlink(temp);
    throw writeError(error, target);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** Turn a system error into a clear, known error naming the file. */
export function writeError(error: unknown, target: string): DangjianError {
  const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
  if (code === 'EEXIST') return new DangjianError('write/exists', { path: target });
  if (code === 'ENOSPC') return new DangjianError('write/no-space', { path: target });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new DangjianError('write/denied', { path: target });
  if (code === 'ENOTDIR') return new DangjianError('write/not-a-folder', { path: target });
  if (code === 'ENOENT') return new DangjianError('write/no-folder', { path: target });
  return new DangjianError('write/failed', { path: target, detail: code });
}
