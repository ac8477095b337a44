// init creates only unit folders that lint accepts and that stay apart on Windows.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { runCli } from '../helpers/cli.js';
import { listFiles, tempDir, treeHash } from './tree.js';

describe('init: unit folders lint would reject', () => {
  it.each(['汇编', 'node_modules'])(
    'refuses --unit %s (reserved for the tool), writing nothing',
    async (name) => {
      const base = tempDir();
      const r = await runCli(['init', 'x', '--org', '局', '--unit', name], base);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`单位名称“${name}”不能用作单位文件夹`);
      expect(existsSync(join(base, 'x'))).toBe(false);
      const en = await runCli(['init', 'x', '--unit', '第一党支部', '--unit', name, '--lang', 'en'], base);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`"${name}" cannot be a unit folder`);
      expect(existsSync(join(base, 'x'))).toBe(false);
    },
  );

  it('accepts a name that only contains a reserved word, and lint then passes', async () => {
    const base = tempDir();
    expect((await runCli(['init', 'x', '--org', '局', '--unit', '汇编组'], base)).code).toBe(0);
    expect(loadConfig(join(base, 'x')).units.map((u) => u.dir)).toEqual(['汇编组']);
    expect((await runCli(['lint'], join(base, 'x'))).code).toBe(0);
  });
});

describe('init: unit folders that differ only in letter case', () => {
  it.each([
    ['ABC', 'abc'],
    ['Party支部', 'party支部'],
  ])('refuses --unit %s --unit %s: one folder on Windows', async (a, b) => {
    const root = tempDir();
    const r = await runCli(['init', root, '--unit', a, '--unit', b]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`--unit “${a}”和“${b}”只差字母大小写`);
    expect(listFiles(root)).toEqual([]);
  });

  it('refuses a hand-written dangjian.yaml whose unit dirs differ only in case (init, lint, check)', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'dangjian.yaml'),
      [
        'org: 某局机关党委',
        'year: 2020',
        'catalog: 2020',
        'units:',
        '  - { id: zb1, name: 第一党支部, dir: Zhibu, level: branch }',
        '  - { id: zb2, name: 第二党支部, dir: zhibu, level: branch }',
        '',
      ].join('\n'),
    );
    mkdirSync(join(root, 'Zhibu'));
    const before = treeHash(root);
    const r = await runCli(['init'], root);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('zhibu 与 Zhibu 只差字母大小写');
    for (const command of ['lint', 'check']) {
      const other = await runCli([command], root);
      expect(other.code).toBe(2);
      expect(other.stderr).toContain('dangjian.yaml:6');
      expect(other.stderr).toContain('只差字母大小写');
    }
    expect(treeHash(root)).toBe(before);
  });
});
