// The files of an evidence repo: from git when it is a git repo (respecting .gitignore), else by
// walking the folder. Nothing here stats or reads a file unless it may be a symlink.
import { type Dirent, existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Finding } from '../types.js';
import { DIRECTION_CONTROLS, hasControlCharacters, visibleText } from '../visible-text.js';
import {
  type BlobOption,
  type GitFile,
  type GitListing,
  type GitStatus,
  gitListing,
  gitRepo,
  withStatus,
} from './git-files.js';
import { nfc } from './nfc.js';

export interface ListedFile {
  /** POSIX, relative to the repo root, NFC: what reports show. */
  path: string;
  /** POSIX, relative to the repo root, as spelled on disk: what fs calls use. */
  fsPath: string;
  /** In a git repo: the working version is committed. */
  committed?: boolean;
  /** In a git repo, for a committed file: git's object id of its content. */
  blob?: string;
  /** In a git repo, for a committed file: its content is empty. Undefined when not known. */
  empty?: boolean;
}

export interface Listing {
  isGit: boolean;
  files: ListedFile[];
  findings: Finding[];
  /** In a git repo: tracked files gone from the working tree, deletions not yet committed (as git spells them). */
  deleted?: string[];
  /** In a git repo: files in an unresolved merge conflict (as git spells them). */
  conflicted?: string[];
  /**
   * In a git repo, what status adds once it has looked at the whole working tree. Until then every
   * file in `files` is taken as committed; see ListingUpdate.
   */
  later?: Promise<ListingUpdate>;
}

/** What the working tree changes in a listing made from the index. */
export type ListingUpdate =
  | {
      /** New files, to add. */
      files: ListedFile[];
      findings: Finding[];
      /** Files of the first listing that are not committed as they are (by fsPath). */
      changed: Set<string>;
      /** Files of the first listing gone from the working tree (by fsPath): drop them. */
      deleted: Set<string>;
      /** Files in an unresolved merge conflict (by fsPath). */
      conflicted: Set<string>;
    }
  | {
      /** The first listing is void: use this one instead (git failed half-way). */
      replace: Listing;
    };

export interface ListOptions extends BlobOption {
  /** `false` walks the folder even inside a git repo (tests, benchmarks). */
  git?: boolean;
}

/** Names never looked at: hidden files and folders (.git, .github, .DS_Store …), tool folders, OS junk. */
export function isIgnoredName(name: string): boolean {
  return (
    name.startsWith('.') ||
    name === 'node_modules' ||
    name.startsWith('~$') ||
    name === 'Thumbs.db' ||
    name === 'desktop.ini' ||
    name === 'Desktop.ini'
  );
}

/** The folders Windows keeps at the top of every drive: a repo at a USB stick's root has them. */
const DRIVE_FOLDERS = /^(?:\$recycle\.bin|system volume information)$/i;

const CONFIG_FILE = 'dangjian.yaml';

/** The tool's own output folder at the top of the repo. */
export const OUTPUT_DIR = '汇编';

/** The per-name rules of isIgnoredName over a whole path, without splitting it (runs on every file). */
export function ignoredPath(p: string): boolean {
  return (
    p.charCodeAt(0) === 46 ||
    p.includes('/.') ||
    p.startsWith(`${OUTPUT_DIR}/`) ||
    (p.includes('node_modules') && p.split('/').includes('node_modules')) ||
    (p.includes('~$') && p.split('/').some(isIgnoredName)) ||
    (p.includes('/') && DRIVE_FOLDERS.test(p.slice(0, p.indexOf('/')))) ||
    /(^|\/)(Thumbs\.db|[Dd]esktop\.ini)$/.test(p)
  );
}

export async function listFiles(root: string, options: ListOptions = {}): Promise<Listing> {
  const repo = options.git === false ? undefined : gitRepo(root);
  if (repo === undefined) return walkListing(root);
  let git: GitListing;
  try {
    git = await gitListing(root, repo, options);
  } catch {
    // git is there but cannot list (a broken index, an odd setup): read the folder instead.
    return walkListing(root);
  }
  if (!git.tracked.some((f) => f.fsPath === CONFIG_FILE)) {
    // Not committed yet, or a folder that an enclosing git repository ignores: only status can tell.
    return settled(root, git);
  }
  const ctx = context(root);
  addGitFiles(ctx, git.tracked);
  const later: Promise<ListingUpdate> = git.status.then(
    (status) => {
      const more = context(root, ctx);
      addGitFiles(more, status.untracked);
      // A symlink that changed may point elsewhere now: what was read through it is void.
      const relinked = ctx.links.some((link) => status.changed.has(link) || status.deleted.has(link));
      if (relinked) return { replace: applyStatus(root, git.tracked, status) };
      return {
        ...finish(more, true),
        changed: status.changed,
        deleted: status.deleted,
        conflicted: status.conflicted,
      };
    },
    () => ({ replace: walkListing(root) }),
  );
  return { ...finish(ctx, true), later };
}

