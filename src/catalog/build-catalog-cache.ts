// Build step (`npm run build`): read every built-in catalog with the real loader (schema, sums and
// all) and cache the result as dist/indicators/<id>.json, so loading one at run time is a JSON.parse.
// A catalog that does not load fails the build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type BuiltCatalog, builtinCatalogs, loadBuiltinYaml } from './load-catalog.js';

const outDir = new URL('../indicators/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const id of builtinCatalogs()) {
  const yamlUrl = new URL(`../../indicators/${id}.yaml`, import.meta.url);
  const built: BuiltCatalog = { yaml: readFileSync(yamlUrl, 'utf8'), catalog: loadBuiltinYaml(id) };
  writeFileSync(new URL(`${id}.json`, outDir), JSON.stringify(built));
}
