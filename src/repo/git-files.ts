// What git knows about the files under a folder: two `git` calls side by side (three when there are
// new folders), whatever the repo's size.
import { execFile, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { EMPTY_BLOBS, readIndexFile } from './git-index.js';
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
  /** For a committed file: its content is empty (git's empty blob). Undefined when not known. */
  empty: boolean | undefined;
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

export interface BlobOption {
  /**
   * Each committed file's object id (`blob`), which names its content: lint's empty and duplicate
   * checks need it. `false` leaves it out, saving a string per file. Default true.
   */
  blobs?: boolean;
}

/** Where a folder sits in git: its path inside the work tree, and the index file that lists it. */
export interface GitRepo {
  /** `''` at the top of the work tree, `sub/dir/` below. */
  prefix: string;
  /** The index file (`.git/index`, or wherever worktrees or GIT_INDEX_FILE put it), when git named it. */
  index?: string;
  /** `sha1` or `sha256`, when git named it. */
  objectFormat?: string;
}

/** The folder's place in its git work tree, or undefined outside git. */
export function gitRepo(dir: string): GitRepo | undefined {
  // One line each, the prefix last: a folder name may hold a line break, the other answers may not.
  let out: string[];
  try {
    out = git(dir, [
      'rev-parse',
      '--is-inside-work-tree',
      '--show-object-format',
      '--git-path',
      'index',
      '--show-prefix',
    ]).split('\n');
  } catch {
    return prefixOnly(dir);
  }
  if (out[0] !== 'true') return undefined;
  const objectFormat = out[1];
  const index = out[2];
  // `true`, the format, the index, the prefix and the final empty line: any more, and some name
  // holds a line break, so the index path is not to be trusted. A git older than 2.25 echoes
  // --show-object-format back instead of a format. Either way git lists the files itself.
  if (out.length !== 5 || !index || (objectFormat !== 'sha1' && objectFormat !== 'sha256')) {
    return prefixOnly(dir);
  }
  return { prefix: out[3]!, index: resolve(dir, index), objectFormat };
}

function prefixOnly(dir: string): GitRepo | undefined {
  try {
    const out = git(dir, ['rev-parse', '--is-inside-work-tree', '--show-prefix']);
    if (!out.startsWith('true\n')) return undefined;
    return { prefix: out.slice('true\n'.length).replace(/\n$/, '') };
  } catch {
    return undefined;
  }
}

/** More folders than this, all new, and one walk of the whole tree is cheaper than naming them all. */
const MAX_NEW_DIRS = 200;

/** What git says, in two stages: the index at once, the working tree when status has walked it. */
export interface GitListing {
  /** Every file the index tracks, each taken as committed until `status` says otherwise. */
  tracked: GitFile[];
  status: Promise<GitStatus>;
}

export interface GitStatus {
  /** New files (not ignored), paths relative to the folder. */
  untracked: GitFile[];
  /** Tracked files that differ from HEAD (staged or not), as git spells them. */
  changed: Set<string>;
  /** Tracked files gone from the working tree, as git spells them. */
  deleted: Set<string>;
  /** Files in an unresolved merge conflict, as git spells them (also in `changed`, or `deleted` when both sides deleted). */
  conflicted: Set<string>;
}

/**
 * The files under `dir` that git tracks or would track (ignored files left out). The index is read
 * in a few tens of ms; status, which has to look at the whole working tree, runs meanwhile, so
 * the caller can work through the tracked files while it waits.
 */
export async function gitListing(dir: string, repo: GitRepo, options: BlobOption = {}): Promise<GitListing> {
  const { prefix } = repo;
  const blobs = options.blobs !== false;
  // Nothing the repo's own .git/config names (a monitor, a filter) may run while we read.
  const safe = safeGitOptions(dir);
  // Status walks the tree for new files but names a wholly new folder once (`dir/`), and uses git's
  // untracked cache where the repo keeps one.
  const status = gitAsync(dir, [
    ...safe,
    // One thread: the other core is ours, reading the index meanwhile.
    '-c',
    'core.preloadIndex=false',
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=normal',
    '--ignore-submodules=all',
    '--no-renames',
    '--',
    '.',
  ]).then((out) => readStatus(dir, safe, out, prefix));
  // A caller that stops at the index (an error) must not leave an unhandled rejection behind.
  status.catch(() => {});
  const read = repo.index && repo.objectFormat && readIndexFile(repo.index, prefix, repo.objectFormat, blobs);
  const tracked = read || (await trackedByGit(dir, safe, blobs));
  return { tracked, status };
}

/** The index as `git ls-files` lists it: for the forms of index that readIndexFile leaves to git. */
export async function trackedByGit(
  dir: string,
  safe: string[] = safeGitOptions(dir),
  blobs = true,
): Promise<GitFile[]> {
  return readIndex(await gitAsync(dir, [...safe, 'ls-files', '-z', '-s', '--cached']), blobs);
}

/** Both stages at once: the working tree's files, with whether each is committed. */
export async function gitFiles(dir: string): Promise<GitFile[]> {
  const repo = gitRepo(dir);
  if (!repo) throw new Error(`not in a git work tree: ${dir}`);
  const { tracked, status } = await gitListing(dir, repo);
  return withStatus(tracked, await status);
}

/** The tracked files as the working tree has them (gone ones left out, changed ones marked), then the new ones. */
export function withStatus(tracked: GitFile[], status: GitStatus): GitFile[] {
  const { untracked, changed, deleted } = status;
  const files = deleted.size > 0 ? tracked.filter((f) => !deleted.has(f.fsPath)) : tracked;
  for (const file of files) if (changed.has(file.fsPath)) markChanged(file);
  return untracked.length > 0 ? files.concat(untracked) : files;
}

/** A tracked file whose working version is not the committed one: no object id stands for it. */
export function markChanged(file: { committed?: boolean; blob?: string; empty?: boolean }): void {
  file.committed = false;
  delete file.blob;
  delete file.empty;
}

/** `ls-files -s` output: one file per path, submodules left out. */
function readIndex(listed: Buffer, blobs: boolean): GitFile[] {
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
    const tab = stagedTab(listed, entry, end);
    if (tab < 0) continue;
    // Mode 160000 is a submodule: another repository's business. 120000 is a symlink.
    if (startsWith(listed, entry, '160000')) continue;
    const path = listed.toString('utf8', tab + 1, end);
    // A conflicted path counts once, at its first stage that is not a submodule: in the working
    // tree it is a file.
    if (listed[tab - 1] !== 48) {
      if (conflicted.has(path)) continue;
      conflicted.add(path);
    }
    const idLength = tab - 2 - (entry + 7);
    files.push({
      path: nfc(path),
      fsPath: path,
      symlink: startsWith(listed, entry, '120000'),
      committed: true,
      blob: blobs ? listed.toString('latin1', entry + 7, tab - 2) : undefined,
      // Compared in place: no id string is made when ids are not wanted.
      empty: EMPTY_HEX.some((id) => id.length === idLength && startsWith(listed, entry + 7, id)),
    });
  }
  return files;
}

