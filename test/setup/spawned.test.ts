// init and add as a person runs them: the built bin, in a real git repository with Chinese names.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { tempDir, treeHash } from './tree.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'core.quotepath=false', '-c', 'user.name=组织委员', '-c', 'user.email=zzwy@example.org', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );

describe('init and add, spawned, in a git repository', () => {
  let root = '';
  let downloads = '';

  beforeAll(() => {
    const base = tempDir();
    root = join(base, '党建 台账');
    downloads = join(base, '下载 文件');
    mkdirSync(root);
    mkdirSync(downloads);
    git(root, 'init', '-q');
    writeFileSync(join(downloads, '七一党课 扫描件.PDF'), '%PDF-1.4\n');
    writeFileSync(join(downloads, '现场 1.JPG'), 'jpeg 1');
    writeFileSync(join(downloads, '现场 2.jpg'), 'jpeg 2');
  });

  it('init creates the repo and exits 0', () => {
    const r = spawnCli(
      ['init', '--org', '某局机关党委', '--unit', '局机关党委', '--unit', '机关第一党支部'],
      root,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dangjian.yaml');
  });

  it('init again changes nothing', () => {
    const before = treeHash(root);
    const r = spawnCli(['init'], root);
    expect(r.code).toBe(0);
    expect(treeHash(root)).toBe(before);
  });

  it('add files a scan and photos from inside an indicator folder', () => {
    const folder = join(root, '机关第一党支部', '01 政治机关意识党课');
    const sources = treeHash(downloads);
    const addScan = [
      'add',
      '1',
      join(downloads, '七一党课 扫描件.PDF'),
      '--date',
      '2020-06-30',
      '--kind',
      '党课材料',
      '--unit',
      'zb1',
    ];
    const scan = spawnCli(addScan, folder);
    expect(scan.stderr).toBe('');
    expect(scan.code).toBe(0);
    const photos = spawnCli(
      [
        'add',
        '1',
        join(downloads, '现场 1.JPG'),
        join(downloads, '现场 2.jpg'),
        '--event',
        '--date',
        '2020-06-30',
        '--kind',
        '图片',
        '--title',
        '七一党课现场',
        '--unit',
        'zb1',
      ],
      folder,
    );
    expect(photos.code).toBe(0);
    expect(readFileSync(join(folder, '2020-06-30 党课材料 七一党课 扫描件.pdf'), 'utf8')).toBe('%PDF-1.4\n');
    expect(readFileSync(join(folder, '2020-06-30 图片 七一党课现场', '现场 1.JPG'), 'utf8')).toBe('jpeg 1');
    expect(treeHash(downloads)).toBe(sources);

    const again = spawnCli(addScan, folder);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a bad kind is refused with a did-you-mean, exit 2', () => {
    const before = treeHash(root);
    const r = spawnCli(
      ['add', '1', join(downloads, '现场 1.JPG'), '--date', '2020-06-30', '--kind', '图篇', '--unit', 'zb1'],
      root,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('图片');
    expect(r.stderr).not.toContain('    at ');
    expect(treeHash(root)).toBe(before);
  });

  it('git commits everything under its Chinese names; scans and photos are marked for LFS', () => {
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', '初始化台账');
    const files = git(root, 'ls-files', '-z').split('\0').filter(Boolean);
    expect(files).toContain('dangjian.yaml');
    expect(files).toContain('机关第一党支部/01 政治机关意识党课/2020-06-30 党课材料 七一党课 扫描件.pdf');
    expect(files).toContain('机关第一党支部/01 政治机关意识党课/2020-06-30 图片 七一党课现场/现场 1.JPG');
    expect(files.filter((f) => f.endsWith('/README.md'))).toHaveLength(78);
    const attr = git(root, 'check-attr', 'filter', '--', '局机关党委/扫描.PDF', 'a/照片.jpeg', 'a/说明.md');
    expect(attr).toContain('局机关党委/扫描.PDF: filter: lfs');
    expect(attr).toContain('a/照片.jpeg: filter: lfs');
    expect(attr).toContain('a/说明.md: filter: unspecified');
    const lint = spawnCli(['lint', '--format', 'json'], root);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout).findings).toEqual([]);
    const ignored = git(
      root,
      'check-ignore',
      '--no-index',
      '-v',
      '汇编/2020Q1/a.xlsx',
      'x/~$会议.docx',
      'x/Thumbs.db',
    );
    expect(ignored.trim().split('\n')).toHaveLength(3);
  });
});
