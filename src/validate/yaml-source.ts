// Read a YAML file people wrote by hand: decode safely, parse with positions, refuse hostile input.
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type Problem, ProblemsError } from '../errors.js';

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The parsed value, or undefined for an empty document. */
  value: unknown;
}

export interface Position {
  line: number;
  column: number;
}

const MAX_ALIASES = 100;

/** Decode bytes as UTF-8 (BOM allowed); anything else is refused with a "save as UTF-8" problem. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemsError([{ file, line: 1, column: 1, code: 'yaml/not-utf8', data: {} }]);
  }
  if (looksLikeGbk(bytes, text)) {
    throw new ProblemsError([{ file, line: 1, column: 1, code: 'yaml/not-utf8', data: {} }]);
  }
  return text;
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

/** Parse YAML text; every syntax problem is reported at once with its line and column. */
export function parseYaml(file: string, text: string, maxBytes = 1024 * 1024): YamlSource {
  if (text.length > maxBytes) {
    throw new ProblemsError([
      { file, line: 1, column: 1, code: 'yaml/too-large', data: { limit: maxBytes } },
    ]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0]);
    problems.push({
      file,
      line: pos.line,
      column: pos.col,
      code: yamlErrorCode(error.code),
      data: { detail: firstLine(error.message) },
    });
  }
  if (problems.length > 0) throw new ProblemsError(problems);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new ProblemsError([
      { file, line: 1, column: 1, code: 'yaml/alias-bomb', data: { detail: firstLine(String(error)) } },
    ]);
  }
  return { file, doc, lines, value: value ?? undefined };
}

function yamlErrorCode(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'yaml/duplicate-key';
  if (code === 'TAB_AS_INDENT') return 'yaml/tab-indent';
  return 'yaml/syntax';
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
