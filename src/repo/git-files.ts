// What git knows about the files under a folder: two `git` calls, whatever the repo's size.
import { execFile, execFileSync } from 'node:child_process';

export interface GitFile {
  /** POSIX, relative to the scanned folder, as git spells it (not yet NFC). */
  path: string;
  /** Mode 120000 in the index: a symlink. Undefined for untracked files (git does not say). */
  symlink?: boolean;
  /** The working version is committed (not untracked, added, modified or renamed since HEAD). */
  committed: boolean;
  /** For a committed file: git's object id of its content, which equals the working file's. */
  blob?: string;
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
function gitAsync(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // Bytes, decoded once at the end: cheaper than decoding chunk by chunk.
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, env: gitEnv() },
      (error, stdout) => (error ? reject(error) : resolve(stdout.toString('utf8'))),
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
  // `-s` prints `mode sha stage\tpath` for tracked files and the bare path for untracked ones.
  const [listed, status] = await Promise.all([
    gitAsync(dir, ['ls-files', '-z', '-s', '--cached', '--others', '--exclude-standard']),
    gitAsync(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--no-renames', '--', '.']),
  ]);
  const changed = new Set<string>();
  const deleted = new Set<string>();
  const fields = status.split('\0');
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
  for (const entry of listed.split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    // `100644 <40 or 64 hex> 0\t`: the tab sits right after the stage number.
    const staged =
      (tab === 49 || tab === 73) &&
      entry.charCodeAt(6) === 32 &&
      entry.charCodeAt(tab - 2) === 32 &&
      isDigit(entry.charCodeAt(tab - 1)) &&
      isDigit(entry.charCodeAt(0));
    if (!staged) {
      files.push({ path: entry, committed: false });
      continue;
    }
    const path = entry.slice(tab + 1);
    if (entry.charCodeAt(tab - 1) !== 48) {
      if (conflicted.has(path)) continue;
      conflicted.add(path);
    }
    // Mode 160000 is a submodule: another repository's business. 120000 is a symlink.
    if (entry.startsWith('160000')) continue;
    if (deleted.size > 0 && deleted.has(path)) continue;
    const committed = changed.size === 0 || !changed.has(path);
    const file: GitFile = { path, symlink: entry.startsWith('120000'), committed };
    if (committed) file.blob = entry.slice(7, tab - 2);
    files.push(file);
  }
  return files;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
