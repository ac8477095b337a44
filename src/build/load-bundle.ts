// Loads the bundled CLI (dist/bundle/run.cjs) with the code cache the build left beside it, so
// start-up neither parses a megabyte of JavaScript nor compiles the functions a run needs: V8 takes
// them ready from the cache. A cache from another node or V8 is refused by V8 itself, and the
// bundle is then compiled as usual: slower, never wrong.
import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { RunOptions } from '../cli/context.js';

export const BUNDLE_FILE = fileURLToPath(new URL('../bundle/run.cjs', import.meta.url));
export const CACHE_FILE = `${BUNDLE_FILE}.cache`;

export interface LoadedBundle {
  run: (options: RunOptions) => Promise<number>;
  /** The compiled script: the build asks it for the cache once a few commands have run. */
  script: vm.Script;
  /** A cache was there and V8 took it. */
  cached: boolean;
}

export interface LoadOptions {
  /** `false`: compile without the cache (the build, which makes it). */
  cache?: boolean;
  /** Another cache file than the one beside the bundle (tests). */
  cacheFile?: string;
}

export function loadBundle(options: LoadOptions = {}): LoadedBundle {
  const source = readFileSync(BUNDLE_FILE, 'utf8');
  let cachedData: Buffer | undefined;
  if (options.cache !== false) {
    try {
      cachedData = readFileSync(options.cacheFile ?? CACHE_FILE);
    } catch {
      // Not built (or removed): compile as node would.
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE_FILE, cachedData });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as { run?: LoadedBundle['run'] } };
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(BUNDLE_FILE),
    module,
    BUNDLE_FILE,
    dirname(BUNDLE_FILE),
  );
  const { run } = module.exports;
  if (typeof run !== 'function') throw new Error(`${BUNDLE_FILE} does not export run()`);
  return { run, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}
