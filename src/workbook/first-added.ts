// 入库日期: when git first recorded each file, for the whole repo in one `git log` call.
import { execFile } from 'node:child_process';
import { safeGitOptions } from '../repo/git-safety.js';
import { nfc } from '../repo/nfc.js';
import type { IsoDate } from '../types.js';

/**
 * Map of repo-relative POSIX path (NFC) → date of the commit that added it. Empty outside git or
 * when git is missing: the column is then left blank, never guessed from file times.
 */
export async function firstAddedDates(root: string, isGit: boolean): Promise<Map<string, IsoDate>> {
  if (!isGit) return new Map();
  const args = [
    // Nothing the repo's own .git/config names (a monitor, a signature program) may run.
    ...safeGitOptions(root),
    '-c',
    'core.quotepath=off',
    'log',
    '--diff-filter=A',
    '--no-renames',
    '--relative',
    '--format=%x00%cs',
    '--name-only',
    '-z',
    '--',
    '.',
  ];
  const output = await new Promise<Buffer | undefined>((resolve) => {
    execFile('git', args, { cwd: root, maxBuffer: 1 << 30, encoding: 'buffer' }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
  return output === undefined ? new Map() : parseFirstAdded(output);
}

/**
 * Output is `\0<date>\0\n<path>\0<path>\0…` per commit, newest first; the oldest date wins.
 * Read from the bytes, each path decoded on its own: slices of one decoded string would keep the
 * whole output (megabytes on a big repo) alive as long as the map.
 */
export function parseFirstAdded(output: string | Buffer): Map<string, IsoDate> {
  const bytes = typeof output === 'string' ? Buffer.from(output, 'utf8') : output;
  const dates = new Map<string, IsoDate>();
  const n = bytes.length;
  let date: IsoDate | undefined;
  let start = 0;
  while (start <= n) {
    const end = tokenEnd(bytes, start);
    if (end === start) {
      // An empty token: a commit's date may follow.
      const next = end + 1;
      if (next <= n) {
        const nextEnd = tokenEnd(bytes, next);
        if (isIsoDate(bytes, next, nextEnd)) {
          date = bytes.toString('latin1', next, nextEnd);
          start = nextEnd + 1;
          continue;
        }
      }
      start = end + 1;
      continue;
    }
    const from = bytes[start] === 10 ? start + 1 : start;
    const path = from < end ? nfc(bytes.toString('utf8', from, end)) : '';
    if (date && path) dates.set(path, date);
    start = end + 1;
  }
  return dates;
}

function tokenEnd(bytes: Buffer, start: number): number {
  const end = bytes.indexOf(0, start);
  return end < 0 ? bytes.length : end;
}

/** `YYYY-MM-DD` in ASCII digits. */
function isIsoDate(bytes: Buffer, start: number, end: number): boolean {
  if (end - start !== 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return false;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const b = bytes[start + i]!;
    if (b < 48 || b > 57) return false;
  }
  return true;
}
