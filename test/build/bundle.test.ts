// The bin loads the bundled CLI: it must stand on its own (only node's modules left to resolve) and
// behave as the sources do.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

const bundleDir = new URL('../../dist/bundle/', import.meta.url);
const chunks = readdirSync(bundleDir).filter((name) => name.endsWith('.js'));

/** Every module specifier a chunk leaves to node: static and dynamic imports and require calls. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!);
  // Strings in the bundled code can look like a `from "…"` clause; specifiers are plain names.
  return found.filter((spec) => /^(?:\.\/|node:|@?\w)[\w@./:-]*$/.test(spec));
}

describe('the bundled CLI', () => {
  it('is what the bin runs', () => {
    const bin = readFileSync(new URL('../../bin/dangjian.js', import.meta.url), 'utf8');
    expect(bin).toContain("import('../dist/bundle/run.js')");
    expect(chunks).toContain('run.js');
  });

  it('leaves only node built-ins and its own chunks to the module loader', () => {
    const outside = new Set<string>();
    for (const chunk of chunks) {
      for (const spec of specifiers(readFileSync(new URL(chunk, bundleDir), 'utf8'))) {
        if (spec.startsWith('./')) expect(chunks).toContain(spec.slice(2));
        else if (!spec.startsWith('node:')) outside.add(spec);
      }
    }
    // Bundled CommonJS code names some built-ins without the `node:` prefix.
    for (const builtin of ['buffer', 'events', 'fs', 'path', 'process', 'child_process'])
      outside.delete(builtin);
    expect([...outside]).toEqual([]);
  });

  it('finds the catalog, the schemas and the version from its own folder', () => {
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    const shown = spawnCli(['--version', '--lang', 'en']);
    expect(shown.stdout.trim()).toBe(version);
    const one = spawnCli(['indicators', '5', '--format', 'json']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).indicators.map((i: { id: number }) => i.id)).toEqual([5]);
  });
});
