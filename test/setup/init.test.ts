import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { loadConfig } from '../../src/config/load-config.js';
import { runCli } from '../helpers/cli.js';
import { listFiles, tempDir, treeHash } from './tree.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });

function indicatorFolders(unitDir: string): string[] {
  return readdirSync(unitDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe('dangjian init', () => {
  it('creates a config, one folder per unit and a README in each of the 39 indicator folders', async () => {
    const root = join(tempDir(), '台账');
    const r = await runCli([
      'init',
      root,
      '--org',
      '河南省水文水资源局机关党委',
      '--unit',
      '局机关党委',
      '--unit',
      '机关第一党支部',
      '--unit',
      '水文党总支',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const config = loadConfig(root);
    expect(config.org).toBe('河南省水文水资源局机关党委');
    expect(config.year).toBe(2020);
    expect(config.catalog).toBe('2020');
    expect(config.units.map((u) => [u.id, u.dir, u.level])).toEqual([
      ['jgdw', '局机关党委', 'org'],
      ['zb1', '机关第一党支部', 'branch'],
      ['zzb1', '水文党总支', 'general'],
    ]);

    for (const unit of config.units) {
      const folders = indicatorFolders(join(root, unit.dir));
      expect(folders).toHaveLength(catalog.indicators.length);
      for (const indicator of catalog.indicators) {
        const nn = String(indicator.id).padStart(2, '0');
        const folder = folders.find((f) => f.startsWith(`${nn} `));
        expect(folder, `${unit.dir} ${nn}`).toBe(`${nn} ${indicator.title}`);
        const readme = readFileSync(join(root, unit.dir, folder!, 'README.md'), 'utf8');
        expect(readme).toContain(indicator.text);
        expect(readme).toContain(indicator.evidence);
        expect(readme).toContain(indicator.guidance);
        expect(readme).toContain('_meta.yaml');
        expect(readme).toContain('同时计入');
      }
    }
    for (const file of ['.gitignore', '.gitattributes', '.gitlab-ci.yml', '.github/workflows/dangjian.yml']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toContain('~$*');
    expect(readFileSync(join(root, '.gitattributes'), 'utf8')).toMatch(/\*\.\[pP\]\[dD\]\[fF\] filter=lfs/);
    expect(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')).toContain('dangjian lint');
  });

  it('names example files in each README with the indicator’s own kinds', async () => {
    const root = tempDir();
    expect((await runCli(['init', root])).code).toBe(0);
    const readme = readFileSync(join(root, '机关党委', '01 政治机关意识党课', 'README.md'), 'utf8');
    // Indicator 1 is due by 07-01 with 党课材料, and wants 图片.
    expect(readme).toContain('2020-07-01 党课材料 政治机关意识党课.pdf');
    expect(readme).toContain('2020-07-01 图片 政治机关意识党课/');
  });

  it('creates nothing the second time and leaves every byte as it was', async () => {
    const root = tempDir();
    const args = ['init', root, '--org', '某局机关党委', '--unit', '某局机关党委', '--unit', '第一党支部'];
    expect((await runCli(args)).code).toBe(0);
    const before = treeHash(root);
    const again = await runCli(args);
    expect(again.code).toBe(0);
    expect(treeHash(root)).toBe(before);
    // Without flags, the existing dangjian.yaml decides: still nothing new.
    expect((await runCli(['init'], root)).code).toBe(0);
    expect(treeHash(root)).toBe(before);
  });

  it('keeps a README the user changed and a folder the user renamed; fills in what was deleted', async () => {
    const root = tempDir();
    expect((await runCli(['init', root])).code).toBe(0);
    const unit = join(root, '机关党委');
    const own = join(unit, '05 学习品牌建设', 'README.md');
    writeFileSync(own, '我们自己的说明\n');
    renameSync(join(unit, '07 青年理论学习'), join(unit, '07 青年学习小组'));
    rmSync(join(unit, '09 四史教育'), { recursive: true });
    rmSync(join(root, '.gitignore'));

    const r = await runCli(['init', root]);
    expect(r.code).toBe(0);
    expect(readFileSync(own, 'utf8')).toBe('我们自己的说明\n');
    const folders = indicatorFolders(unit);
    expect(folders).toContain('07 青年学习小组');
    expect(folders).not.toContain('07 青年理论学习');
    expect(folders).toContain('09 四史教育');
    expect(existsSync(join(unit, '09 四史教育', 'README.md'))).toBe(true);
    expect(existsSync(join(root, '.gitignore'))).toBe(true);
    expect(folders).toHaveLength(39);
  });

  it('adds only what is missing in a folder that already has files', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'README.md'), '已有的说明\n');
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(root, '.github', 'workflows', 'dangjian.yml'), 'name: ours\n');
    expect((await runCli(['init', root])).code).toBe(0);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe('已有的说明\n');
    expect(readFileSync(join(root, '.github', 'workflows', 'dangjian.yml'), 'utf8')).toBe('name: ours\n');
    expect(existsSync(join(root, 'dangjian.yaml'))).toBe(true);
  });

  it.each([
    ['a unit name with a slash', ['--unit', '第一/支部']],
    ['a unit name leaving the folder', ['--unit', '..']],
    ['a unit name with a trailing dot', ['--unit', '第一支部.']],
    ['the same unit twice', ['--unit', '第一支部', '--unit', '第一支部']],
    ['a year that is not a year', ['--year', '20年']],
    ['an empty org', ['--org', ' ']],
    ['an unknown catalog', ['--catalog', '2099']],
  ])('refuses %s with exit 2, one line, nothing written', async (_name, flags) => {
    const root = tempDir();
    const r = await runCli(['init', root, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(listFiles(root)).toEqual([]);
  });

  it('refuses a target that is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '台账'), 'x');
    const r = await runCli(['init', '台账'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('台账');
    expect(readFileSync(join(dir, '台账'), 'utf8')).toBe('x');
  });

  it('refuses to write a folder where a file of that name exists, before writing anything', async () => {
    const root = tempDir();
    writeFileSync(join(root, '机关党委'), 'not a folder');
    const r = await runCli(['init', root]);
    expect(r.code).toBe(2);
    expect(listFiles(root)).toEqual(['机关党委']);
  });

  it('refuses to create a repo inside another one', async () => {
    const root = tempDir();
    expect((await runCli(['init', root])).code).toBe(0);
    const before = treeHash(root);
    const r = await runCli(['init', '新台账'], join(root, '机关党委'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(treeHash(root)).toBe(before);
  });

  it('stores a catalog file given on the command line relative to the repo; refuses one outside it', async () => {
    const base = tempDir();
    const root = join(base, '台账');
    mkdirSync(join(root, '指标'), { recursive: true });
    writeFileSync(
      join(root, '指标', '本局指标.yaml'),
      readFileSync(join(process.cwd(), 'indicators', '2020.yaml')),
    );
    const r = await runCli(['init', '台账', '--catalog', '台账/指标/本局指标.yaml'], base);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(loadConfig(root).catalog).toBe('指标/本局指标.yaml');

    const other = join(base, '另一个');
    const outside = await runCli(['init', other, '--catalog', join(root, '指标', '本局指标.yaml')]);
    expect(outside.code).toBe(2);
    expect(existsSync(other)).toBe(false);
  });

  it('takes the year from --year over the catalog', async () => {
    const root = tempDir();
    expect((await runCli(['init', root, '--year', '2021'])).code).toBe(0);
    expect(loadConfig(root).year).toBe(2021);
  });
});
