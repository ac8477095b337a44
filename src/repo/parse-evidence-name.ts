// Evidence names: `<date><sep><kind><sep><title>.<ext>` (a file) or the same without `.ext` (a folder).
// Pure: the kind vocabulary comes in as a resolver, so this file knows nothing about any catalog.

import { nfc } from './nfc.js';

export type KindResolver = (word: string) => string | undefined;

export interface EvidenceName {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The canonical kind. */
  kind: string;
  /** The kind word as written. */
  word: string;
  /** May be empty: `2020-03-15 学习记录.pdf` has no title. */
  title: string;
  /** Lower case, no dot; empty for folders and files without one. */
  ext: string;
}

export type NameProblemCode = 'name/no-date' | 'name/bad-date' | 'name/no-kind' | 'name/unknown-kind';

export interface NameProblem {
  problem: NameProblemCode;
  /** The date as written (bad-date) or as understood (no-kind, unknown-kind). */
  date?: string;
  /** For bad-date: the date written the right way, where it can be guessed. */
  suggestion?: string;
  /** For bad-date: the date is written in full-width digits (a Chinese input method). */
  fullWidth?: boolean;
  /** For unknown-kind: the word that was not recognised. */
  word?: string;
  ext: string;
}

/** Space (ASCII or full-width), tab, `_` or `-`, any number of them. */
const SEP = '[\\s\\u3000_\\-]';
const SEPS = new RegExp(`^${SEP}+|${SEP}+$`, 'g');
const FIRST_SEP = new RegExp(`${SEP}+`);
const DATE_FORMS: RegExp[] = [
  /^(\d{4})-(\d{2})-(\d{2})(?!\d)/,
  /^(\d{4})\.(\d{2})\.(\d{2})(?!\d)/,
  /^(\d{4})(\d{2})(\d{2})(?!\d)/,
];
/** Dates people write that are not one of the three forms: `2020-3-5`, `2020.3.5`, `2020年3月5日`. */
const LOOSE_DATE = /^(\d{4})(?:[-._](\d{1,2})[-._](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)(?!\d)/;
const EXT = /\.([A-Za-z0-9]{1,10})$/;

export function parseEvidenceName(
  name: string,
  resolve: KindResolver,
  options: { folder?: boolean } = {},
): EvidenceName | NameProblem {
  const text = nfc(name).trim();
  const extMatch = options.folder ? null : EXT.exec(text);
  const ext = extMatch ? extMatch[1]!.toLowerCase() : '';
  const date = readDate(text);
  if (!date) return { problem: 'name/no-date', ext };
  if ('problem' in date) return { ...date, ext };
  // The extension only counts when it comes after the date (`2020.03.15` is not a `.15` file).
  const bodyEnd = extMatch && extMatch.index >= date.length ? extMatch.index : text.length;
  const body = text.slice(date.length, bodyEnd).replace(SEPS, '');
  if (!body) return { problem: 'name/no-kind', date: date.iso, ext };
  const kind = readKind(body, resolve);
  if (!kind) {
    const word = body.split(FIRST_SEP)[0]!;
    return { problem: 'name/unknown-kind', date: date.iso, word, ext };
  }
  return { date: date.iso, kind: kind.kind, word: kind.word, title: tidy(kind.rest), ext };
}

interface ReadDate {
  iso: string;
  /** Characters of the name the date takes. */
  length: number;
}

function readDate(text: string): ReadDate | Omit<NameProblem, 'ext'> | undefined {
  for (const form of DATE_FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [y, mo, d] = [m[1]!, m[2]!, m[3]!];
    if (!isRealDate(Number(y), Number(mo), Number(d))) return { problem: 'name/bad-date', date: m[0] };
    return { iso: `${y}-${mo}-${d}`, length: m[0].length };
  }
  const loose = LOOSE_DATE.exec(text);
  if (loose) {
    const y = Number(loose[1]);
    const mo = Number(loose[2] ?? loose[4]);
    const d = Number(loose[3] ?? loose[5]);
    const suggestion = isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
    return { problem: 'name/bad-date', date: loose[0], suggestion };
  }
  // `２０２０－０３－１５`: typed with a Chinese input method. Read as half-width, it says which date.
  if (FULL_WIDTH_DATE.test(text.slice(0, 10))) {
    const half = text.slice(0, 12).replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const read = readDate(half);
    // The same number of characters either way: the date as written is the start of `text`.
    if (read && 'iso' in read) {
      return {
        problem: 'name/bad-date',
        date: text.slice(0, read.length),
        suggestion: read.iso,
        fullWidth: true,
      };
    }
    if (read) return { ...read, date: text.slice(0, String(read.date).length), fullWidth: true };
  }
  return undefined;
}

const FULL_WIDTH_DATE = /[\uff10-\uff19\uff0d\uff0e]/;
/** Full-width digits, `－`, `．` and `＿`: what a Chinese input method types for a date. */
const FULL_WIDTH = /[\uff10-\uff19\uff0d\uff0e\uff3f]/g;

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The kind is the first word after the date. When no separator follows it (`学习记录第一次专题学习`),
 * the longest leading part that is a kind word is taken.
 */
function readKind(
  body: string,
  resolve: KindResolver,
): { kind: string; word: string; rest: string } | undefined {
  const sep = FIRST_SEP.exec(body);
  const word = sep ? body.slice(0, sep.index) : body;
  const rest = sep ? body.slice(sep.index) : '';
  const whole = resolve(word);
  if (whole) return { kind: whole, word, rest };
  const chars = [...word];
  for (let n = chars.length - 1; n >= 2; n--) {
    const head = chars.slice(0, n).join('');
    const kind = resolve(head);
    if (kind) return { kind, word: head, rest: chars.slice(n).join('') + rest };
  }
  return undefined;
}

function tidy(title: string): string {
  return title.replace(SEPS, '').replace(/[\s\u3000]+/g, ' ');
}

/** Words in a file name that may be a kind: the pieces between separators, brackets and dots. */
const WORD_SPLIT = /[\s\u3000_\-.()（）[\]【】《》,，、]+/;

/**
 * The kind a file inside an event folder carries: a kind word in its name, else the kind its
 * extension implies (图片 for photos), else the folder's kind.
 */
export function kindOfInnerFile(
  name: string,
  resolve: KindResolver,
  kindForExt: (ext: string) => string | undefined,
  folderKind: string,
): string {
  const text = nfc(name);
  const extMatch = EXT.exec(text);
  const stem = extMatch ? text.slice(0, extMatch.index) : text;
  for (const piece of stem.split(WORD_SPLIT)) {
    const word = piece.replace(/^\d+|\d+$/g, '');
    if ([...word].length < 2) continue;
    const kind = resolve(word);
    if (kind) return kind;
  }
  return (extMatch && kindForExt(extMatch[1]!.toLowerCase())) || folderKind;
}
