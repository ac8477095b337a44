// The yaml library's syntax errors in the user's terms: which mistake it is (`reason`) and the bits a
// message needs to say what to do. Only the first error is shown: the rest are nearly always its echo.
import { type Document, isMap, isPair, isScalar, type LineCounter, visit, type YAMLError } from 'yaml';
import type { ErrorData, Problem } from '../errors.js';
import { visibleText } from '../visible-text.js';

/** The earliest error in the text; the parser's order breaks ties. */
export function firstError(errors: readonly YAMLError[]): YAMLError {
  return errors.reduce((best, e) => (e.pos[0] < best.pos[0] ? e : best));
}

export function yamlErrorProblem(
  file: string,
  text: string,
  lines: LineCounter,
  doc: Document,
  error: YAMLError,
): Problem {
  const pos = lines.linePos(error.pos[0]);
  const at = { file, line: pos.line, column: pos.col };
  const detail = error.message.split('\n')[0]!.trim();
  if (error.code === 'TAB_AS_INDENT') return { ...at, code: 'yaml/tab-indent', data: { detail } };
  if (error.code === 'DUPLICATE_KEY') {
    return { ...at, code: 'yaml/duplicate-key', data: { detail, ...duplicateOf(doc, lines, error.pos[0]) } };
  }
  return { ...at, code: 'yaml/syntax', data: { detail, ...explain(error, text, pos.line) } };
}

function explain(error: YAMLError, text: string, line: number): ErrorData {
  const message = error.message;
  const char = charAt(text, error.pos[0]);
  switch (error.code) {
    case 'BAD_INDENT':
      if (/^Flow (sequence|map)/.test(message)) return unclosed(message, text, line);
      return { reason: 'indent' };
    case 'MISSING_CHAR':
      if (message.startsWith('Missing closing')) return unclosedQuote(message, text, line);
      if (message.startsWith('Sequence item without')) return { reason: 'missing-dash' };
      if (message.startsWith('Implicit map keys')) return { reason: 'not-key-value' };
      if (message.startsWith('Missing space after')) return { reason: 'missing-space' };
      if (/^Missing ,/.test(message)) return { reason: 'missing-comma' };
      if (message.startsWith('Comments must be')) return { reason: 'comment-space' };
      if (/directives-end/.test(message)) return { reason: 'directive' };
      return { reason: 'anchor' };
    case 'MULTILINE_IMPLICIT_KEY':
      return { reason: 'not-key-value' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { reason: 'nested-mapping' };
    case 'UNEXPECTED_TOKEN':
      return char.trim() ? { reason: 'unexpected', char } : { reason: 'unexpected' };
    case 'BAD_SCALAR_START':
      return { reason: 'reserved-start', char };
    case 'BAD_DQ_ESCAPE':
      return { reason: 'bad-escape' };
    case 'MULTIPLE_DOCS':
      return { reason: 'multiple-docs' };
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'BAD_PROP_ORDER':
      return { reason: 'anchor' };
    case 'TAG_RESOLVE_FAILED':
    case 'MULTIPLE_TAGS':
    case 'BAD_COLLECTION_TYPE':
      return { reason: 'tag' };
    case 'BAD_DIRECTIVE':
      return { reason: 'directive' };
    case 'KEY_OVER_1024_CHARS':
      return { reason: 'key-too-long' };
    default:
      return { reason: 'other' };
  }
}

function charAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** A `[` or `{` never closed: name the bracket and, when it can be found, the line it opened on. */
function unclosed(message: string, text: string, line: number): ErrorData {
  const [open, close] = message.startsWith('Flow sequence') ? ['[', ']'] : ['{', '}'];
  const lines = text.split('\n');
  for (let n = Math.min(line, lines.length); n >= 1; n--) {
    const l = lines[n - 1]!;
    if (l.split(open).length > l.split(close).length)
      return { reason: 'unclosed-bracket', open, close, openLine: n };
  }
  return { reason: 'unclosed-bracket', open, close };
}

function unclosedQuote(message: string, text: string, line: number): ErrorData {
  const quote = message.includes("'") && !message.includes('"') ? "'" : '"';
  const lines = text.split('\n');
  for (let n = Math.min(line, lines.length); n >= 1; n--) {
    if (lines[n - 1]!.split(quote).length % 2 === 0) return { reason: 'unclosed-quote', quote, openLine: n };
  }
  return { reason: 'unclosed-quote', quote };
}

/** The key written twice and the line it was first written on. */
function duplicateOf(doc: Document, lines: LineCounter, offset: number): ErrorData {
  let found: ErrorData = {};
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const index = map.items.findIndex(
        (p) => isPair(p) && (p.key as { range?: number[] })?.range?.[0] === offset,
      );
      if (index < 0) return undefined;
      const key = keyText(map.items[index]!.key);
      const shown = visibleText(key);
      const first = map.items.slice(0, index).find((p) => keyText(p.key) === key);
      const firstOffset = (first?.key as { range?: number[] } | undefined)?.range?.[0];
      found =
        firstOffset === undefined
          ? { key: shown }
          : { key: shown, firstLine: lines.linePos(firstOffset).line };
      return visit.BREAK;
    },
  });
  return found;
}

function keyText(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}