/** The whole listing at once, once status is in. */
async function settled(root: string, git: GitListing): Promise<Listing> {
  let status: GitStatus;
  try {
    status = await git.status;
  } catch {
    return walkListing(root);
  }
  if (!status.untracked.some((f) => f.fsPath === CONFIG_FILE) && existsSync(join(root, CONFIG_FILE))) {
    // The repo sits in a folder that an enclosing git repository ignores: git knows none of its
    // files, so read the folder as if there were no git at all.
    return walkListing(root);
  }
  return applyStatus(root, git.tracked, status);
}

/** The tracked files as the working tree has them, and the new ones. */
function applyStatus(root: string, tracked: GitFile[], status: GitStatus): Listing {
  const ctx = context(root);
  addGitFiles(ctx, withStatus(tracked, status));
  return { ...finish(ctx, true), deleted: [...status.deleted], conflicted: [...status.conflicted] };
}

function walkListing(root: string): Listing {
  const ctx = context(root);
  walk(ctx, '', undefined, 0);
  return finish(ctx, false);
}

function context(root: string, shared?: WalkContext): WalkContext {
  return {
    root,
    rootReal: shared?.rootReal ?? realpathSync(root),
    files: [],
    findings: [],
    links: [],
    reported: shared?.reported ?? new Set(),
    followed: shared?.followed ?? new Set(),
  };
}

/**
 * A path none of the per-file rules can apply to: no hidden or ignored name, no garbled or control
 * character, nothing Windows refuses. One test instead of several on the common path; it matches a
 * superset of what the rules look for, so a path it lets through would pass every rule.
 */
const UNUSUAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
  /^\.|\/\.|^\$recycle\.bin\/|^system volume information\/|node_modules|~\$|Thumbs\.db$|esktop\.ini$|\uFFFD|[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*\\]|[. ](?:\/|$)|(?:^|\/)(?:con|prn|aux|nul|com\d|lpt\d)(?:\.[^/]*)?(?:\/|$)/i;

const OUTPUT_PREFIX = `${OUTPUT_DIR}/`;

export function isPlainPath(p: string): boolean {
  return !UNUSUAL.test(p) && !p.startsWith(OUTPUT_PREFIX);
}

function addGitFiles(ctx: WalkContext, listed: GitFile[]): void {
  for (const file of listed) {
    if (file.symlink === false && isPlainPath(file.fsPath)) {
      ctx.files.push(file);
      continue;
    }
    if (ignoredPath(file.fsPath)) continue;
    if (file.fsPath.includes(REPLACEMENT) && garbled(ctx, file.fsPath)) continue;
    const symlink = file.symlink ?? isSymlink(join(ctx.root, file.fsPath));
    if (symlink === undefined) continue;
    if (symlink) {
      ctx.links.push(file.fsPath);
      followLink(ctx, file.fsPath, file.committed, 0);
    } else {
      // What reports show: control characters (escape sequences, line breaks) as visible symbols.
      if (hasControlCharacters(file.path)) file.path = visibleText(file.path);
      keep(ctx, file);
    }
  }
}

/** A file that counts, with a warning if a colleague on Windows could not check it out. */
function keep(ctx: WalkContext, file: ListedFile): void {
  if (WINDOWS_HINT.test(file.fsPath) || hasControlCharacters(file.fsPath)) windowsUnsafe(ctx, file.fsPath);
  if (DIRECTION_CONTROLS.test(file.fsPath)) hiddenDirection(ctx, file.fsPath);
  ctx.files.push(file);
}

function finish(ctx: WalkContext, isGit: boolean): Listing {
  return { isGit, files: ctx.files, findings: ctx.findings };
}

/** What the system gives for a name that is not UTF-8 on disk (a GBK name from a zip). */
const REPLACEMENT = '\uFFFD';

/** A name read back with U+FFFD that cannot be opened by that name: reported once, never counted. */
function garbled(ctx: WalkContext, path: string): boolean {
  try {
    lstatSync(join(ctx.root, path));
    return false;
  } catch {
    // Not there under the decoded name: its bytes on disk are not UTF-8.
  }
  const parts = path.split('/');
  const k = parts.findIndex((p) => p.includes(REPLACEMENT));
  const prefix = parts.slice(0, k + 1).join('/');
  if (!ctx.reported.has(prefix)) {
    ctx.reported.add(prefix);
    ctx.findings.push(finding('name/not-utf8', prefix, { name: shown(parts[k]!) }));
  }
  return true;
}

