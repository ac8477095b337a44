// Read a small hand-written file (YAML) without trusting what sits at its path: a folder, a FIFO or a
// device is refused instead of blocking, and a huge file is refused before a byte is read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ProblemsError } from '../errors.js';

// O_NONBLOCK lets a FIFO open without a writer; Windows has no such flag and no FIFOs to fear.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of `abs`, at most `maxBytes`. `shown` names the file in problems. Throws a ProblemsError:
 * `yaml/not-a-file`, `yaml/too-large`, or `yaml/unreadable` (with the system's code).
 */
export function readTextFile(abs: string, shown: string, maxBytes: number): Buffer {
  const problem = (code: string, data: Record<string, string | number> = {}) =>
    new ProblemsError([{ file: shown, line: 1, column: 1, code, data }]);
  let fd: number;
  try {
    fd = openSync(abs, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code === 'EISDIR') throw problem('yaml/not-a-file', {});
    throw problem('yaml/unreadable', { detail: code });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw problem('yaml/not-a-file', {});
    if (stat.size > maxBytes) throw problem('yaml/too-large', { limit: maxBytes });
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      // A file that grows while being read is cut at the limit and reported as too large.
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > maxBytes) throw problem('yaml/too-large', { limit: maxBytes });
        break;
      }
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ProblemsError) throw error;
    throw problem('yaml/unreadable', { detail: (error as NodeJS.ErrnoException).code ?? 'UNKNOWN' });
  } finally {
    closeSync(fd);
  }
}
