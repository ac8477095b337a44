import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFindingsText } from '../../src/report/findings-text.js';
import type { Finding } from '../../src/types.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { hashTree, makeRepo, tempDir } from '../helpers/make-repo.js';

const good = {
  '第一党支部/05 专题学习/2020-03-15 学习记录 第一次专题学习.pdf': 'minutes',
  '第一党支部/05 专题学习/20200420_会议记录_支委会/IMG_0012.jpg': 'photo',
  '局机关党委/01 政治机关意识教育/2020-07-01 党课 七一党课.pdf': 'lecture',
};

/** Run lint and prove it left the tree exactly as it was. */
async function lint(dir: string, args: string[] = [], cwd = dir) {
  const before = hashTree(dir);
  const result = await runCli(['lint', ...args], cwd);
  expect(hashTree(dir)).toBe(before);
  return result;
}

describe('dangjian lint (in-process)', () => {
  it('passes a clean git repo with Chinese names, from a subfolder too', async () => {
    const dir = makeRepo({ files: good, git: true });
    const r = await lint(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('没有发现问题');
    const inner = await lint(dir, [], join(dir, '第一党支部', '05 专题学习'));
    expect(inner.code).toBe(0);
  });

  it('warns about uncommitted evidence without failing', async () => {
    const dir = makeRepo({ files: good, git: true });
    writeFileSync(join(dir, '第一党支部/05 专题学习/2020-03-16 学习记录 新加的.pdf'), 'new');
    const r = await lint(dir, ['--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'git/uncommitted',
        unit: 'zb1',
        indicator: 5,
        path: '第一党支部/05 专题学习/2020-03-16 学习记录 新加的.pdf',
      }),
    ]);
  });

  it('reports symlinks leaving the repo or looping, and LFS pointers as the files they stand for', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'x.pdf'), 'x');
    const dir = makeRepo({
      files: {
        ...good,
        '第一党支部/05 专题学习/2020-03-17 学习记录 外链.pdf': { symlink: join(outside, 'x.pdf') },
        '第一党支部/05 专题学习/2020-03-18 学习记录 循环.pdf': { symlink: '2020-03-18 学习记录 循环.pdf' },
        // The same photo stored twice through LFS: two identical pointers, so one git object.
        '第一党支部/06/2020-03-19 图片 大文件.jpg': { lfs: 'a large photo' },
        '第一党支部/07/2020-03-19 图片 同一张.jpg': { lfs: 'a large photo' },
        // Git LFS never makes a pointer for an empty file: it is committed as git's empty object.
        '第一党支部/08/2020-03-20 图片 空.jpg': '',
      },
      git: true,
    });
    const r = await lint(dir, ['--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.map((f: Finding) => `${f.code} ${f.path}`);
    expect(found).toEqual([
      'repo/symlink-outside 第一党支部/05 专题学习/2020-03-17 学习记录 外链.pdf',
      'repo/symlink-loop 第一党支部/05 专题学习/2020-03-18 学习记录 循环.pdf',
      'file/duplicate 第一党支部/07/2020-03-19 图片 同一张.jpg',
      'file/empty 第一党支部/08/2020-03-20 图片 空.jpg',
    ]);
  });

  it('exits 2 with one line per problem for a broken dangjian.yaml', async () => {
    const dir = makeRepo({
      config:
        'org: 某局\nyear: 2020\ncatalog: 2020\nunits:\n  - { id: zb1, name: 支部, dir: 支部, level: team }\nfoo: 1\n',
    });
    const r = await lint(dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^dangjian\.yaml:5:\d+: /);
    expect(lines[1]).toMatch(/^dangjian\.yaml:6:1: .*foo/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 and says to run init when there is no dangjian.yaml', async () => {
    const dir = tempDir();
    const r = await lint(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dangjian init');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a catalog that cannot be loaded', async () => {
    const dir = makeRepo({
      config: { catalog: 'my-catalog.yaml' },
      files: { 'my-catalog.yaml': 'not: [a catalog' },
    });
    const r = await lint(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('my-catalog.yaml');
  });

  it('refuses an unknown --format', async () => {
    const r = await runCli(['lint', makeRepo(), '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('text | json | github');
  });

  it('prints GitHub annotations on the file and line', async () => {
    const dir = makeRepo({
      files: {
        ...good,
        '第一党支部/05 专题学习/_meta.yaml': '负责人: 张三\n',
        '第一党支部/05 专题学习/scan,1.pdf': 'x',
      },
    });
    const r = await lint(dir, ['--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=第一党支部\/05 专题学习\/_meta\.yaml,line=1,col=1,title=dangjian schema\/unknown-key::/,
    );
    expect(lines[1]).toMatch(
      /^::error file=第一党支部\/05 专题学习\/scan%2C1\.pdf,title=dangjian name\/no-date::/,
    );
    expect(lines[2]).toBe('共 2 个错误，0 个警告');
  });

  it('speaks English with --lang en', async () => {
    const dir = makeRepo({ files: { ...good, '第一党支部/05 专题学习/notes.pdf': 'x' } });
    const r = await lint(dir, ['--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('does not start with a date');
    expect(r.stdout).toContain('1 error(s), 0 warning(s)');
  });

  it('has Chinese help with examples', async () => {
    const r = await runCli(['lint', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('示例');
    expect(r.stdout).toContain('dangjian lint --format json');
  });
});

describe('findings text', () => {
  const findings: Finding[] = [
    { severity: 'warning', code: 'repo/unclaimed-folder', path: '旧资料', data: {} },
    { severity: 'error', code: 'name/no-date', unit: 'zb1', indicator: 5, path: 'b/05/x.pdf', data: {} },
    { severity: 'error', code: 'file/empty', unit: 'zb1', indicator: 5, path: 'b/05/a.pdf', data: {} },
    { severity: 'error', code: 'repo/unit-missing', unit: 'jgdw', path: 'a', data: { name: '局机关党委' } },
  ];
  const units = [
    { id: 'jgdw', name: '局机关党委' },
    { id: 'zb1', name: '第一党支部' },
  ];

  it('groups by unit and indicator in config order and ends with the summary', () => {
    const text = formatFindingsText(findings, { lang: 'zh', units });
    const headings = text.split('\n').filter((l) => l && !l.startsWith(' '));
    expect(headings).toEqual([
      '仓库',
      '局机关党委（jgdw）',
      '第一党支部（zb1） · 第 5 项指标',
      '共 3 个错误，1 个警告',
    ]);
    expect(text.indexOf('b/05/a.pdf')).toBeLessThan(text.indexOf('b/05/x.pdf'));
  });

  it('colours only when given paint', () => {
    const paint = {
      error: (s: string) => `<e>${s}</e>`,
      warning: (s: string) => `<w>${s}</w>`,
      good: (s: string) => s,
      dim: (s: string) => s,
      bold: (s: string) => s,
    };
    expect(formatFindingsText(findings, { lang: 'zh', units })).not.toContain('<e>');
    expect(formatFindingsText(findings, { lang: 'zh', units, paint })).toContain('<e>错误</e>');
  });
});

describe('dangjian lint (spawned)', () => {
  beforeAll(async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync('npm', ['run', 'build'], {
      cwd: new URL('../..', import.meta.url).pathname,
      stdio: 'ignore',
    });
  }, 120_000);

  it('runs the real bin on a git repo with Chinese names', () => {
    const dir = makeRepo({
      files: { ...good, '第一党支部/05 专题学习/2020-02-30 通知 错日期.pdf': 'x' },
      git: true,
    });
    const before = hashTree(dir);
    const clean = spawnCli(['lint', '--format', 'json'], dir);
    expect(hashTree(dir)).toBe(before);
    expect(clean.code).toBe(1);
    expect(JSON.parse(clean.stdout).findings).toEqual([
      expect.objectContaining({
        code: 'name/bad-date',
        path: '第一党支部/05 专题学习/2020-02-30 通知 错日期.pdf',
      }),
    ]);
    const text = spawnCli(['lint'], dir);
    expect(text.stdout).toContain('共 1 个错误，0 个警告');
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('exits 2 without a stack trace when dangjian.yaml is missing', () => {
    const r = spawnCli(['lint'], tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dangjian init');
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('dangjian lint: where it looks', () => {
  it('refuses a folder that does not exist instead of linting the repo around it', async () => {
    const dir = makeRepo({ files: good });
    const r = await runCli(['lint', '不存在的文件夹'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不存在的文件夹');
  });
});
