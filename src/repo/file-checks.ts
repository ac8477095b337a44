// Lint-only checks that must look at the files themselves: empty files and the same content filed
// twice. Sizes come from one stat per evidence file; only files whose sizes collide are hashed.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceFile, Finding, RepoScan } from '../types.js';
import { compare } from './build-events.js';

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
  size: number;
  /** Known without reading: the LFS object id, which is the SHA-256 of the content. */
  sha256?: string;
}

/** `file/empty` and `file/duplicate` findings; marks LFS pointers (`file.lfs`) as it meets them. */
export async function checkFiles(scan: RepoScan): Promise<Finding[]> {
  const findings: Finding[] = [];
  const bySize = new Map<number, Candidate[]>();
  for (const unit of scan.units) {
    for (const indicator of unit.indicators) {
      for (const event of indicator.events) {
        for (const entry of event.entries) {
          for (const file of entry.files) {
            const candidate = measure(scan.root, file, unit.unit.id, indicator.id);
            if (!candidate) continue;
            if (candidate.size === 0) {
              findings.push(finding('error', 'file/empty', candidate, { lfs: file.lfs }));
              continue;
            }
            const list = bySize.get(candidate.size);
            if (list) list.push(candidate);
            else bySize.set(candidate.size, [candidate]);
          }
        }
      }
    }
  }
  const byHash = new Map<string, Candidate[]>();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    for (const candidate of group) {
      const hash = candidate.sha256 ?? (await hashFile(candidate.abs, candidate.size));
      if (hash === undefined) continue;
      const list = byHash.get(hash);
      if (list) list.push(candidate);
      else byHash.set(hash, [candidate]);
    }
  }
  for (const group of byHash.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => compare(a.file.path, b.file.path));
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

function measure(root: string, file: EvidenceFile, unit: string, indicator: number): Candidate | undefined {
  const abs = join(root, file.fsPath ?? file.path);
  let size: number;
  try {
    size = statSync(abs).size;
  } catch {
    // Gone since it was listed: nothing to say about it.
    return undefined;
  }
  const candidate: Candidate = { file, unit, indicator, abs, size };
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

async function hashFile(abs: string, size: number): Promise<string | undefined> {
  if (size <= READ_WHOLE) {
    try {
      return createHash('sha256').update(readFileSync(abs)).digest('hex');
    } catch {
      return undefined;
    }
  }
  return new Promise((resolve) => {
    const hash = createHash('sha256');
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

/** `git/uncommitted`: one warning per dated file or event folder that has files not yet committed. */
export function uncommittedFindings(scan: RepoScan): Finding[] {
  const findings: Finding[] = [];
  if (!scan.isGit) return findings;
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
