// Synthetic evidence repositories that follow product.md's contract, for benchmarks and tests.
// Deterministic for a seed; big ones are cached under bench/.cache/ because writing 94k files takes a while.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commitByMonth } from './synthetic-git.js';
import { planOrg, YEAR } from './synthetic-plan.js';
import { readCatalogHints } from './synthetic-vocab.js';

export { INDICATORS, YEAR } from './synthetic-plan.js';

/** Bump when the generated tree changes, so cached organisations are rebuilt. */
export const GENERATOR_VERSION = 2;

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = join(PROJECT_ROOT, 'bench', '.cache');
const CATALOG_FILE = join(PROJECT_ROOT, 'indicators', `${YEAR}.yaml`);

function writeFiles(root, files) {
  const made = new Set();
  for (const file of files) {
    const dir = dirname(join(root, file.path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(root, file.path), file.content);
  }
}

/** Cache entry name: the parameters plus a hash of everything that shapes the tree. */
function cacheKey(params, hints) {
  const hash = createHash('sha256')
    .update(JSON.stringify({ v: GENERATOR_VERSION, params, hints }))
    .digest('hex')
    .slice(0, 10);
  return `u${params.units}-f${params.filesPerIndicator}-s${params.seed}${params.git ? '-git' : ''}-${hash}`;
}

function build(root, params, hints) {
  const started = performance.now();
  const plan = planOrg(params, hints);
  writeFiles(root, plan.files);
  const written = performance.now();
  if (params.git) commitByMonth(root, plan.files);
  const timings = {
    writeMs: Math.round(written - started),
    gitMs: params.git ? Math.round(performance.now() - written) : 0,
  };
  return { plan, timings };
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Before building `key`, remove what can no longer be used: entries with the same parameters made
 * by another generator version or catalog (one working tree has one of each), and staging folders
 * left by builds that were killed.
 */
function pruneCache(key) {
  if (!existsSync(CACHE_DIR)) return;
  const sameParams = key.slice(0, key.lastIndexOf('-') + 1);
  for (const name of readdirSync(CACHE_DIR)) {
    const staging = /\.tmp-(\d+)$/.exec(name);
    const stale = staging
      ? !isRunning(Number(staging[1]))
      : name.startsWith(sameParams) && name !== key && !name.slice(sameParams.length).includes('-');
    if (stale) rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
  }
}

/** What callers get; counts come from the plan, which is cheap to recompute for a cached tree. */
function summary(root, plan, timings, cached) {
  return {
    root,
    fileCount: plan.files.length,
    events: plan.events,
    eventsByUnitQuarter: plan.eventsByUnitQuarter,
    listingsByUnitQuarter: plan.listingsByUnitQuarter,
    units: plan.units,
    ...timings,
    cached,
  };
}

/**
 * Generate a synthetic organisation. With `dir`, writes there (the folder must be empty or absent);
 * without, returns a cached copy under bench/.cache/, building it on first use.
 * @param {import('./synthetic-org.d.ts').GenerateOptions} [options]
 * @returns {import('./synthetic-org.d.ts').SyntheticOrg}
 */
export function generateOrg(options = {}) {
  const params = {
    units: options.units ?? 6,
    filesPerIndicator: options.filesPerIndicator ?? 40,
    seed: options.seed ?? 1,
    git: options.git ?? true,
  };
  if (!Number.isInteger(params.units) || params.units < 1)
    throw new Error('units must be a positive integer');
  if (!Number.isInteger(params.filesPerIndicator) || params.filesPerIndicator < 1) {
    throw new Error('filesPerIndicator must be a positive integer');
  }
  const hints = readCatalogHints(CATALOG_FILE);
  if (options.dir !== undefined) {
    if (existsSync(options.dir) && readdirSync(options.dir).length > 0) {
      throw new Error(`generateOrg: ${options.dir} is not empty`);
    }
    mkdirSync(options.dir, { recursive: true });
    const { plan, timings } = build(options.dir, params, hints);
    return summary(options.dir, plan, timings, false);
  }
  const entry = join(CACHE_DIR, cacheKey(params, hints));
  const manifest = join(entry, 'manifest.json');
  if (existsSync(manifest)) {
    const { writeMs, gitMs } = JSON.parse(readFileSync(manifest, 'utf8'));
    return summary(join(entry, 'repo'), planOrg(params, hints), { writeMs, gitMs }, true);
  }
  pruneCache(cacheKey(params, hints));
  // Build beside the entry and rename, so an interrupted run never leaves a half-built cache.
  const staging = `${entry}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'repo'), { recursive: true });
  const { plan, timings } = build(join(staging, 'repo'), params, hints);
  writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify({ ...params, ...timings }, null, 2)}\n`);
  try {
    renameSync(staging, entry);
  } catch (error) {
    // Another process built the same organisation first: use theirs, never remove a tree in use.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(manifest)) throw error;
  }
  return summary(join(entry, 'repo'), plan, timings, false);
}
