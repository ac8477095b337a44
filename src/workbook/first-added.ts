// 入库日期: when git first recorded each file, for the whole repo in one `git log` call.
import { execFile } from 'node:child_process';
import { nfc } from '../repo/nfc.js';
import type { IsoDate } from '../types.js';

/**
 * Map of repo-relative POSIX path (NFC) → date of the commit that added it. Empty outside git or
 * when git is missing: the column is then left blank, never guessed from file times.
 */
export async function firstAddedDates(root: string, isGit: boolean): Promise<Map<string, IsoDate>> {
  if (!isGit) return new Map();
  const args = [
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
  const output = await new Promise<string | undefined>((resolve) => {
    execFile('git', args, { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
  return output === undefined ? new Map() : parseFirstAdded(output);
}

/** Output is `\0<date>\0\n<path>\0<path>\0…` per commit, newest first; the oldest date wins. */
export function parseFirstAdded(output: string): Map<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  const tokens = output.split('\0');
  let date: IsoDate | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '') {
      const next = tokens[i + 1];
      if (next !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(next)) {
        date = next;
        i++;
      }
      continue;
    }
    const path = nfc(token.charCodeAt(0) === 10 ? token.slice(1) : token);
    if (date && path) dates.set(path, date);
  }
  return dates;
}
