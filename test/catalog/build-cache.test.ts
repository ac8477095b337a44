// `npm run build` precompiles the schemas and caches the built-in catalogs next to the built code;
// what the CLI loads from there must be exactly what the run-time path makes.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builtinCatalogs, loadBuiltinYaml } from '../../src/catalog/load-catalog.js';
import {
  AJV_OPTIONS,
  addHintKeyword,
  SCHEMA_NAMES,
  type SchemaName,
  schemaText,
} from '../../src/validate/schema-options.js';

const dist = new URL('../../dist/', import.meta.url);
const require = createRequire(import.meta.url);

describe('the build cache (run `npm run build` first)', () => {
  it('caches every built-in catalog as the loader reads it from YAML', () => {
    expect(builtinCatalogs().length).toBeGreaterThan(0);
    for (const id of builtinCatalogs()) {
      const file = new URL(`indicators/${id}.json`, dist);
      expect(existsSync(file)).toBe(true);
      const built = JSON.parse(readFileSync(file, 'utf8'));
      expect(built.yaml).toBe(readFileSync(new URL(`../../indicators/${id}.yaml`, import.meta.url), 'utf8'));
      expect(built.catalog).toEqual(loadBuiltinYaml(id));
    }
  });

  it('precompiles every schema from its current text, reporting the same errors as ajv at run time', () => {
    const built = (name: SchemaName) =>
      require(new URL(`validate/validators/${name}.cjs`, dist).pathname) as ValidateFunction & {
        source: string;
      };
    const ajv = new Ajv(AJV_OPTIONS);
    addHintKeyword(ajv);
    const samples: unknown[] = [
      {},
      null,
      [],
      'text',
      { org: 1, year: '2020', units: [{ id: 'a', level: 'x' }], extra: true },
      { 同时计入: [0, 'x', 3.5], other: 1 },
      { 责任人: [], 不适用: '', note: {} },
      { id: 2020, sections: [{ categories: [{ indicators: [{ id: 'a', points: -1 }] }] }] },
    ];
    for (const name of SCHEMA_NAMES) {
      const validate = built(name);
      expect(validate.source).toBe(schemaText(name));
      const runtime = ajv.compile(JSON.parse(schemaText(name)));
      for (const value of samples) {
        const ok = validate(value);
        expect(ok).toBe(runtime(value));
        expect(validate.errors ?? null).toEqual(runtime.errors ?? null);
      }
    }
  });
});