const EMPTY_HEX = [...EMPTY_BLOBS];
/** The `XY` of a path in an unresolved merge conflict (git status --porcelain). */
const UNMERGED = new Set(['DD', 'AU', 'UD', 'UA', 'DU', 'AA', 'UU']);

/** `XY path` entries, paths from the top of the work tree; kept when under `prefix`, made relative to it. */
async function readStatus(dir: string, safe: string[], status: Buffer, prefix: string): Promise<GitStatus> {
  const changed = new Set<string>();
  const deleted = new Set<string>();
  const conflicted = new Set<string>();
  const untracked = new Set<string>();
  const newDirs: string[] = [];
  const fields = status.toString('utf8').split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length < 4) continue;
    const path = field.slice(3);
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    if (field[0] === 'R' || field[0] === 'C') i++;
    if (rel === undefined || rel === '') continue;
    if (field[0] === '?') {
      if (rel.endsWith('/')) newDirs.push(rel);
      else untracked.add(rel);
    } else if (UNMERGED.has(field.slice(0, 2))) {
      conflicted.add(rel);
      if (field.startsWith('DD')) deleted.add(rel);
      else changed.add(rel);
    } else if (field[1] === 'D' || field[0] === 'D') deleted.add(rel);
    else changed.add(rel);
  }
  if (newDirs.length > 0) {
    // What is inside the new folders, ignored files left out (or, when there are many, every new file).
    // Literal: a folder called `:新` or `[一]` is that folder, not pathspec magic or a pattern.
    const dirs = newDirs.length > MAX_NEW_DIRS ? ['.'] : newDirs;
    const others = await gitAsync(dir, [
      ...safe,
      '--literal-pathspecs',
      'ls-files',
      '-z',
      '--others',
      '--exclude-standard',
      '--',
      ...dirs,
    ]);
    for (const fsPath of others.toString('utf8').split('\0')) {
      // A nested repository shows as `name/`: another repository's business, like a submodule.
      if (fsPath !== '' && !fsPath.endsWith('/')) untracked.add(fsPath);
    }
  }
  const files: GitFile[] = [];
  for (const fsPath of untracked) {
    files.push({
      path: nfc(fsPath),
      fsPath,
      symlink: undefined,
      committed: false,
      blob: undefined,
      empty: undefined,
    });
  }
  return { untracked: files, changed, deleted, conflicted };
}

/** `100644 <40 or 64 hex> 0\t<path>`: the offset of the tab, which sits right after the stage number, or -1. */
function stagedTab(bytes: Buffer, entry: number, end: number): number {
  const tab = bytes.indexOf(9, entry);
  if (tab < 0 || tab >= end) return -1;
  const at = tab - entry;
  if (at !== 49 && at !== 73) return -1;
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
