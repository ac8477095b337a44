// Build evidence repos in temp dirs from a compact spec, for scan, lint, check and compile tests.
//
//   const dir = makeRepo({
//     config: { units: [{ id: 'zb1', name: '第一党支部', dir: '第一党支部', level: 'branch' }] }, // merged over DEFAULT_CONFIG
//     files: {
//       '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf': 'pdf bytes',   // string or Uint8Array
//       '第一党支部/05 专题学习/20200401_会议记录_支委会/IMG_1.jpg': { size: 2048 },   // filler bytes
//       '第一党支部/05 专题学习/2020-05-01 图片 活动.jpg': { lfs: 'the real photo' }, // an LFS pointer
//       '第一党支部/01/link.pdf': { symlink: '/etc/hosts' },                          // a symlink
//       '第一党支部/02 空/': {},                                                      // an empty folder
//     },
//     git: true,                    // git init + commit everything; or { commit: ['path', …] } / { commit: false }
//   });
//   const before = hashTree(dir); …run something…; expect(hashTree(dir)).toBe(before);
//
// `config: false` writes no dangjian.yaml; `config: 'raw yaml text'` writes it verbatim.
// Files are written in the order given; folders are created as needed. Paths are POSIX.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export interface FileSpec {
  /** File content (default: a few bytes naming the file, so no two files are the same). */
  content?: string | Uint8Array;
  /** Write `size` bytes of filler that is unique to this path. */
  size?: number;
  /** Write a Git LFS pointer standing for this content instead of the content itself. */
  lfs?: string;
  /** Make a symlink to this target (relative or absolute) instead of a file. */
  symlink?: string;
}

export interface ConfigSpec {
  org?: string;
  year?: number;
  catalog?: string | number;
  units?: { id: string; name: string; dir: string; level: string }[];
  responsibilities?: Record<string, unknown>;
  scoring?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface RepoSpec {
  /** Merged over DEFAULT_CONFIG; a string is written verbatim; `false` writes no dangjian.yaml. */
  config?: ConfigSpec | string | false;
  /** Path → content. A path ending in `/` is an (empty) folder. */
  files?: Record<string, string | Uint8Array | FileSpec>;
  /** `true`: git init and commit everything. `{ commit: [...] }`: commit only those paths. */
  git?: boolean | { commit?: boolean | string[] };
  /** Create the repo inside this existing folder instead of a new temp dir. */
  dir?: string;
}

export const DEFAULT_CONFIG: ConfigSpec = {
  org: '河南省水文水资源局机关党委',
  year: 2020,
  catalog: 2020,
  units: [
    { id: 'jgdw', name: '局机关党委', dir: '局机关党委', level: 'org' },
    { id: 'zb1', name: '机关第一党支部', dir: '第一党支部', level: 'branch' },
  ],
};

export function tempDir(prefix = 'dangjian-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function lfsPointer(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const oid = createHash('sha256').update(bytes).digest('hex');
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${bytes.length}\n`;
}

export function makeRepo(spec: RepoSpec = {}): string {
  const root = spec.dir ?? tempDir();
  if (spec.config !== false) {
    const text =
      typeof spec.config === 'string'
        ? spec.config
        : stringify({ ...DEFAULT_CONFIG, ...(spec.config ?? {}) });
    writeFileSync(join(root, 'dangjian.yaml'), text);
  }
  for (const [path, value] of Object.entries(spec.files ?? {})) writeEntry(root, path, value);
  if (spec.git) commitAll(root, spec.git === true ? {} : spec.git);
  return root;
}

function writeEntry(root: string, path: string, value: string | Uint8Array | FileSpec): void {
  const abs = join(root, path);
  if (path.endsWith('/')) {
    mkdirSync(abs, { recursive: true });
    return;
  }
  mkdirSync(dirname(abs), { recursive: true });
  if (typeof value === 'string' || value instanceof Uint8Array) {
    writeFileSync(abs, value);
  } else if (value.symlink !== undefined) {
    symlinkSync(value.symlink, abs);
  } else if (value.lfs !== undefined) {
    writeFileSync(abs, lfsPointer(value.lfs));
  } else if (value.size !== undefined) {
    const seed = Buffer.from(`${path}\n`);
    const bytes = Buffer.alloc(value.size);
    for (let i = 0; i < value.size; i++) bytes[i] = seed[i % seed.length]!;
    writeFileSync(abs, bytes);
  } else {
    writeFileSync(abs, value.content ?? `evidence: ${path}\n`);
  }
}

/** Run git in `cwd` with a fixed identity and no user or system config getting in the way. */
export function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd,
    input,
    encoding: 'utf8',
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: '组织委员',
      GIT_AUTHOR_EMAIL: 'zzwy@example.org',
      GIT_COMMITTER_NAME: '组织委员',
      GIT_COMMITTER_EMAIL: 'zzwy@example.org',
      GIT_AUTHOR_DATE: '2020-07-01T10:00:00+08:00',
      GIT_COMMITTER_DATE: '2020-07-01T10:00:00+08:00',
    },
  });
}

/** `git init` (if needed) and commit all files, or only `commit` paths when a list is given. */
export function commitAll(root: string, options: { commit?: boolean | string[] } = {}): void {
  if (!lstatExists(join(root, '.git'))) git(root, ['init', '-q', '-b', 'main']);
  if (options.commit === false) return;
  if (Array.isArray(options.commit)) git(root, ['add', '--', ...options.commit]);
  else git(root, ['add', '-A']);
  git(root, ['commit', '-q', '--allow-empty', '-m', '台账']);
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A fingerprint of everything under `root` except `.git`: names, kinds, contents, symlink targets,
 * sizes and modification times. Equal before and after means nothing was written, moved or touched.
 */
export function hashTree(root: string): string {
  const hash = createHash('sha256');
  const visit = (rel: string) => {
    const entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (path === '.git') continue;
      const abs = join(root, path);
      const stat = lstatSync(abs);
      hash.update(`${path}\0${stat.mode}\0${stat.mtimeMs}\0`);
      if (entry.isSymbolicLink()) hash.update(`-> ${readlinkSync(abs)}\0`);
      else if (entry.isDirectory()) visit(path);
      else hash.update(readFileSync(abs));
    }
  };
  visit('');
  return hash.digest('hex');
}
