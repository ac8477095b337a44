// Lint-only checks that look at the files themselves: the same content filed twice, and LFS pointers
// that stand for an empty file (empty files themselves are the scan's: they do not count). In a git
// repo a committed file's object id already names its content, so nothing is read; other files get
// one stat each, and only those whose sizes collide (or, in git, the few uncommitted ones) are hashed.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../order.js';
import type { EvidenceFile, Finding, RepoScan } from '../types.js';
import { ignoredPath } from './list-files.js';
import { placeFindings } from './repo-layout.js';

const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';
/** Pointer files are 120–140 bytes (`version`, `oid sha256:…`, `size N`); others are the content itself. */
const LFS_MIN = 100;
const LFS_MAX = 400;
/** Small files are hashed in one read; larger ones are streamed. */
const READ_WHOLE = 4 * 1024 * 1024;

interface Candidate {
  file: EvidenceFile;
  unit: string;
  indicator: number;
  abs: string;
  /** The content's size: for an LFS pointer, the size of the file it stands for. */
  size: number;
  /** The size of the file on disk. */
  diskSize: number;
  /** Known without reading: the LFS object id, which is the SHA-256 of the content. */
  sha256?: string;
}

/** `file/empty` and `file/duplicate` findings; marks LFS pointers (`file.lfs`) as it meets them. */
export async function checkFiles(scan: RepoScan): Promise<Finding[]> {
  const findings: Finding[] = [];
  /** Content key → file(s): git's object id in a git repo, the SHA-256 outside (one or the other). */
  const byContent = new Map<string, Candidate | Candidate[]>();
  const loose: Candidate[] = [];
  let blobAlgorithm: 'sha1' | 'sha256' | undefined;
  for (const unit of scan.units) {
    for (const indicator of unit.indicators) {
      for (const event of indicator.events) {
        for (const entry of event.entries) {
          for (const file of entry.files) {
            if (file.blob !== undefined) {
              blobAlgorithm ??= file.blob.length === 64 ? 'sha256' : 'sha1';
              // Committed files are never read: no path to join, nothing measured.
              const candidate = {
                file,
                unit: unit.unit.id,
                indicator: indicator.id,
                abs: '',
                size: -1,
                diskSize: -1,
              };
              push(byContent, file.blob, candidate);
              continue;
            }
            const abs = join(scan.root, file.fsPath ?? file.path);
            const candidate = measure(abs, file, unit.unit.id, indicator.id);
            if (!candidate) continue;
            // Empty files never get here (the scan leaves them out), but a pointer may stand for one.
            if (candidate.size === 0)
              findings.push(finding('error', 'file/empty', candidate, { lfs: file.lfs }));
            else loose.push(candidate);
          }
        }
      }
    }
  }
  if (blobAlgorithm !== undefined) {
    // Uncommitted files join the committed ones under git's own object id of their content.
    for (const candidate of loose) {
      const id = await hashFile(candidate.abs, candidate.diskSize, blobAlgorithm, true);
      if (id !== undefined) push(byContent, id, candidate);
    }
  } else {
    const bySize = new Map<number, Candidate | Candidate[]>();
    for (const candidate of loose) push(bySize, candidate.size, candidate);
    for (const group of bySize.values()) {
      if (!Array.isArray(group)) continue;
      for (const candidate of group) {
        const hash = candidate.sha256 ?? (await hashFile(candidate.abs, candidate.size, 'sha256', false));
        if (hash !== undefined) push(byContent, hash, candidate);
      }
    }
  }
  for (const group of byContent.values()) {
    if (!Array.isArray(group)) continue;
    // The original is the one whose name is not a copy's (`x(1).pdf`, `x - 副本.pdf`), then the first by name.
    group.sort(
      (a, b) => isCopyName(a.file.path) - isCopyName(b.file.path) || compare(a.file.path, b.file.path),
    );
    const original = group[0]!;
    for (const copy of group.slice(1)) {
      findings.push(
        finding('warning', 'file/duplicate', copy, {
          other: original.file.path,
          otherIndicator: original.indicator,
        }),
      );
    }
  }
  return findings;
}

/**
 * A name as Explorer, WeChat, a browser or the Mac's Finder gives a second copy: `x(1).pdf`,
 * `x - 副本.pdf`, `x - Copy.pdf`, `x 副本 2.pdf`.
 */
