// Validate a parsed YAML file against one of our JSON Schemas. Every error is reported in the user's
// own terms (schema-problems.ts), unless a typing slip explains them all.
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import type { Problem } from '../errors.js';
import { AJV_OPTIONS, addHintKeyword, type SchemaName, schemaText } from './schema-options.js';
import { toProblems } from './schema-problems.js';
import { parsedValue, typoProblem, type YamlSource } from './yaml-source.js';
import { findTypo, type Typo } from './yaml-typos.js';

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
  const errors = validate.errors ?? [];
  const typo = typoBehind(source, validate);
  if (typo) return [typoProblem(source.file, typo)];
  return toProblems(source, errors, name);
}

/**
 * `同时计入：[9]` or `year:2020` on its own is valid YAML (one line of text), so only the schema
 * notices. A slip whose correction leaves the file closer to its schema is the real problem.
 */
function typoBehind(source: YamlSource, validate: ValidateFunction): Typo | undefined {
  const distance = (value: unknown) =>
    (isRecord(value) ? 0 : 1000) + (validate(value) ? 0 : (validate.errors?.length ?? 1));
  // Measured on the text as parsed (before any loader's own changes), like the corrected text.
  let worst: number | undefined;
  return findTypo(source.text, (fixed) => {
    const after = parsedValue(fixed);
    if (after === undefined) return false;
    worst ??= distance(parsedValue(source.text)?.value);
    return distance(after.value) < worst;
  });
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
