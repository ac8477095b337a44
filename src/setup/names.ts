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

/** Split `扫描件.PDF` into base name and lower-case extension (without the dot). */
export function splitExtension(fileName: string): { base: string; ext: string } {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return { base: fileName, ext: '' };
  return { base: fileName.slice(0, dot), ext: fileName.slice(dot + 1).toLowerCase() };
}
