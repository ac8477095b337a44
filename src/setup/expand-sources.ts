// The file arguments of `add` as the user meant them. cmd.exe and PowerShell pass `*.jpg` on as
// typed (only Unix shells expand it), so patterns are expanded here. A name that exists is always
// taken as it is, even with `[ ]` or `*` in it.
import { lstatSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { DangjianError } from '../errors.js';
import { compare } from '../order.js';

/** More files than this from one pattern is a mistake (a folder too high up), not a batch of evidence. */
export const MAX_MATCHES = 500;

/** A file to add: where it is, and how the user wrote it (messages about it quote that). */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** The argument as typed, or for a pattern's match, the pattern's folder part with the match's name. */
  typed: string;
}

/** The files named, patterns expanded in name order; each file once. */
export function expandSources(cwd: string, args: string[]): SourceFile[] {
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const push = (path: string, typed: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      out.push({ path, typed });
    }
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (exists(abs)) {
      push(abs, arg);
      continue;
    }
    // On Windows a backslash separates folders; in a pattern it would escape the next character.
    const pattern = sep === '\\' ? arg.replaceAll('\\', '/') : arg;
    if (!fg.isDynamicPattern(pattern)) {
      push(abs, arg);
      continue;
    }
    // Not absolute: each match comes back written the way the pattern was (`../扫描/IMG_1.jpg`).
    const matches = fg.sync(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      unique: true,
      caseSensitiveMatch: sep !== '\\',
      suppressErrors: true,
      deep: 10,
    });
    if (matches.length === 0) throw new DangjianError('add/no-match', { pattern: arg });
    if (matches.length > MAX_MATCHES) {
      throw new DangjianError('add/too-many-matches', {
        pattern: arg,
        count: matches.length,
        max: MAX_MATCHES,
      });
    }
    const files = matches.map((m) => ({ abs: resolve(cwd, m), typed: m, key: m.normalize('NFC') }));
    files.sort((a, b) => compare(a.key, b.key));
    for (const file of files) push(file.abs, file.typed);
  }
  return out;
}

function exists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
