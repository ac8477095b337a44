import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { runCli } from '../helpers/cli.js';

describe('dangjian indicators --kinds', () => {
  const catalog = loadCatalog('2020', { baseDir: process.cwd() });

  it('lists every kind of the catalog with its synonyms', async () => {
    const r = await runCli(['indicators', '--kinds', '--catalog', '2020']);
    expect(r.code).toBe(0);
    for (const kind of catalog.kinds) {
      expect(r.stdout).toMatch(new RegExp(`^  ${kind.id}\\s`, 'm'));
    }
    expect(r.stdout).toContain('照片');
  });

  it('prints the vocabulary as JSON', async () => {
    const r = await runCli(['indicators', '--kinds', '--format', 'json', '--catalog', '2020']);
    const json = JSON.parse(r.stdout) as { catalog: string; kinds: { id: string; synonyms: string[] }[] };
    expect(json.catalog).toBe('2020');
    expect(json.kinds.map((k) => k.id)).toEqual(catalog.kinds.map((k) => k.id));
  });

  it('is pointed to from the indicator table', async () => {
    const r = await runCli(['indicators', '--catalog', '2020']);
    expect(r.stdout).toContain('--kinds');
  });
});
