// Loads the bundled CLI (dist/bundle/run.cjs) with the code cache the build left beside it, so
// start-up neither parses a megabyte of JavaScript nor compiles the functions a run needs: V8 takes
// them ready from the cache. V8 checks only that the cache comes from the same V8 and flags and a
// source of the same length, and trusts its bytes: a damaged cache can crash the process, and one
// left from another build of the same length would run that build's code. So the cache is sealed
// with a digest of the bundle and the cache together, and used only when the digest matches.
// Without a usable cache the bundle is compiled as usual: slower, never wrong.
import { createHash } from 'node:crypto';
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
  /** The bundle's bytes as compiled: what the cache is sealed with (not the file, which may change). */
  bytes: Buffer;
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
  const bytes = readFileSync(BUNDLE_FILE);
  const source = bytes.toString('utf8');
  let cachedData: Buffer | undefined;
  if (options.cache !== false) {
    try {
      cachedData = unsealCache(bytes, readFileSync(options.cacheFile ?? CACHE_FILE));
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
  return { run, script, bytes, cached: cachedData !== undefined && !script.cachedDataRejected };
}

const DIGEST_BYTES = 32;

function digest(bundle: Buffer, data: Uint8Array): Buffer {
  return createHash('sha256').update(bundle).update(data).digest();
}

/** The cache file's bytes: the digest of the bundle and V8's data, then the data. */
export function sealCache(bundle: Buffer, data: Uint8Array): Buffer {
  return Buffer.concat([digest(bundle, data), data]);
}

/** V8's data from a cache file, if it was sealed for exactly this bundle and is whole. */
export function unsealCache(bundle: Buffer, sealed: Buffer): Buffer | undefined {
  if (sealed.length <= DIGEST_BYTES) return undefined;
  const data = sealed.subarray(DIGEST_BYTES);
  return digest(bundle, data).equals(sealed.subarray(0, DIGEST_BYTES)) ? data : undefined;
}