const COPY_NAME =
  /(?:\s*[-－]\s*(?:副本|copy)(?:\s*[（(]\d+[)）])?|\s*[（(]\d+[)）]|\s+(?:copy|副本)(?:\s*\d+)?)$/i;

function isCopyName(path: string): number {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return COPY_NAME.test(dot > 0 ? name.slice(0, dot) : name) ? 1 : 0;
}

/** Most contents are filed once: a list is made only for the second file with the same key. */
function push<K>(map: Map<K, Candidate | Candidate[]>, key: K, value: Candidate): void {
  const seen = map.get(key);
  if (seen === undefined) map.set(key, value);
  else if (Array.isArray(seen)) seen.push(value);
  else map.set(key, [seen, value]);
}

function measure(abs: string, file: EvidenceFile, unit: string, indicator: number): Candidate | undefined {
  let size: number;
  try {
    size = statSync(abs).size;
  } catch {
    // Gone since it was listed: nothing to say about it.
    return undefined;
  }
  const candidate: Candidate = { file, unit, indicator, abs, size, diskSize: size };
  if (size >= LFS_MIN && size <= LFS_MAX) {
    const pointer = readLfsPointer(abs);
    if (pointer) {
      file.lfs = true;
      candidate.size = pointer.size;
      candidate.sha256 = pointer.oid;
    }
  }
  return candidate;
}

/** The object a Git LFS pointer file stands for, or undefined when the file is not a pointer. */
export function readLfsPointer(abs: string): { oid: string; size: number } | undefined {
  let text: string;
  try {
    const fd = openSync(abs, 'r');
    try {
      const buffer = Buffer.alloc(LFS_MAX);
      const n = readSync(fd, buffer, 0, LFS_MAX, 0);
      text = buffer.subarray(0, n).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  if (!text.startsWith(LFS_HEADER)) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : undefined;
}

/**
 * A file's content hash; with `asGitBlob`, git's object id (the hash of `blob <size>\0` + content), so
 * that an uncommitted file compares with committed ones.
 */
async function hashFile(
  abs: string,
  size: number,
  algorithm: 'sha1' | 'sha256',
  asGitBlob: boolean,
): Promise<string | undefined> {
  const hash = createHash(algorithm);
  if (asGitBlob) hash.update(`blob ${size}\0`);
  if (size <= READ_WHOLE) {
    try {
      return hash.update(readFileSync(abs)).digest('hex');
    } catch {
      return undefined;
    }
  }
  return new Promise((resolve) => {
    createReadStream(abs)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', () => resolve(undefined));
  });
}

function finding(severity: Finding['severity'], code: string, c: Candidate, data: Finding['data']): Finding {
  return {
    severity,
    code,
    unit: c.unit,
    indicator: c.indicator,
    path: c.file.path,
    data: { ...data, indicator: c.indicator },
  };
}

/**
 * `git/uncommitted`: one warning per dated file or event folder that has files not yet committed;
 * `git/deleted`: one per file of a unit folder deleted but not yet committed (restorable until then);
 * `git/conflict`: one per file in an unresolved merge conflict.
 */
export function uncommittedFindings(scan: RepoScan): Finding[] {
  const findings: Finding[] = [];
  if (!scan.isGit) return findings;
  const gone = (scan.deleted ?? [])
    .filter((path) => !ignoredPath(path))
    .map((path): Finding => ({ severity: 'warning', code: 'git/deleted', path, data: { path } }));
  findings.push(...placeFindings(gone, scan.config.units).filter((f) => f.unit !== undefined));
  // Committing as it stands would keep one side of a conflict and drop the other without a word.
  const torn = (scan.conflicted ?? [])
    .filter((path) => !ignoredPath(path))
    .map((path): Finding => ({ severity: 'error', code: 'git/conflict', path, data: { path } }));
  findings.push(...placeFindings(torn, scan.config.units));
  for (const unit of scan.units) {
    for (const indicator of unit.indicators) {
      for (const event of indicator.events) {
        for (const entry of event.entries) {
          const count = entry.files.filter((f) => f.committed === false).length;
          if (count === 0) continue;
          findings.push({
            severity: 'warning',
            code: 'git/uncommitted',
            unit: unit.unit.id,
            indicator: indicator.id,
            path: entry.path,
            data: { count, folder: entry.isFolder },
          });
        }
      }
    }
  }
  return findings;
}
