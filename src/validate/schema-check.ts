// Validate a parsed YAML file against one of our JSON Schemas and report every error in the user's
// own terms: the file, the line, the key as they wrote it, and what to write instead.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { didYouMean } from '../did-you-mean.js';
import type { Problem } from '../errors.js';
import { visibleText } from '../visible-text.js';
import { AJV_OPTIONS, addHintKeyword, type SchemaName, schemaText } from './schema-options.js';
import { locate, type YamlSource } from './yaml-source.js';

export type { SchemaName } from './schema-options.js';

const require = createRequire(import.meta.url);
const compiled = new Map<SchemaName, ValidateFunction>();
let ajv: Ajv | undefined;
type Precompiled = ValidateFunction & { source: string };

function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const text = schemaText(name);
    validate = fromBuild(name, text) ?? compile(text);
    compiled.set(name, validate);
  }
  return validate;
}

/** The validator `npm run build` made (next to the built code only), if made from this very schema. */
function fromBuild(name: SchemaName, text: string): ValidateFunction | undefined {
  let built: Precompiled;
  try {
    built = require(`../validate/validators/${name}.cjs`) as Precompiled;
  } catch {
    return undefined;
  }
  return built.source === text ? built : undefined;
}

function compile(text: string): ValidateFunction {
  if (!ajv) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    ajv = new Ajv(AJV_OPTIONS);
    addHintKeyword(ajv);
  }
  return ajv.compile(JSON.parse(text));
}

/** Whether a value passes the schema, without building problems. */
export function isValid(value: unknown, name: SchemaName): boolean {
  return validatorFor(name)(value) === true;
}

/** All schema problems of `source`, sorted by position. Empty when valid. */
export function checkSchema(source: YamlSource, name: SchemaName): Problem[] {
  const validate = validatorFor(name);
  if (validate(source.value)) return [];
  // An empty file (or only comments) has nothing to point at: say so rather than "undefined".
  if (source.value === undefined || source.value === null) {
    return [{ file: source.file, line: 1, column: 1, code: 'yaml/empty', data: {} }];
  }
  return toProblems(source, validate.errors ?? []);
}

export function toProblems(source: YamlSource, errors: ErrorObject[]): Problem[] {
  const kept = dropNoise(errors);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of kept) {
    const problem = toProblem(source, error);
    const id = `${problem.line}:${problem.column}:${problem.code}:${JSON.stringify(problem.data)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** anyOf/oneOf summaries repeat what their branches said; keep them only when nothing else explains. */
function dropNoise(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  const result: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      const explained = specific.some((s) => s.instancePath.startsWith(e.instancePath));
      if (!explained) result.push(e);
    } else if (e.keyword !== 'if') {
      result.push(e);
    }
  }
  // For a value that may be one of several shapes, a type error next to a deeper error is noise.
  return result.filter(
    (e) =>
      e.keyword !== 'type' ||
      !result.some((o) => o !== e && o.keyword !== 'type' && o.instancePath === e.instancePath),
  );
}

function segments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `units[1].level` — the key path as the user wrote it. */
export function fieldName(path: (string | number)[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return visibleText(out);
}

function toProblem(source: YamlSource, error: ErrorObject): Problem {
  const path = segments(error.instancePath);
  const field = fieldName(path) || '(根)';
  const hint = hintOf(error.parentSchema);
  const at = (p: (string | number)[], key = false) => {
    const pos = locate(source, p, key);
    return { file: source.file, line: pos.line, column: pos.column };
  };
  const value = shortValue(error.data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      return {
        ...at([...path, key], true),
        code: 'schema/unknown-key',
        data: {
          field: fieldName([...path, key]),
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
        data: { field: fieldName([...path, missing]), ...childHint },
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
          ...hint,
        },
      };
    }
    case 'type':
      return {
        ...at(path),
        code: 'schema/type',
        data: { field, value, expected: String(error.params.type), ...hint },
      };
    case 'pattern':
    case 'format':
      return { ...at(path), code: 'schema/pattern', data: { field, value, ...hint } };
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
        data: { field, keyword: error.keyword, limit: Number(error.params.limit), ...hint },
      };
    case 'uniqueItems':
      return { ...at(path), code: 'schema/duplicate-item', data: { field, ...hint } };
    default:
      return {
        ...at(path),
        code: 'schema/invalid',
        data: { field, value, detail: error.message ?? error.keyword, ...hint },
      };
  }
}

function hintOf(schema: unknown): { hintZh?: string; hintEn?: string } {
  const hint = (schema as { hint?: { zh?: string; en?: string } } | undefined)?.hint;
  return hint ? { hintZh: hint.zh, hintEn: hint.en } : {};
}

function shortValue(data: unknown): string {
  const text = visibleText(typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data)));
  return [...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text;
}
