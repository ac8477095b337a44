// 入库日期: when git first recorded each file, for the whole repo in one `git log` call.
import { type ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { safeGitOptions } from '../repo/git-safety.js';
import { nfc } from '../repo/nfc.js';
import type { IsoDate } from '../types.js';

export interface FirstAdded {
  /** The folder git was started in. */
  root: string;
  /**
   * A shallow clone: the history stops at a commit that seems to add every file it holds. Those
   * files are left without a date (their true one is not in the clone), not given that commit's.
   */
  shallow: boolean;
  /**
   * Map of repo-relative POSIX path (NFC) → date of the commit that added it, for the `wanted`
   * paths only (a big repo's every path would stay in memory through compile). Empty outside git or
   * when git is missing or fails: the column is then left blank, never guessed from file times.
   */
  dates(wanted: ReadonlySet<string>, isGit: boolean): Promise<Map<string, IsoDate>>;
  /** Stop git when the dates will not be asked for. */
  cancel(): void;
}

/**
 * Start `git log` in `root` now, so it runs while the repo is scanned. Its output waits, as bytes,
 * until the paths wanted are known; from then on it is read as it comes. Never rejects.
 */
export function startFirstAdded(root: string): FirstAdded {
  const boundary = shallowBoundary(root);
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
    ...(boundary.length > 0 ? ['HEAD', '--not', ...boundary] : []),
    '--',
    '.',
  ];
  const shallow = boundary.length > 0;
  let child: ChildProcessByStdio<null, Readable, null>;
  try {
    child = spawn('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return { root, shallow, dates: async () => new Map(), cancel() {} };
  }
  let waiting: Buffer[] = [];
  let parser: FirstAddedParser | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    if (parser) parser.push(chunk);
    else waiting.push(chunk);
  });
  const succeeded = new Promise<boolean>((resolve) => {
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  const cancel = () => {
    waiting = [];
    child.kill();
  };
  return {
    root,
    shallow,
    async dates(wanted, isGit) {
      if (!isGit) {
        cancel();
        return new Map();
      }
      // What git printed so far is read now, the rest as it arrives.
      const reading = new FirstAddedParser(wanted);
      for (const chunk of waiting) reading.push(chunk);
      waiting = [];
      parser = reading;
      return (await succeeded) ? reading.end() : new Map();
    },
    cancel,
  };
}

/** The commits a shallow clone's history stops at (`.git/shallow`); none for a whole clone or outside git. */
function shallowBoundary(root: string): string[] {
  try {
    const path = execFileSync('git', [...safeGitOptions(root), 'rev-parse', '--git-path', 'shallow'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return readFileSync(resolve(root, path), 'utf8')
      .split('\n')
      .filter((line) => /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(line));
  } catch {
    return [];
  }
}

/**
 * Output is `\0<date>\0\n<path>\0<path>\0…` per commit, newest first; the oldest date wins.
 * Read from the bytes, each path decoded on its own: slices of one decoded string would keep the
 * whole output (megabytes on a big repo) alive as long as the map.
 */
export function parseFirstAdded(output: string | Buffer, wanted?: ReadonlySet<string>): Map<string, IsoDate> {
  const parser = new FirstAddedParser(wanted);
  parser.push(typeof output === 'string' ? Buffer.from(output, 'utf8') : output);
  return parser.end();
}

/** The same reading, fed the output in pieces as git writes it. */
export class FirstAddedParser {
  private readonly dates = new Map<string, IsoDate>();
  private date: IsoDate | undefined;
  /** The last token was empty: a date may follow, starting a commit. */
  private afterEmpty = false;
  /** An unfinished token at the end of the last piece. */
  private rest: Buffer | undefined;

  constructor(private readonly wanted?: ReadonlySet<string>) {}

  push(piece: Buffer): void {
    const bytes = this.rest ? Buffer.concat([this.rest, piece]) : piece;
    let start = 0;
    for (let end = bytes.indexOf(0, start); end >= 0; end = bytes.indexOf(0, start)) {
      this.token(bytes, start, end);
      start = end + 1;
    }
    // A copy: a slice would keep the whole piece alive.
    this.rest = start < bytes.length ? Buffer.from(bytes.subarray(start)) : undefined;
  }

  end(): Map<string, IsoDate> {
    if (this.rest) this.token(this.rest, 0, this.rest.length);
    this.rest = undefined;
    return this.dates;
  }

  private token(bytes: Buffer, start: number, end: number): void {
    if (this.afterEmpty) {
      this.afterEmpty = false;
      if (isIsoDate(bytes, start, end)) {
        this.date = bytes.toString('latin1', start, end);
        return;
      }
    }
    if (start === end) {
      this.afterEmpty = true;
      return;
    }
    const from = bytes[start] === 10 ? start + 1 : start;
    const path = from < end ? nfc(bytes.toString('utf8', from, end)) : '';
    if (this.date && path && (this.wanted === undefined || this.wanted.has(path)))
      this.dates.set(path, this.date);
  }
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
