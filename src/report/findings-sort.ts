// One order for findings everywhere: by path, then code, then line — the same on every machine.
import type { Finding } from '../types.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.path ?? '', b.path ?? '') ||
      cmp(a.code, b.code) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(JSON.stringify(a.data), JSON.stringify(b.data)),
  );
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** `path:line:column`, as far as known. */
export function location(f: Finding): string {
  if (f.path === undefined) return '';
  if (f.line === undefined) return f.path;
  return `${f.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
}
