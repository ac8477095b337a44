// ajv's errors in the user's own terms: one problem per mistake, at its line, with the key as they
// wrote it, what they wrote, and what to write instead. A value that fits none of several accepted
// forms (anyOf/oneOf) is one problem saying what is accepted, never one contradiction per form.
import type { ErrorObject } from 'ajv';
import { didYouMean } from '../did-you-mean.js';
import type { ErrorData, Problem } from '../errors.js';
import { visibleText } from '../visible-text.js';
import type { SchemaName } from './schema-options.js';
import { locate, writtenPath, type YamlSource } from './yaml-source.js';

type Hint = { hintZh?: string; hintEn?: string };

interface Explained {
  error: ErrorObject;
  /** Set when no accepted form even had the value's type: the type errors of every form. */
  branches?: ErrorObject[];
  hint: Hint;
}

/** Example lists of indicator numbers, by the file they are written in. */
const INDICATOR_EXAMPLES: Partial<Record<SchemaName, string>> = {
  config: '[1-14, 25-27]',
  event: '[9, 30]',
};

export function toProblems(source: YamlSource, errors: ErrorObject[], schema?: SchemaName): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const explained of explain(errors)) {
    const problem = toProblem(source, explained, schema);
    const id = `${problem.line}:${problem.column}:${problem.code}:${JSON.stringify(problem.data)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Resolve anyOf/oneOf: when the value has the type of one accepted form, that form's own errors say
 * what is wrong (`"abc"` is text but not a range); when it has the type of none, one problem lists
 * the forms. Outer alternatives first, so a form's nested alternatives are resolved after it.
 */
function explain(errors: ErrorObject[]): Explained[] {
  const pool = errors.filter((e) => e.keyword !== 'if');
  const removed = new Set<ErrorObject>();
  const inherited = new Map<ErrorObject, Hint>();
  const out: Explained[] = [];
  const alternatives = pool
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const alt of alternatives) {
    if (removed.has(alt)) continue;
    removed.add(alt);
    const hint = withHint(hintOf(alt.parentSchema), inherited.get(alt));
    const branchOf = branchFinder(alt);
    const inBranches = pool.filter(
      (e) => !removed.has(e) && e !== alt && within(e.instancePath, alt.instancePath) && branchOf(e) >= 0,
    );
    // A oneOf the value passes more than once has no branch errors: say it is not valid.
    if (inBranches.length === 0) {
      out.push({ error: alt, hint });
      continue;
    }
    const branches = new Map<number, ErrorObject[]>();
    for (const e of inBranches) {
      const branch = branchOf(e);
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const fitting = [...branches.values()].find(
      (list) => !list.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath),
    );
    for (const e of inBranches) {
      if (fitting?.includes(e)) inherited.set(e, withHint(inherited.get(e) ?? {}, hint));
      else removed.add(e);
    }
    if (!fitting) out.push({ error: alt, branches: inBranches, hint });
  }
  for (const e of pool) {
    if (!removed.has(e)) out.push({ error: e, hint: withHint(hintOf(e.parentSchema), inherited.get(e)) });
  }
  // A type error next to a more specific error for the same value repeats it.
  return out.filter(
    (x) =>
      x.error.keyword !== 'type' ||
      x.branches !== undefined ||
      !out.some(
        (o) => o !== x && o.error.keyword !== 'type' && o.error.instancePath === x.error.instancePath,
      ),
  );
}

/**
 * Which accepted form an error came from, or -1. An inline form's errors sit under the anyOf's own
 * schema path; a `$ref` form's errors under the path of the definition it names.
 */
function branchFinder(alt: ErrorObject): (e: ErrorObject) => number {
  const forms = Array.isArray(alt.schema) ? (alt.schema as { $ref?: unknown }[]) : [];
  const prefixes = forms.map((form, i) => {
    const own = [`${alt.schemaPath}/${i}/`];
    return typeof form?.$ref === 'string' && form.$ref.startsWith('#') ? [...own, `${form.$ref}/`] : own;
  });
  return (e) => prefixes.findIndex((list) => list.some((prefix) => e.schemaPath.startsWith(prefix)));
}

function within(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function withHint(own: Hint, fallback: Hint | undefined): Hint {
  return own.hintZh || own.hintEn ? own : (fallback ?? {});
}

function segments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `units[1].level` — the key path as the user wrote it; empty for the whole file. */
function fieldName(path: (string | number)[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return visibleText(out);
}

function toProblem(source: YamlSource, explained: Explained, schema: SchemaName | undefined): Problem {
  const { error, hint } = explained;
  const path = segments(error.instancePath);
  const field = fieldName(writtenPath(source, path));
  const at = (p: (string | number)[], key = false) => {
    const pos = locate(source, p, key);
    return { file: source.file, line: pos.line, column: pos.column };
  };
  const value = shortValue(error.data);
  const about = { ...describeValue(error.data), ...subjectOf(error, path, schema) };
  if (explained.branches) {
    return {
      ...at(path),
      code: 'schema/type',
      data: { field, value, expected: acceptedTypes(explained.branches), ...about, ...hint },
    };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      return {
        ...at([...path, key], true),
        code: 'schema/unknown-key',
        data: {
          field: fieldName([...writtenPath(source, path), key]),
          key: visibleText(key),
          suggestion: didYouMean(key, known),
          known: known.join('、'),
        },
      };
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      const childHint = hintOf(
        (error.parentSchema as { properties?: Record<string, unknown> })?.properties?.[missing],
      );
      return {
        ...at(path),
        code: 'schema/required',
        data: { field: fieldName([...writtenPath(source, path), missing]), ...childHint },
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      return {
        ...at(path),
        code: 'schema/enum',
        data: {
          field,
          value,
          allowed: allowed.join('、'),
          suggestion: didYouMean(String(error.data), allowed),
          ...about,
          ...hint,
        },
      };
    }
    case 'type':
      return {
        ...at(path),
        code: 'schema/type',
        data: { field, value, expected: String(error.params.type), ...about, ...hint },
      };
    case 'pattern':
    case 'format':
      return { ...at(path), code: 'schema/pattern', data: { field, value, ...about, ...hint } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return {
        ...at(path),
        code: 'schema/range',
        data: {
          field,
          value,
          limit: `${error.params.comparison ?? ''}${error.params.limit ?? error.params.multipleOf}`,
          ...about,
          ...hint,
        },
      };
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
    case 'maxProperties':
      return {
        ...at(path),
        code: 'schema/size',
        data: { field, keyword: error.keyword, limit: Number(error.params.limit), ...about, ...hint },
      };
    case 'uniqueItems':
      return { ...at(path), code: 'schema/duplicate-item', data: { field, ...hint } };
    default:
      return {
        ...at(path),
        code: 'schema/invalid',
        data: { field, value, detail: error.message ?? error.keyword, ...about, ...hint },
      };
  }
}

/**
 * The types the forms accept, for "this should be …". Free text (a string with no pattern) takes any
 * scalar, so when one form is free text, text is all there is to say.
 */
function acceptedTypes(branches: ErrorObject[]): string {
  const types = new Set<string>();
  for (const e of branches) {
    if (e.keyword !== 'type') continue;
    const schema = (e.parentSchema ?? {}) as Record<string, unknown>;
    const type = String(e.params.type);
    if (type === 'string' && !('pattern' in schema) && !('enum' in schema) && !('format' in schema))
      return 'string';
    for (const t of type.split(',')) types.add(t);
  }
  return [...types].join(',');
}

/** What kind of slip the value is: empty, full-width digits, a number in quotes. */
function describeValue(data: unknown): ErrorData {
  if (data === null || data === undefined || (typeof data === 'string' && data.trim() === '')) {
    return { valueKind: 'empty' };
  }
  if (typeof data !== 'string') return {};
  if (/[０-９]/.test(data) && /^[\s0-9０-９．.,，、\-－—~～至到［］[\]]+$/.test(data)) {
    return { valueKind: 'full-width', halfWidth: visibleText(data.normalize('NFKC').replace(/、/g, ', ')) };
  }
  if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(data)) return { valueKind: 'quoted-number', unquoted: data.trim() };
  return {};
}

/** Indicator numbers get their own advice; `example` is a line to copy, with the user's own key. */
function subjectOf(error: ErrorObject, path: (string | number)[], schema: SchemaName | undefined): ErrorData {
  const sample = (schema && INDICATOR_EXAMPLES[schema]) ?? '[9, 30]';
  const key = (p: (string | number)[]) => {
    const k = [...p].reverse().find((s) => typeof s === 'string');
    return k === undefined ? sample : `${visibleText(k)}: ${sample}`;
  };
  if (error.schemaPath.includes('/indicatorRange/')) return { subject: 'indicator', example: key(path) };
  const items = (error.parentSchema as { items?: { $ref?: string } } | undefined)?.items;
  if (error.keyword === 'type' && items?.$ref?.includes('indicatorRange')) {
    return { subject: 'indicators', example: key(path) };
  }
  if (path.length === 0) return { subject: 'file' };
  return {};
}

function hintOf(schema: unknown): Hint {
  const hint = (schema as { hint?: { zh?: string; en?: string } } | undefined)?.hint;
  return hint ? { hintZh: hint.zh, hintEn: hint.en } : {};
}

function shortValue(data: unknown): string {
  const text = visibleText(typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data)));
  return [...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text;
}
