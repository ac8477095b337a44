// Build step (`npm run build`): precompile the JSON Schemas into dist/validate/validators/<name>.cjs, so the
// CLI never loads ajv or compiles a schema at start-up. Each validator carries the schema text it was
// made from; schema-check.ts uses it only while that text is unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { AJV_OPTIONS, addHintKeyword, SCHEMA_NAMES, schemaText } from './schema-options.js';

const require = createRequire(import.meta.url);
const standalone = require('ajv/dist/standalone').default as (ajv: Ajv, validate: unknown) => string;

// One file per schema, so a command loads only the validators it uses (the catalog's is the largest).
mkdirSync(new URL('./validators/', import.meta.url), { recursive: true });
for (const name of SCHEMA_NAMES) {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  addHintKeyword(ajv);
  const text = schemaText(name);
  const code = standalone(ajv, ajv.compile(JSON.parse(text)));
  const out = new URL(`./validators/${name}.cjs`, import.meta.url);
  writeFileSync(out, `${code}\nmodule.exports.source = ${JSON.stringify(text)};\n`);
}
