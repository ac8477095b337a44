// Find, read and validate an indicator catalog: a built-in id (`2020` → indicators/2020.yaml) or a path.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DangjianError, ProblemsError } from '../errors.js';
import type { Catalog } from '../types.js';
import { readTextFile } from '../validate/read-text-file.js';
import { checkSchema } from '../validate/schema-check.js';
import { decodeUtf8, parseYaml } from '../validate/yaml-source.js';
import { buildCatalog } from './build-catalog.js';

export interface LoadCatalogOptions {
  /** Where a relative path is resolved from (the repo root, or the cwd for `--catalog`). */
  baseDir: string;
}

// Resolves the same from src/catalog and dist/catalog.
const builtinDir = fileURLToPath(new URL('../../indicators/', import.meta.url));
const builtinCache = new Map<string, Catalog>();

/** Ids of the catalogs shipped in indicators/, sorted (`['2020']`). */
export function builtinCatalogs(): string[] {
  if (!existsSync(builtinDir)) return [];
  return readdirSync(builtinDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** The newest built-in catalog id, the default when nothing names one. */
export function defaultCatalog(): string | undefined {
  return builtinCatalogs().at(-1);
}

/**
 * Load a catalog. `ref` is a built-in id or a path relative to `baseDir`. Every problem is reported
 * with its file, line and column as a ProblemsError (exit code 2).
 */
export function loadCatalog(ref: string, options: LoadCatalogOptions): Catalog {
  const builtin = builtinCatalogs().includes(ref);
  if (builtin) {
    const cached = builtinCache.get(ref);
    if (cached) return cached;
    const catalog = fromBuild(ref) ?? loadBuiltinYaml(ref);
    builtinCache.set(ref, catalog);
    return catalog;
  }
  const file = path.resolve(options.baseDir, ref);
  // A folder or a FIFO at the path is not "missing": readTextFile says what it is instead.
  if (!existsSync(file)) {
    throw new DangjianError('catalog/not-found', {
      ref,
      path: file,
      builtins: builtinCatalogs().join('、'),
    });
  }
  refuseEscape(ref, file, options.baseDir);
  return loadFile(file, displayPath(options.baseDir, file));
}

/** A built-in catalog read, validated and proved from its YAML (what the build step caches). */
export function loadBuiltinYaml(ref: string): Catalog {
  return loadFile(path.join(builtinDir, `${ref}.yaml`), `indicators/${ref}.yaml`);
}

/** What `npm run build` wrote next to the built code: the YAML it was made from, and the catalog. */
export interface BuiltCatalog {
  yaml: string;
  catalog: Catalog;
}

/** The catalog as the build cached it (dist/indicators/<id>.json), if made from the YAML as it is now. */
function fromBuild(ref: string): Catalog | undefined {
  let built: BuiltCatalog;
  try {
    built = JSON.parse(readFileSync(new URL(`../indicators/${ref}.json`, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
  const yaml = readFileSync(path.join(builtinDir, `${ref}.yaml`), 'utf8');
  return built.yaml === yaml ? built.catalog : undefined;
}

/** A catalog named inside the folder must stay inside it: a symlink out of the repo is never read. */
function refuseEscape(ref: string, file: string, baseDir: string): void {
  if (!within(path.resolve(baseDir), file)) return;
  let real: string;
  let realBase: string;
  try {
    real = realpathSync(file);
    realBase = realpathSync(baseDir);
  } catch {
    return;
  }
  if (!within(realBase, real)) throw new DangjianError('config/catalog-outside', { path: ref });
}

function within(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

/** Catalogs are hand-written text; anything bigger is not one (and is refused before it is read). */
const MAX_CATALOG_BYTES = 1024 * 1024;

function loadFile(file: string, shown: string): Catalog {
  const text = decodeUtf8(shown, readTextFile(file, shown, MAX_CATALOG_BYTES));
  const source = parseYaml(shown, text, MAX_CATALOG_BYTES);
  const problems = checkSchema(source, 'catalog');
  if (problems.length > 0) throw new ProblemsError(problems);
  return buildCatalog(source);
}

/** Paths in messages are as the user would type them: relative when inside baseDir, POSIX. */
function displayPath(baseDir: string, file: string): string {
  const relative = path.relative(baseDir, file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}
