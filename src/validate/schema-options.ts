// The one ajv set-up, shared by the run-time compiler and the build step that precompiles it.
import { readFileSync } from 'node:fs';
import type { Ajv, Options } from 'ajv';

export const SCHEMA_NAMES = ['catalog', 'config', 'meta', 'event'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export const AJV_OPTIONS: Options = { allErrors: true, strict: true, verbose: true };

/** `hint` carries the Chinese/English advice shown when a value is wrong. */
export function addHintKeyword(ajv: Ajv): void {
  // Registered once: getKeyword() does not see vocabulary-only keywords, so it cannot guard a second call.
  ajv.addVocabulary(['hint']);
}

/** The schema's JSON text, from schema/ at the package root (the same from src/ and dist/). */
export function schemaText(name: SchemaName): string {
  return readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8');
}
