// Build step (`npm run build`): precompile the JSON Schemas into dist/validate/validators.cjs, so the
// CLI never loads ajv or compiles a schema at start-up. Each validator carries the schema text it was
// made from; schema-check.ts uses it only while that text is unchanged.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { AJV_OPTIONS, addHintKeyword, SCHEMA_NAMES, schemaText } from './schema-options.js';

const require = createRequire(import.meta.url);
const standalone = require('ajv/dist/standalone').default as (
  ajv: Ajv,
  refs: Record<string, string>,
) => string;

const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
addHintKeyword(ajv);
const texts: Record<string, string> = {};
for (const name of SCHEMA_NAMES) {
  texts[name] = schemaText(name);
  ajv.addSchema(JSON.parse(texts[name]), name);
}
const code = standalone(ajv, Object.fromEntries(SCHEMA_NAMES.map((n) => [n, n])));
const out = new URL('./validators.cjs', import.meta.url);
writeFileSync(out, `${code}\nexports.sources = ${JSON.stringify(texts)};\n`);
