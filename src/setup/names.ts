// Names we create must work on every machine a 党务干部 may open the repo on, Windows first.

/** Characters Windows refuses in a file name, plus control characters. */
const ILLEGAL = /[\\/:*?"<>|\p{Cc}]/u;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export type NameProblem = 'empty' | 'illegal-char' | 'edge' | 'reserved' | 'dots';

/** Why `name` cannot be a file or folder name on Windows, or undefined when it can. */
export function nameProblem(name: string): { problem: NameProblem; char?: string } | undefined {
  if (name.length === 0 || name.trim().length === 0) return { problem: 'empty' };
  if (name === '.' || name === '..') return { problem: 'dots' };
  const bad = ILLEGAL.exec(name);
  if (bad) return { problem: 'illegal-char', char: bad[0] };
  // Explorer silently drops leading/trailing spaces and trailing dots; a leading dot hides the file.
  if (/^[\s.]|[\s.]$/u.test(name)) return { problem: 'edge' };
  if (RESERVED.test(name)) return { problem: 'reserved' };
  return undefined;
}

/** Make a catalog title usable in a folder name: drop what Windows refuses, collapse spaces. */
export function safeTitle(title: string): string {
  return title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** `05 学习品牌建设`: the two-digit number decides the indicator, the title is for people. */
export function indicatorFolderName(id: number, title: string): string {
  const nn = String(id).padStart(2, '0');
  const t = safeTitle(title);
  return t ? `${nn} ${t}` : nn;
}

/** A date as people type it (`2020-07-01`, `20200701`, `2020.07.01`) → `2020-07-01`, if real. */
export function parseDate(text: string): string | undefined {
  const m = /^(\d{4})(?:([-.])?)(\d{2})\2(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${m[1]}-${m[3]}-${m[4]}`;
}

/** Split `扫描件.PDF` into base name and lower-case extension (without the dot). */
export function splitExtension(fileName: string): { base: string; ext: string } {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return { base: fileName, ext: '' };
  return { base: fileName.slice(0, dot), ext: fileName.slice(dot + 1).toLowerCase() };
}
