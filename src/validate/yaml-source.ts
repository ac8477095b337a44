// Read a YAML file people wrote by hand: decode safely, parse with positions, refuse hostile input.
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type Problem, ProblemsError } from '../errors.js';
import { visibleText } from '../visible-text.js';
import { firstError, yamlErrorProblem } from './yaml-errors.js';
import { findConflictMarkers, findTypo, type Typo } from './yaml-typos.js';

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The parsed value, or undefined for an empty document. */
  value: unknown;
  /** The text it was parsed from, to explain a schema problem that is really a typing slip. */
  text: string;
}

export interface Position {
  line: number;
  column: number;
}

const MAX_ALIASES = 100;

/** Decode bytes as UTF-8 (BOM allowed); anything else is refused with a "save as UTF-8" problem. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  const notUtf8 = (data: Record<string, string> = {}) =>
    new ProblemsError([{ file, line: 1, column: 1, code: 'yaml/not-utf8', data }]);
  const utf16 = utf16Of(bytes);
  if (utf16) throw notUtf8({ encoding: utf16 });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notUtf8();
  }
  if (looksLikeGbk(bytes, text)) throw notUtf8();
  return text;
}

/**
 * Notepad's "Unicode" is UTF-16 LE with a BOM. Without a BOM, YAML's ASCII (colons, spaces, line
 * ends) shows as NUL bytes all on one side of each pair; UTF-8 text never holds a NUL.
 */
function utf16Of(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (even + odd < 2) return undefined;
  if (odd >= 2 && even === 0) return 'UTF-16LE';
  if (even >= 2 && odd === 0) return 'UTF-16BE';
  return undefined;
}

/**
 * Short GBK text can also be valid UTF-8 (同时 → ͬʱ). Text with no CJK at all but with 2-byte UTF-8
 * letters (Greek, Cyrillic, IPA …) that reads as Chinese in GBK was saved as GBK.
 */
function looksLikeGbk(bytes: Uint8Array, text: string): boolean {
  if (!/[\u0080-\u07ff]/.test(text) || /[\u0800-\ufefe\uff00-\uffff]/.test(text)) return false;
  let gbk: string;
  try {
    gbk = new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return /[\u4e00-\u9fff]/.test(gbk) && !/[\u0080-\u07ff]/.test(gbk);
}

function parse(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  return { doc, lines };
}

/**
 * Parse YAML text. A syntax problem is reported as one problem: a typing slip (full-width colon, no
 * space after a colon, full-width indentation, merge-conflict markers) when that is the cause, else
 * the parser's first error in plain words. The errors after the first are nearly always its echo.
 */
export function parseYaml(file: string, text: string, maxBytes = 1024 * 1024): YamlSource {
  if (text.length > maxBytes) {
    throw new ProblemsError([
      { file, line: 1, column: 1, code: 'yaml/too-large', data: { limit: maxBytes } },
    ]);
  }
  const conflict = findConflictMarkers(text);
  if (conflict) throw new ProblemsError([typoProblem(file, conflict)]);
  const { doc, lines } = parse(text);
  if (doc.errors.length > 0) {
    const first = firstError(doc.errors);
    const line = lines.linePos(first.pos[0]).line;
    const typo = findTypo(text, (fixed) => parsesFurther(fixed, line), line);
    if (typo) throw new ProblemsError([typoProblem(file, typo)]);
    throw new ProblemsError([yamlErrorProblem(file, text, lines, doc, first)]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new ProblemsError([
      { file, line: 1, column: 1, code: 'yaml/alias-bomb', data: { detail: firstLine(String(error)) } },
    ]);
  }
  return { file, doc, lines, value: value ?? undefined, text };
}

/** Whether `fixed` parses cleanly, or at least gets past the line the original failed on. */
function parsesFurther(fixed: string, line: number): boolean {
  const { doc, lines } = parse(fixed);
  return doc.errors.length === 0 || lines.linePos(firstError(doc.errors).pos[0]).line > line;
}

/** The value of `text` when it parses cleanly, else undefined (for checking a corrected text). */
export function parsedValue(text: string): { value: unknown } | undefined {
  const { doc } = parse(text);
  if (doc.errors.length > 0) return undefined;
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? undefined };
  } catch {
    return undefined;
  }
}

export function typoProblem(file: string, typo: Typo): Problem {
  // At most ten line numbers, comma-separated; the message joins them in its own language.
  const data: Problem['data'] = { reason: typo.reason, lines: typo.lines.slice(0, 10).join(',') };
  if (typo.lines.length > 10) data.moreLines = typo.lines.length - 10;
  if (typo.fullWidthSpace) data.fullWidthSpace = true;
  if (typo.corrected) data.corrected = shorten(visibleText(typo.corrected), 40);
  return { file, line: typo.lines[0]!, column: typo.column, code: 'yaml/syntax', data };
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/**
 * Where a path (as ajv's instancePath segments) stands in the source. With `key`, the position of
 * the last segment's key rather than its value. Falls back to the nearest existing ancestor.
 */
export function locate(source: YamlSource, path: (string | number)[], key = false): Position {
  let node: unknown = source.doc.contents;
  let best = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      if (last && key) {
        best = offsetOf(pair.key) ?? best;
        break;
      }
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      break;
    }
    const offset = offsetOf(node);
    if (offset === undefined) break;
    best = offset;
  }
  const pos = source.lines.linePos(best);
  return { line: pos.line, column: pos.col };
}

function keyText(node: unknown): string {
  if (isScalar(node)) return String(node.value);
  return String(node);
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * The path as the user wrote it: an index into a list that the loader made from a single value
 * (`zb1: abc` read as `[abc]`) is dropped, so the message says `zb1`, not `zb1[0]`.
 */
export function writtenPath(source: YamlSource, path: (string | number)[]): (string | number)[] {
  const out: (string | number)[] = [];
  let node: unknown = source.doc.contents;
  for (const segment of path) {
    if (isMap(node)) {
      node = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment))?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else if (typeof segment === 'number' && node !== undefined) {
      continue;
    } else {
      node = undefined;
    }
    out.push(segment);
  }
  return out;
}
