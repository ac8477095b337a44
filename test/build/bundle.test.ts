// The bin loads the bundled CLI with V8's code cache: the bundle must stand on its own (only node's
// modules left to resolve) and behave as the sources do, and a cache that is damaged, stale or
// refused by V8 must cost nothing but time.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sealCache, unsealCache } from '../../src/build/load-bundle.js';
import { spawnCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/make-repo.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loader = join(root, 'dist', 'build', 'load-bundle.js');
const bundleBytes = readFileSync(join(root, 'dist', 'bundle', 'run.cjs'));
const bundle = bundleBytes.toString('utf8');
const cacheBytes = readFileSync(join(root, 'dist', 'bundle', 'run.cjs.cache'));

/** Run `code` in a fresh node (plain flags, as the bin runs) with the loader imported as `m`. */
function node(code: string): string {
  const script = `import(${JSON.stringify(loader)}).then(async (m) => { ${code} });`;
  return execFileSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
}

describe('the bundled CLI', () => {
  it('is what the bin runs, through the loader bundled beside it', () => {
    const bin = readFileSync(join(root, 'bin', 'dangjian.cjs'), 'utf8');
    expect(bin).toContain("require('../dist/bundle/load.cjs')");
    expect(bin).toContain('loadBundle()');
    const load = createRequire(import.meta.url)(join(root, 'dist', 'bundle', 'load.cjs'));
    expect(load.BUNDLE_FILE).toBe(join(root, 'dist', 'bundle', 'run.cjs'));
    expect(load.CACHE_FILE).toBe(join(root, 'dist', 'bundle', 'run.cjs.cache'));
    expect(load.loadBundle().cached).toBe(true);
  });

  it('leaves only node built-ins to the module loader', () => {
    const required = [...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
    expect(required.length).toBeGreaterThan(0);
    // Bundled CommonJS code names some built-ins without the `node:` prefix.
    const outside = required.filter((spec) => !spec.startsWith('node:') && !builtinModules.includes(spec));
    expect([...new Set(outside)]).toEqual([]);
  });

  it('is strict code, as the modules it is made from', () => {
    // A function added at the end of the bundle is strict only if the whole file is.
    const probe = `${bundle}\n;module.exports.strict = (function () { return this === undefined; })();`;
    const wrapper = vm.runInThisContext(Module.wrap(probe)) as (...args: unknown[]) => void;
    const module = { exports: {} as { strict?: boolean } };
    const file = join(root, 'dist', 'bundle', 'run.cjs');
    wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
    expect(module.exports.strict).toBe(true);
  });

  it('starts from the code cache the build made', () => {
    expect(node('console.log(m.loadBundle().cached)').trim()).toBe('true');
  });

  it('uses a cache only if it was sealed for exactly this bundle and is whole', () => {
    const data = unsealCache(bundleBytes, cacheBytes);
    expect(data?.length).toBe(cacheBytes.length - 32);
    const flipped = Buffer.from(cacheBytes);
    flipped[flipped.length >> 1]! ^= 1;
    expect(unsealCache(bundleBytes, flipped)).toBeUndefined();
    expect(unsealCache(bundleBytes, cacheBytes.subarray(0, cacheBytes.length - 1))).toBeUndefined();
    expect(unsealCache(bundleBytes, cacheBytes.subarray(0, 32))).toBeUndefined();
    // Another build of the same length: V8 alone would take the cache and run the old code.
    const other = Buffer.from(bundleBytes);
    other[other.length - 2]! ^= 1;
    expect(unsealCache(other, cacheBytes)).toBeUndefined();
    expect(unsealCache(other, sealCache(other, data!))).toEqual(data);
  });

  it('runs as well without a cache, with a damaged one, or with one V8 refuses', () => {
    const dir = tempDir();
    const run = (options: string) =>
      JSON.parse(
        node(
          `const b = m.loadBundle(${options}); let out = ''; const sink = { write: (s) => { out += s; return true; } };` +
            `const code = await b.run({ argv: ['indicators', '5', '--format', 'json'], cwd: '.', stdout: sink, stderr: sink, env: {} });` +
            `console.log(JSON.stringify({ cached: b.cached, code, ids: JSON.parse(out).indicators.map((i) => i.id) }));`,
        ),
      );
    const expected = { cached: false, code: 0, ids: [5] };
    const damaged = Buffer.from(cacheBytes);
    for (let at = 64; at < damaged.length; at += 997) damaged[at]! ^= 0xff;
    const cases = {
      garbage: Buffer.alloc(4096, 7),
      damaged,
      // Sealed right, but not V8's: V8 refuses it.
      refused: sealCache(bundleBytes, Buffer.alloc(4096, 7)),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const file = join(dir, `${name}.cache`);
      writeFileSync(file, bytes);
      expect(run(`{ cacheFile: ${JSON.stringify(file)} }`)).toEqual(expected);
    }
    expect(run(`{ cacheFile: ${JSON.stringify(join(dir, 'none.cache'))} }`)).toEqual(expected);
    expect(run('{ cache: false }')).toEqual(expected);
  });

  it('finds the catalog, the schemas and the version from its own folder', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const shown = spawnCli(['--version', '--lang', 'en']);
    expect(shown.stdout.trim()).toBe(version);
    const one = spawnCli(['indicators', '5', '--format', 'json']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).indicators.map((i: { id: number }) => i.id)).toEqual([5]);
    // Through the bundle (not the --version fast path): the version comes from package.json too.
    expect(spawnCli(['--version', '--help']).code).toBe(0);
  });
});
