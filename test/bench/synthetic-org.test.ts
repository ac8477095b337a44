import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { loadConfig } from '../../src/config/load-config.js';
import { generateOrg, INDICATORS, YEAR } from '../helpers/synthetic-org.js';

// The product's own vocabulary (the built-in catalog), not the generator's list.
const catalog = loadCatalog(String(YEAR), { baseDir: process.cwd() });
const VOCABULARY = new Set(catalog.kinds.flatMap((k) => [k.id, ...k.synonyms, ...k.compounds]));
const DATED = /^(\d{4})[-.]?(\d{2})[-.]?(\d{2})([ _-])([^ _-]+)\4(.+)$/;

const temp = mkdtempSync(join(tmpdir(), 'synthetic-org-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under root except .git, as sorted POSIX paths. */
function listFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === '.git') continue;
    if (entry.isDirectory()) out.push(...listFiles(root, path));
    else out.push(path);
  }
  return out.sort();
}

function snapshot(root: string): string[] {
  return listFiles(root).map((path) => `${path}\t${readFileSync(join(root, path), 'utf8')}`);
}

/** The date in a dated name, checked against the calendar and the config's year. */
function validDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    Number(year) === YEAR && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
  );
}

describe('generateOrg', () => {
  const tiny = { units: 1, filesPerIndicator: 3, seed: 7 };

  it('writes a config that parses and names every unit folder', () => {
    const org = generateOrg({ ...tiny, git: false, dir: join(temp, 'config') });
    const config = parse(readFileSync(join(org.root, 'dangjian.yaml'), 'utf8'));
    expect(config).toMatchObject({ year: YEAR, catalog: YEAR });
    expect(typeof config.org).toBe('string');
    expect(config.units).toHaveLength(1);
    expect(config.units[0]).toMatchObject({ level: 'org' });
    expect(Object.keys(config.responsibilities)).toEqual([config.units[0].id]);
    expect(statSync(join(org.root, config.units[0].dir)).isDirectory()).toBe(true);
    // And the product's loader accepts it: the schema, ids, dirs and responsibilities.
    expect(loadConfig(org.root).units.map((u) => u.id)).toEqual([config.units[0].id]);
  });

  it('counts the files it wrote and fills every indicator folder', () => {
    const org = generateOrg({ ...tiny, git: false, dir: join(temp, 'count') });
    const files = listFiles(org.root);
    expect(org.fileCount).toBe(files.length);
    const unitDir = org.units[0]!.dir;
    const folders = readdirSync(join(org.root, unitDir)).sort();
    expect(folders).toHaveLength(INDICATORS);
    for (const [i, name] of folders.entries()) {
      expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(2, '0')}( .+)?$`));
    }
    for (const folder of folders) {
      const inFolder = files.filter((f) => f.startsWith(`${unitDir}/${folder}/`));
      // Three files each, except a 不适用 folder, which has only README.md and _meta.yaml.
      expect([2, 3]).toContain(inFolder.length);
    }
  });

  it('names every dated item as the contract says: a real date of the year and a kind word', () => {
    const org = generateOrg({
      units: 2,
      filesPerIndicator: 12,
      seed: 3,
      git: false,
      dir: join(temp, 'names'),
    });
    const items = new Set<string>();
    for (const path of listFiles(org.root)) {
      const parts = path.split('/');
      if (parts.length >= 3 && !['README.md', '_meta.yaml'].includes(parts[2]!)) {
        items.add(parts.slice(0, 3).join('/'));
      }
    }
    expect(items.size).toBeGreaterThan(50);
    const events = new Set<string>();
    for (const item of items) {
      const [unit, folder, name] = item.split('/');
      const match = DATED.exec(name!);
      expect(match, item).not.toBeNull();
      const [, year, month, day, , kind] = match!;
      expect(validDate(year!, month!, day!), item).toBe(true);
      expect(VOCABULARY.has(kind!), item).toBe(true);
      events.add(`${unit}/${folder}/${month}-${day}`);
    }
    // An event is everything in one indicator folder dated the same day.
    expect(org.events).toBe(events.size);
    const listed = org.listingsByUnitQuarter.flat().reduce((a, b) => a + b, 0);
    expect(listed).toBeGreaterThanOrEqual(items.size);
  });

  it('writes unique, non-empty evidence (sidecars may repeat, as people write them)', () => {
    const org = generateOrg({ ...tiny, git: false, dir: join(temp, 'unique') });
    const evidence = listFiles(org.root).filter((p) => !/(^|\/)_(meta|event)\.yaml$/.test(p));
    const contents = evidence.map((p) => readFileSync(join(org.root, p), 'utf8'));
    expect(contents.every((c) => c.length > 0)).toBe(true);
    expect(new Set(contents).size).toBe(contents.length);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateOrg({ ...tiny, git: false, dir: join(temp, 'seed-a') });
    const b = generateOrg({ ...tiny, git: false, dir: join(temp, 'seed-b') });
    const c = generateOrg({ ...tiny, seed: 8, git: false, dir: join(temp, 'seed-c') });
    expect(snapshot(a.root)).toEqual(snapshot(b.root));
    expect(snapshot(c.root)).not.toEqual(snapshot(a.root));
  });

  it('commits everything to git with a fixed history', () => {
    const a = generateOrg({ ...tiny, dir: join(temp, 'git-a') });
    const b = generateOrg({ ...tiny, dir: join(temp, 'git-b') });
    const git = (root: string, args: string[]) =>
      spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
    expect(git(a.root, ['status', '--porcelain'])).toBe('');
    expect(git(a.root, ['ls-files', '-z']).split('\0').filter(Boolean)).toHaveLength(a.fileCount);
    expect(git(a.root, ['rev-parse', 'HEAD'])).toBe(git(b.root, ['rev-parse', 'HEAD']));
  });

  it('refuses a folder that is not empty', () => {
    const dir = join(temp, 'refuse');
    generateOrg({ ...tiny, git: false, dir });
    expect(() => generateOrg({ ...tiny, git: false, dir })).toThrow(/not empty/);
  });
});
