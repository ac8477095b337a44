// What git knows about the files under a folder: two `git` calls, whatever the repo's size.
import { execFile, execFileSync } from 'node:child_process';
import { safeGitOptions } from './git-safety.js';
import { nfc } from './nfc.js';

// Each file is one object, made here in the shape the listing hands on (a ListedFile), so a big
// repo's files are not copied into a second set of objects.
export interface GitFile {
  /** POSIX, relative to the scanned folder, NFC: what reports show. */
  path: string;
  /** POSIX, relative to the scanned folder, as git spells it: what fs calls use. */
  fsPath: string;
  /** Mode 120000 in the index: a symlink. Undefined for untracked files (git does not say). */
  symlink: boolean | undefined;
  /** The working version is committed (not untracked, added, modified or renamed since HEAD). */
  committed: boolean;
  /** For a committed file: git's object id of its content, which equals the working file's. */
  blob: string | undefined;
}

const MAX_BUFFER = 1024 * 1024 * 1024;

const gitEnv = () => ({ ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' });

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: gitEnv(),
  });
}

/** The two listing calls run side by side, so the slower one sets the pace. */
function gitAsync(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Bytes, decoded at the end rather than chunk by chunk.
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, env: gitEnv() },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

/** The folder's path inside its git work tree (`''` at the top, `sub/dir/` below), or undefined outside git. */
export function gitPrefix(dir: string): string | undefined {
  try {
    const out = git(dir, ['rev-parse', '--is-inside-work-tree', '--show-prefix']).split('\n');
    return out[0] === 'true' ? (out[1] ?? '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every file under `dir` that git tracks or would track (ignored files left out), with whether it
 * is committed. Paths are relative to `dir`. Files deleted from the working tree are left out.
 */
export async function gitFiles(dir: string, prefix: string): Promise<GitFile[]> {
  // Nothing the repo's own .git/config names (a monitor, a filter) may run while we read.
  const safe = safeGitOptions(dir);
  // `-s` prints `mode sha stage\tpath` for tracked files and the bare path for untracked ones.
  const [listed, status] = await Promise.all([
    gitAsync(dir, [...safe, 'ls-files', '-z', '-s', '--cached', '--others', '--exclude-standard']),
    gitAsync(dir, [
      ...safe,
      'status',
      '--porcelain=v1',
      '-z',
      '--untracked-files=no',
      '--no-renames',
      '--',
      '.',
    ]),
  ]);
  const changed = new Set<string>();
  const deleted = new Set<string>();
  const fields = status.toString('utf8').split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length < 4) continue;
    // Porcelain paths are relative to the top of the work tree.
    const path = field.slice(3);
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    if (field[0] === 'R' || field[0] === 'C') i++;
    if (rel === undefined) continue;
    if (field[1] === 'D' || field[0] === 'D') deleted.add(rel);
    else changed.add(rel);
  }
  const files: GitFile[] = [];
  // A file in a merge conflict is listed once per stage; keep it once.
  const conflicted = new Set<string>();
  // Entry by entry from the bytes: each path decoded on its own, so no path is a slice of one huge
  // decoded string that it would keep alive for as long as the scan lives.
  const n = listed.length;
  for (let start = 0; start < n; ) {
    let end = listed.indexOf(0, start);
    if (end < 0) end = n;
    const entry = start;
    start = end + 1;
    if (end === entry) continue;
    const tab = stagedTab(listed, entry, end);
    if (tab < 0) {
      const fsPath = listed.toString('utf8', entry, end);
      files.push({ path: nfc(fsPath), fsPath, symlink: undefined, committed: false, blob: undefined });
      continue;
    }
    const path = listed.toString('utf8', tab + 1, end);
    if (listed[tab - 1] !== 48) {
      if (conflicted.has(path)) continue;
      conflicted.add(path);
    }
    // Mode 160000 is a submodule: another repository's business. 120000 is a symlink.
    if (startsWith(listed, entry, '160000')) continue;
    if (deleted.size > 0 && deleted.has(path)) continue;
    const committed = changed.size === 0 || !changed.has(path);
    files.push({
      path: nfc(path),
      fsPath: path,
      symlink: startsWith(listed, entry, '120000'),
      committed,
      blob: committed ? listed.toString('latin1', entry + 7, tab - 2) : undefined,
    });
  }
  return files;
}

/**
 * `100644 <40 or 64 hex> 0\t<path>`: the offset of the tab, which sits right after the stage number,
 * or -1 for a bare path (an untracked file).
 */
function stagedTab(bytes: Buffer, entry: number, end: number): number {
  const tab = bytes.indexOf(9, entry);
  if (tab < 0 || tab >= end) return -1;
  const at = tab - entry;
  if (at !== 49 && at !== 73) return -1;
  // The prefix is ASCII; a path that merely looks like one (with other bytes in it) is a path.
  for (let i = entry; i < tab; i++) if (bytes[i]! > 0x7f) return -1;
  const ok =
    bytes[entry + 6] === 32 && bytes[tab - 2] === 32 && isDigit(bytes[tab - 1]!) && isDigit(bytes[entry]!);
  return ok ? tab : -1;
}

function startsWith(bytes: Buffer, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