/** A quick look over a whole path for what Windows refuses (and control characters); most paths pass. */
export const WINDOWS_HINT =
  /[<>:"|?*\\]|[. ](?:\/|$)|(?:^|\/)(?:con|prn|aux|nul|com\d|lpt\d)(?:\.[^/]*)?(?:\/|$)/i;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;
const WINDOWS_CHAR = /[<>:"|?*\\]/;

/** Names a colleague on Windows could not check out: a warning on the first such name of the path. */
function windowsUnsafe(ctx: WalkContext, fsPath: string): void {
  const parts = fsPath.split('/');
  for (let k = 0; k < parts.length; k++) {
    const name = parts[k]!;
    const char =
      WINDOWS_CHAR.exec(name)?.[0] ??
      (hasControlCharacters(name) ? visibleText(name).match(/[\u2400-\u2421]/)?.[0] : undefined);
    const reason = WINDOWS_DEVICE.test(name)
      ? 'reserved'
      : /[. ]$/.test(name)
        ? 'trailing'
        : char !== undefined
          ? 'character'
          : undefined;
    if (reason === undefined) continue;
    const prefix = parts.slice(0, k + 1).join('/');
    if (ctx.reported.has(prefix)) return;
    ctx.reported.add(prefix);
    const data = { name: shown(name), reason, ...(char !== undefined ? { char: visibleText(char) } : {}) };
    ctx.findings.push({ ...finding('name/windows-unsafe', prefix, data), severity: 'warning' });
    return;
  }
}

/** A name that displays otherwise than it is spelt: a warning on the first such name of the path. */
function hiddenDirection(ctx: WalkContext, fsPath: string): void {
  const parts = fsPath.split('/');
  const k = parts.findIndex((name) => DIRECTION_CONTROLS.test(name));
  const prefix = parts.slice(0, k + 1).join('/');
  if (ctx.reported.has(`direction:${prefix}`)) return;
  ctx.reported.add(`direction:${prefix}`);
  ctx.findings.push({
    ...finding('name/hidden-direction', prefix, { name: shown(parts[k]!) }),
    severity: 'warning',
  });
}

interface WalkContext {
  root: string;
  rootReal: string;
  files: ListedFile[];
  findings: Finding[];
  /** Path prefixes already reported as not UTF-8 or unsafe on Windows: each is said once. */
  reported: Set<string>;
  /** Real folders already walked through a symlink: links that fan out must not multiply the walk. */
  followed: Set<string>;
  /** The symlinks listed (as git spells them). */
  links: string[];
}

const MAX_DEPTH = 40;

function walk(ctx: WalkContext, dir: string, committed: boolean | undefined, depth: number): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(ctx.root, dir), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A folder that vanished mid-scan is simply gone; one we may not read is worth saying.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      ctx.findings.push(finding('repo/unreadable', dir || '.', { detail: code ?? 'unknown' }));
    }
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (isIgnoredName(name) || (dir === '' && (name === OUTPUT_DIR || DRIVE_FOLDERS.test(name)))) continue;
    const path = dir ? `${dir}/${name}` : name;
    if (name.includes(REPLACEMENT) && garbled(ctx, path)) continue;
    if (entry.isDirectory()) walk(ctx, path, committed, depth + 1);
    else if (entry.isSymbolicLink()) followLink(ctx, path, committed, depth);
    else if (entry.isFile()) keep(ctx, { path: shown(path), fsPath: path, committed });
  }
}

/** A symlink counts as what it points to, but only inside the repo and only when it ends somewhere. */
function followLink(ctx: WalkContext, path: string, committed: boolean | undefined, depth: number): void {
  const abs = join(ctx.root, path);
  let target: string;
  try {
    target = realpathSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') ctx.findings.push(finding('repo/symlink-loop', path, {}));
    else if (code === 'ENOENT') ctx.findings.push(finding('repo/symlink-broken', path, {}));
    else ctx.findings.push(finding('repo/unreadable', path, { detail: code ?? 'unknown' }));
    return;
  }
  if (target !== ctx.rootReal && !target.startsWith(ctx.rootReal + sep)) {
    ctx.findings.push(finding('repo/symlink-outside', path, { target }));
    return;
  }
  let isDir: boolean;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    return;
  }
  if (!isDir) {
    keep(ctx, { path: shown(path), fsPath: path, committed });
    return;
  }
  // A folder link pointing at one of its own ancestors would be walked for ever.
  const parentReal = safeRealpath(dirname(abs));
  if (depth >= MAX_DEPTH || !parentReal || parentReal === target || parentReal.startsWith(target + sep)) {
    ctx.findings.push(finding('repo/symlink-loop', path, {}));
    return;
  }
  // Two links to one folder would count its files twice (and a ladder of them doubles at every rung).
  if (ctx.followed.has(target)) {
    ctx.findings.push({ ...finding('repo/symlink-again', path, {}), severity: 'warning' });
    return;
  }
  ctx.followed.add(target);
  walk(ctx, path, committed, depth + 1);
}

function isSymlink(abs: string): boolean | undefined {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return undefined;
  }
}

function safeRealpath(abs: string): string | undefined {
  try {
    return realpathSync(abs);
  } catch {
    return undefined;
  }
}

/** What reports show: NFC, and control characters (escape sequences, line breaks) as visible symbols. */
function shown(path: string): string {
  const normal = nfc(path);
  return hasControlCharacters(normal) ? visibleText(normal) : normal;
}

function finding(code: string, path: string, data: Finding['data']): Finding {
  return { severity: 'error', code, path: shown(path), data };
}
