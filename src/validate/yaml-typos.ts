// Slips people make typing YAML with a Chinese input method, found in the text itself: a full-width
// colon, no space after a colon, full-width spaces as indentation, and git merge-conflict markers.
// The parser's own words for these ("Implicit keys need to be on a single line") help nobody.

export type TypoReason = 'merge-conflict' | 'full-width-colon' | 'missing-space' | 'full-width-indent';

export interface Typo {
  reason: TypoReason;
  /** 1-based, ascending, unique. */
  lines: number[];
  /** 1-based column of the first one. */
  column: number;
  /** missing-space only: the colon is followed by a full-width space rather than nothing. */
  fullWidthSpace?: boolean;
  /** The first such line as it should read, trimmed (not for merge-conflict). */
  corrected?: string;
}

/** One place to change: replace `length` characters at `index` of line `line` with `text`. */
interface Hit {
  line: number;
  index: number;
  length: number;
  text: string;
  /** 1-based column to report: the full-width colon, the colon lacking its space, the indentation. */
  column: number;
  fullWidthSpace?: boolean;
  /** Where the key starts, and whether it sits in `{…}` (its pair then ends at the next `,` or `}`). */
  keyStart?: number;
  flow?: boolean;
}

const CONFLICT = /^(?:<{7}|={7}|>{7}|\|{7})(?:[ \t]|$)/;
const IDEOGRAPHIC_SPACE = '\u3000';

// A key as people write one: a word, no spaces, not starting with YAML syntax. `\s` covers U+3000.
const KEY = String.raw`[^\s:：#'"{}\[\],&*!|>%@\x60-][^\s:：{}\[\],]*?`;
const BLOCK_PREFIX = '^([ ]*(?:-[ ]+)*)';
const FLOW_PREFIX = '([{,][ ]*)';
const FULL_WIDTH_COLON = [
  new RegExp(`${BLOCK_PREFIX}(${KEY})[ \\u3000]*：`, 'dg'),
  new RegExp(`${FLOW_PREFIX}(${KEY})[ \\u3000]*：`, 'dg'),
];
// After the colon: anything but a space, a tab, the end, or the start of a path (`C:\`, `http://`).
const MISSING_SPACE = [
  new RegExp(`${BLOCK_PREFIX}(${KEY}):(?=[^ \\t/\\\\])`, 'dg'),
  new RegExp(`${FLOW_PREFIX}(${KEY}):(?=[^ \\t,}\\]/\\\\])`, 'dg'),
];
const LEADING_FULL_WIDTH = /^[ \u3000]*\u3000[ \u3000]*(?=[^ \u3000\t])/;
/** A key or list item introducing a block scalar (`备注: |`): the lines under it are free text. */
const BLOCK_SCALAR = /(?:^|[ ]|:)[|>][0-9+-]*[ \t]*(?:#.*)?$/;

/** The text's lines without CR, the BOM and the line ends; line n is `lines[n - 1]`. */
function splitLines(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .split('\n')
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/** Git merge-conflict markers anywhere in the file (they are never valid content). */
export function findConflictMarkers(text: string): Typo | undefined {
  if (!/^(?:<{7}|>{7})/m.test(text)) return undefined;
  const lines = splitLines(text);
  const hits = lines.flatMap((line, i) => (CONFLICT.test(line) ? [i + 1] : []));
  if (!hits.some((n) => /^[<>]/.test(lines[n - 1]!))) return undefined;
  return { reason: 'merge-conflict', lines: hits, column: 1 };
}

/**
 * The first slip (by line) whose correction `improves` the text, looking only at lines up to
 * `lastLine`. A slip is only reported when fixing it helps, so text that merely looks like one (a
 * `张三：组长` inside a list, a URL) is never blamed.
 */
export function findTypo(
  text: string,
  improves: (fixed: string) => boolean,
  lastLine = Number.POSITIVE_INFINITY,
): Typo | undefined {
  const lines = splitLines(text);
  const found: Typo[] = [];
  for (const reason of ['full-width-indent', 'full-width-colon', 'missing-space'] as const) {
    const hits = candidates(lines, reason).filter((h) => h.line <= lastLine);
    if (hits.length === 0) continue;
    const fixed = applyHits(lines, hits);
    if (!improves(fixed.join('\n'))) continue;
    const first = hits[0]!;
    const typo: Typo = {
      reason,
      lines: [...new Set(hits.map((h) => h.line))],
      column: first.column,
    };
    if (reason !== 'full-width-indent') typo.corrected = correctedPair(lines[first.line - 1]!, first);
    if (hits.some((h) => h.fullWidthSpace)) typo.fullWidthSpace = true;
    found.push(typo);
  }
  return found.sort((a, b) => a.lines[0]! - b.lines[0]!)[0];
}

function candidates(lines: string[], reason: Exclude<TypoReason, 'merge-conflict'>): Hit[] {
  const hits: Hit[] = [];
  let blockIndent = -1;
  lines.forEach((line, i) => {
    const indent = /^ */.exec(line)![0].length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) return;
      blockIndent = -1;
    }
    if (/^[ \u3000]*#/.test(line) || line.trim() === '') return;
    if (BLOCK_SCALAR.test(line.replace(/[ \t]+#.*$/, ''))) blockIndent = indent;
    hits.push(...lineHits(line, i + 1, reason));
  });
  return hits;
}

function lineHits(line: string, n: number, reason: Exclude<TypoReason, 'merge-conflict'>): Hit[] {
  if (reason === 'full-width-indent') {
    const m = LEADING_FULL_WIDTH.exec(line);
    if (!m) return [];
    const text = m[0].replaceAll(IDEOGRAPHIC_SPACE, '  ');
    return [{ line: n, index: 0, length: m[0].length, text, column: 1 }];
  }
  const patterns = reason === 'full-width-colon' ? FULL_WIDTH_COLON : MISSING_SPACE;
  const hits: Hit[] = [];
  patterns.forEach((pattern, flowPattern) => {
    for (const m of line.matchAll(pattern)) {
      const end = m.indices![0]![1];
      const where = { line: n, keyStart: m.indices![2]![0], flow: flowPattern === 1 };
      if (reason === 'full-width-colon') {
        // The colon and any spaces after it become one colon and one space.
        const spaces = /^[ \u3000]*/.exec(line.slice(end))![0].length;
        hits.push({ ...where, index: end - 1, length: 1 + spaces, text: ': ', column: end });
      } else if (line[end] === IDEOGRAPHIC_SPACE) {
        hits.push({ ...where, index: end, length: 1, text: ' ', column: end + 1, fullWidthSpace: true });
      } else {
        hits.push({ ...where, index: end, length: 0, text: ' ', column: end });
      }
    }
  });
  return hits.sort((a, b) => a.index - b.index);
}

/** `key: value` as it should read, from the key to the end of its pair. */
function correctedPair(line: string, hit: Hit): string {
  const fixed = line.slice(0, hit.index) + hit.text + line.slice(hit.index + hit.length);
  const pair = fixed.slice(hit.keyStart ?? 0);
  const end = hit.flow ? pair.search(/[,}]/) : -1;
  return (end >= 0 ? pair.slice(0, end) : pair).trim();
}

function applyHits(lines: string[], hits: Hit[]): string[] {
  const out = [...lines];
  // Right to left, so earlier indexes on the same line stay valid.
  for (const h of [...hits].sort((a, b) => b.line - a.line || b.index - a.index)) {
    const line = out[h.line - 1]!;
    out[h.line - 1] = line.slice(0, h.index) + h.text + line.slice(h.index + h.length);
  }
  return out;
}
