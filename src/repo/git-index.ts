// git's index file read directly: what `git ls-files -s` prints, without starting a process that
// would compete with `git status` for the machine's cores. Only the forms read here with certainty
// are accepted (versions 2–4, SHA-1 or SHA-256, no split or sparse index); for anything else the
// caller asks git itself.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { GitFile } from './git-files.js';
import { nfc } from './nfc.js';

/** Bigger than any real index (a 100k-file repo's is ~15 MB): leave it to git. */
const MAX_INDEX_BYTES = 512 * 1024 * 1024;

const SIGNATURE = 0x44495243; // 'DIRC'
const MODE_TYPE = 0o170000;
const MODE_SYMLINK = 0o120000;
const MODE_GITLINK = 0o160000;
const MODE_DIR = 0o040000;
/** The modes git writes for an entry; any other and the index is not one read here. */
const MODES = new Set([0o100644, 0o100755, MODE_SYMLINK, MODE_GITLINK]);
const FLAG_EXTENDED = 0x4000;
/** Version 3's second flags word: only skip-worktree and intent-to-add are defined (git refuses others). */
const EXTENDED_KNOWN = 0x4000 | 0x2000;
const NAME_MASK = 0x0fff;
/**
 * Version 4 rebuilds each path from the one before, so a small hostile index (`a`, `aa`, `aaa`…)
 * could spell gigabytes of paths. An entry takes at least 64 bytes, so this many times the index's
 * size still reads paths of 2 KB on average (deep Chinese folders spell a few hundred bytes):
 * beyond it, leave the index to git.
 */
const MAX_PATH_BYTES_PER_INDEX_BYTE = 32;
/** git's ids of the empty blob, for SHA-1 and SHA-256 repositories. */
export const EMPTY_BLOBS = new Set([
  'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
  '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813',
]);
/** The empty blob's id in bytes, by hash length: compared in place, so no id string is made. */
const EMPTY_IDS = new Map([...EMPTY_BLOBS].map((hex) => [hex.length / 2, Buffer.from(hex, 'hex')]));

/**
 * The files the index at `file` tracks under `prefix` (a folder of the work tree, `''` or `dir/`),
 * relative to it, as `readIndex` makes them from `ls-files -s`; undefined when the index is in a
 * form not read here (or cannot be read), so the caller lists with git instead.
 */
export function readIndexFile(
  file: string,
  prefix: string,
  objectFormat: string,
  blobs = true,
): GitFile[] | undefined {
  const hashBytes = objectFormat === 'sha1' ? 20 : objectFormat === 'sha256' ? 32 : 0;
  if (hashBytes === 0) return undefined;
  const bytes = readWhole(file);
  return bytes && parseIndex(bytes, Buffer.from(prefix, 'utf8'), hashBytes, blobs);
}

function readWhole(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_INDEX_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Exported for tests: the entries of an index file's bytes, or undefined for a form not read here. */
export function parseIndex(
  bytes: Buffer,
  prefix: Buffer,
  hashBytes: number,
  blobs = true,
): GitFile[] | undefined {
  const size = bytes.length;
  if (size < 12 + hashBytes || bytes.readUInt32BE(0) !== SIGNATURE) return undefined;
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = bytes.readUInt32BE(8);
  const end = size - hashBytes;
  const emptyId = EMPTY_IDS.get(hashBytes);
  const files: GitFile[] = [];
  // A file in a merge conflict has one entry per stage; keep it once, as ls-files' first line.
  let lastConflicted = '';
  // Version 4 spells each path as a cut of the previous one plus a new tail.
  let previous: Buffer = Buffer.alloc(0);
  let pathBytes = 0;
  const maxPathBytes = MAX_PATH_BYTES_PER_INDEX_BYTE * size + 65536;
  let at = 12;
  for (let i = 0; i < count; i++) {
    const flagsAt = at + 40 + hashBytes;
    if (flagsAt + 2 > end) return undefined;
    const mode = bytes.readUInt32BE(at + 24);
    const flags = bytes.readUInt16BE(flagsAt);
    let nameAt = flagsAt + 2;
    if (flags & FLAG_EXTENDED) {
      if (version < 3 || bytes.readUInt16BE(nameAt) & ~EXTENDED_KNOWN) return undefined;
      nameAt += 2;
    }
    // The path's bytes: in the index itself, or (version 4) rebuilt from the previous one.
    let source = bytes;
    let start = nameAt;
    let stop: number;
    if (version === 4) {
      let strip = 0;
      let byte: number;
      do {
        if (nameAt >= end) return undefined;
        byte = bytes[nameAt++]!;
        if (strip > 0xffff) return undefined;
        strip = (strip << 7) | (byte & 0x7f);
        if (byte & 0x80) strip++;
      } while (byte & 0x80);
      const nul = bytes.indexOf(0, nameAt);
      if (nul < 0 || nul >= end || strip > previous.length) return undefined;
      pathBytes += previous.length - strip + nul - nameAt;
      if (pathBytes > maxPathBytes) return undefined;
      previous = Buffer.concat([previous.subarray(0, previous.length - strip), bytes.subarray(nameAt, nul)]);
      source = previous;
      start = 0;
      stop = previous.length;
      at = nul + 1;
    } else {
      const nul = bytes.indexOf(0, nameAt);
      if (nul < 0 || nul >= end) return undefined;
      stop = nul;
      // 1–8 NULs pad the entry to a multiple of eight bytes.
      at += (nul - at + 8) & ~7;
    }
    const length = flags & NAME_MASK;
    if (length !== NAME_MASK && length !== stop - start) return undefined;
    const type = mode & MODE_TYPE;
    // A sparse index folds whole folders into one entry: git expands them, not this reader.
    if (type === MODE_DIR || !MODES.has(mode)) return undefined;
    if (stop - start <= prefix.length || !hasPrefix(source, start, prefix)) continue;
    // Mode 160000 is a submodule: another repository's business.
    if (type === MODE_GITLINK) continue;
    const fsPath = source.toString('utf8', start + prefix.length, stop);
    // A conflicted path counts once, at its first stage that is not a submodule (as readIndex).
    if ((flags >> 12) & 3) {
      if (fsPath === lastConflicted) continue;
      lastConflicted = fsPath;
    }
    files.push({
      path: nfc(fsPath),
      fsPath,
      symlink: type === MODE_SYMLINK,
      committed: true,
      blob: blobs ? bytes.toString('hex', flagsAt - hashBytes, flagsAt) : undefined,
      empty: emptyId !== undefined && isId(bytes, flagsAt - hashBytes, emptyId),
    });
  }
  return at <= end && extensionsRead(bytes, at, end) ? files : undefined;
}

/**
 * The extensions after the entries: well formed, and only optional ones (named in upper case:
 * caches such as `TREE`, `UNTR`, `REUC`). A lower-case name changes what the entries mean and must
 * be understood, as `link` (a split index, most entries in another file) and `sdir` (a sparse one)
 * do; those are git's business.
 */
function extensionsRead(bytes: Buffer, at: number, end: number): boolean {
  while (at < end) {
    if (at + 8 > end) return false;
    if (bytes[at]! < 0x41 || bytes[at]! > 0x5a) return false;
    at += 8 + bytes.readUInt32BE(at + 4);
  }
  return at === end;
}

/** The object id at `at` is `id`: byte by byte, which for almost every id stops at the first. */
function isId(bytes: Buffer, at: number, id: Buffer): boolean {
  for (let i = 0; i < id.length; i++) if (bytes[at + i] !== id[i]) return false;
  return true;
}

function hasPrefix(bytes: Buffer, at: number, prefix: Buffer): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}
