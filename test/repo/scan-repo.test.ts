import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { scanRepo } from '../../src/repo/scan-repo.js';
import type { RepoScan } from '../../src/types.js';
import { commitAll, git, hashTree, makeRepo, tempDir } from '../helpers/make-repo.js';

const codes = (scan: RepoScan) => scan.findings.map((f) => `${f.code} ${f.path ?? ''}`.trim()).sort();
const indicator = (scan: RepoScan, unit: string, id: number) =>
  scan.units.find((u) => u.unit.id === unit)!.indicators.find((i) => i.id === id)!;

describe('scanRepo', () => {
  it('reads units, indicator folders and events from a plain folder', async () => {
    const root = makeRepo({
      files: {
        '第一党支部/05 专题学习/2020-03-15 学习记录 第一次专题学习.pdf': 'a',
        '第一党支部/05 专题学习/20200315_图片_第一次专题学习.jpg': 'b',
        '第一党支部/05 专题学习/2020.04.20-学习计划-年度/IMG_0012.jpg': 'c',
        '第一党支部/05 专题学习/2020.04.20-学习计划-年度/计划.docx': 'd',
        '第一党支部/05 专题学习/_meta.yaml': '责任人: 张三\n',
        '第一党支部/5/2019-12-01 通知 旧.pdf': 'e',
        '局机关党委/01/README.md': 'x',
      },
    });
    const scan = await loadRepo(root);
    expect(scan.isGit).toBe(false);
    const five = indicator(scan, 'zb1', 5);
    expect(five.meta.owner).toBe('张三');
    expect(five.dir).toBe('第一党支部/05 专题学习');
    expect(five.events.map((e) => [e.date, e.kinds, e.entries.length])).toEqual([
      ['2020-03-15', ['图片', '学习记录'], 2],
      ['2020-04-20', ['图片', '计划'], 1],
    ]);
    expect(five.events[1]!.entries[0]).toEqual(
      expect.objectContaining({ isFolder: true, kind: '计划', title: '年度', date: '2020-04-20' }),
    );
    expect(indicator(scan, 'jgdw', 1)).toEqual({ id: 1, dir: '局机关党委/01', meta: {}, events: [] });
    expect(indicator(scan, 'jgdw', 2).dir).toBeUndefined();
    expect(scan.units.every((u) => u.indicators.length === 39)).toBe(true);
    expect(codes(scan)).toEqual([
      'name/out-of-year 第一党支部/5/2019-12-01 通知 旧.pdf',
      'repo/duplicate-indicator 第一党支部/5',
    ]);
  });

  it('counts one event for everything of one day, and 同时计入 for owed indicators only', async () => {
    const root = makeRepo({
      config: { responsibilities: { zb1: '1-30', jgdw: [31] } },
      files: {
        '第一党支部/01 党课/2020-07-01 党课 强化政治机关意识/讲稿.docx': 'a',
        '第一党支部/01 党课/2020-07-01 党课 强化政治机关意识/_event.yaml': '同时计入: [9, 30, 31, 99, 1]\n',
        '第一党支部/01 党课/20200701_图片_七一.jpg': 'b',
        '第一党支部/01 党课/2020.07.01 会议记录 主题党日.pdf': 'c',
        '第一党支部/01 党课/2020-07-02 党课 另一次/_event.yaml': 'also_counts_for: 9\n',
        '第一党支部/01 党课/2020-07-02 党课 另一次/a.pdf': 'd',
        '局机关党委/31/2020-01-05 计划 年度.pdf': 'e',
        '局机关党委/01/2020-01-05 计划 年度.pdf': 'f',
      },
    });
    const scan = await loadRepo(root);
    const one = indicator(scan, 'zb1', 1);
    expect(one.events).toHaveLength(2);
    expect(one.events[0]).toEqual(
      expect.objectContaining({
        date: '2020-07-01',
        kinds: ['会议记录', '党课材料', '图片'],
        alsoCountsFor: [9, 30],
      }),
    );
    expect(one.events[0]!.entries).toHaveLength(3);
    expect(one.events[1]!.alsoCountsFor).toEqual([9]);
    expect(codes(scan)).toEqual([
      'event/not-owed 第一党支部/01 党课/2020-07-01 党课 强化政治机关意识/_event.yaml',
      'event/unknown-indicator 第一党支部/01 党课/2020-07-01 党课 强化政治机关意识/_event.yaml',
      'repo/not-owed 局机关党委/01',
    ]);
    const notOwed = scan.findings.find((f) => f.code === 'event/not-owed')!;
    expect(notOwed).toEqual(
      expect.objectContaining({ unit: 'zb1', indicator: 1, line: 1, data: { number: 31 } }),
    );
  });

  it('reads _meta.yaml with Chinese keys or English aliases, and reports a broken one with its line', async () => {
    const root = makeRepo({
      files: {
        '第一党支部/20 执纪/_meta.yaml':
          '不适用: 本年度无执纪审查案例\n责任人: [张三, 李四]\n备注: 见上级通知\n',
        '第一党支部/21/_meta.yaml': 'not_applicable: none this year\nowner: Zhang\nnote: 3\n',
        '第一党支部/22/_meta.yaml': '责任人: 张三\n负责人: 李四\n',
        '第一党支部/23/_meta.yaml': '不适用: [\n',
        '第一党支部/24/_meta.yaml': '',
        '局机关党委/': {},
      },
    });
    const scan = await loadRepo(root);
    expect(indicator(scan, 'zb1', 20).meta).toEqual({
      notApplicable: '本年度无执纪审查案例',
      owner: '张三、李四',
      note: '见上级通知',
    });
    expect(indicator(scan, 'zb1', 21).meta).toEqual({
      notApplicable: 'none this year',
      owner: 'Zhang',
      note: '3',
    });
    expect(indicator(scan, 'zb1', 22).meta).toEqual({});
    expect(indicator(scan, 'zb1', 24).meta).toEqual({});
    expect(scan.findings.map((f) => [f.code, f.path, f.line, f.severity])).toEqual([
      ['schema/unknown-key', '第一党支部/22/_meta.yaml', 2, 'error'],
      ['yaml/syntax', '第一党支部/23/_meta.yaml', 2, 'error'],
    ]);
  });

  it('uses git for the file list: Chinese names intact, ignored files left out, committed known', async () => {
    const root = makeRepo({
      files: {
        '.gitignore': '*.tmp\n草稿/\n',
        '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf': 'a',
        '第一党支部/05 专题学习/2020-03-16 学习记录 第二次.pdf': 'b',
        '第一党支部/05 专题学习/ignored.tmp': 'c',
        '第一党支部/05 专题学习/草稿/x.pdf': 'd',
        '局机关党委/README.md': '# 局机关党委',
      },
      git: true,
    });
    writeFileSync(join(root, '第一党支部/05 专题学习/2020-03-17 学习记录 第三次.pdf'), 'e');
    writeFileSync(join(root, '第一党支部/05 专题学习/2020-03-16 学习记录 第二次.pdf'), 'changed');
    git(root, ['rm', '-q', '--cached', '--', '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf']);
    git(root, ['add', '--', '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf']);
    const scan = await loadRepo(root);
    expect(scan.isGit).toBe(true);
    const files = indicator(scan, 'zb1', 5).events.flatMap((e) => e.entries.flatMap((x) => x.files));
    expect(files.map((f) => [f.path.split('/').pop(), f.committed])).toEqual([
      ['2020-03-15 学习记录 第一次.pdf', true],
      ['2020-03-16 学习记录 第二次.pdf', false],
      ['2020-03-17 学习记录 第三次.pdf', false],
    ]);
    expect(codes(scan)).toEqual([]);
  });

  it('scans a repo that is a subfolder of a git repository, and leaves out deleted files', async () => {
    const outer = tempDir();
    mkdirSync(join(outer, '党建台账'));
    const root = makeRepo({
      dir: join(outer, '党建台账'),
      files: { '第一党支部/05/2020-03-15 学习记录.pdf': 'a', '第一党支部/05/2020-03-16 学习记录.pdf': 'b' },
    });
    writeFileSync(join(outer, '别的文件.txt'), 'x');
    commitAll(outer);
    renameSync(join(root, '第一党支部/05/2020-03-16 学习记录.pdf'), join(outer, 'moved.pdf'));
    const scan = await loadRepo(join(root, '第一党支部'));
    expect(scan.root).toBe(root);
    expect(scan.isGit).toBe(true);
    expect(indicator(scan, 'zb1', 5).events.map((e) => e.date)).toEqual(['2020-03-15']);
    expect(scan.fileCount).toBe(2);
  });

  it('files findings about names under the unit and indicator they stand in', async () => {
    const root = makeRepo({
      files: {
        '第一党支部/05 专题学习/2020-03-15 学习记录 第一次.pdf': 'a',
        '第一党支部/05 专题学习/2020-03-16 学习记录 aux.pdf.': 'b',
        '第一党支部/05 专题学习/2020-03-17 学习记录 外链.pdf': { symlink: '/etc/hostname' },
      },
    });
    const scan = await loadRepo(root);
    const placed = scan.findings
      .filter((f) => f.code === 'name/windows-unsafe' || f.code === 'repo/symlink-outside')
      .map((f) => `${f.code} ${f.unit} ${f.indicator}`);
    expect(placed).toEqual(['name/windows-unsafe zb1 5', 'repo/symlink-outside zb1 5']);
  });

  it('reads the folder itself when an enclosing git repository ignores it', async () => {
    const outer = tempDir();
    writeFileSync(join(outer, '.gitignore'), '台账副本/\n');
    commitAll(outer);
    mkdirSync(join(outer, '台账副本'));
    const root = makeRepo({
      dir: join(outer, '台账副本'),
      files: { '第一党支部/05/2020-03-15 学习记录 第一次.pdf': 'a' },
    });
    const scan = await loadRepo(root);
    expect(scan.isGit).toBe(false);
    expect(indicator(scan, 'zb1', 5).events.map((e) => e.date)).toEqual(['2020-03-15']);
  });

  it('never follows a symlink out of the repo, reports loops, and follows links inside', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.pdf'), 'secret');
    const root = makeRepo({
      files: {
        '第一党支部/05/2020-03-15 学习记录 原件.pdf': 'a',
        '第一党支部/05/2020-03-16 学习记录 外链.pdf': { symlink: join(outside, 'secret.pdf') },
        '第一党支部/05/2020-03-17 学习记录 内链.pdf': { symlink: '2020-03-15 学习记录 原件.pdf' },
        '第一党支部/05/2020-03-18 会议记录 文件夹外链': { symlink: outside },
        '第一党支部/05/2020-03-19 会议记录 循环/up': { symlink: '..' },
        '第一党支部/05/2020-03-19 会议记录 循环/a.pdf': 'b',
        '第一党支部/05/2020-03-20 学习记录 自指.pdf': { symlink: '2020-03-20 学习记录 自指.pdf' },
        '第一党支部/05/2020-03-21 学习记录 断链.pdf': { symlink: 'nothing-here.pdf' },
        '局机关党委/': {},
      },
    });
    for (const useGit of [false, true]) {
      if (useGit) commitAll(root);
      const scan = await scanRepo(root);
      expect(scan.isGit).toBe(useGit);
      expect(codes(scan)).toEqual([
        'repo/symlink-broken 第一党支部/05/2020-03-21 学习记录 断链.pdf',
        'repo/symlink-loop 第一党支部/05/2020-03-19 会议记录 循环/up',
        'repo/symlink-loop 第一党支部/05/2020-03-20 学习记录 自指.pdf',
        'repo/symlink-outside 第一党支部/05/2020-03-16 学习记录 外链.pdf',
        'repo/symlink-outside 第一党支部/05/2020-03-18 会议记录 文件夹外链',
      ]);
      expect(indicator(scan, 'zb1', 5).events.map((e) => e.date)).toEqual([
        '2020-03-15',
        '2020-03-17',
        '2020-03-19',
      ]);
    }
  });

  it('follows a folder symlink that stays inside the repo', async () => {
    const root = makeRepo({
      files: {
        '第一党支部/05/2020-03-15 学习记录.pdf': 'a',
        '第一党支部/06': { symlink: '05' },
        '局机关党委/': {},
      },
    });
    const scan = await scanRepo(root);
    expect(indicator(scan, 'zb1', 6).events.map((e) => e.entries[0]!.path)).toEqual([
      '第一党支部/06/2020-03-15 学习记录.pdf',
    ]);
    expect(codes(scan)).toEqual([]);
  });

  it('normalises decomposed (NFD) names to NFC', async () => {
    const nfd = '2020-03-15 学习记录 Café'.normalize('NFD');
    const root = makeRepo({ files: { [`第一党支部/05/${nfd}.pdf`]: 'a' } });
    const scan = await loadRepo(root);
    const file = indicator(scan, 'zb1', 5).events[0]!.entries[0]!.files[0]!;
    expect(file.path).toBe('第一党支部/05/2020-03-15 学习记录 Café.pdf'.normalize('NFC'));
    expect(file.fsPath).toBe(`第一党支部/05/${nfd}.pdf`);
  });

  it('supports a one-unit repo whose unit folder is the repo itself', async () => {
    const root = makeRepo({
      config: { units: [{ id: 'zb1', name: '第一党支部', dir: '.', level: 'branch' }] },
      files: { 'README.md': '# 台账', '05 专题学习/2020-03-15 学习记录.pdf': 'a', '杂项.pdf': 'b' },
    });
    const scan = await loadRepo(root);
    expect(scan.units[0]!.exists).toBe(true);
    expect(indicator(scan, 'zb1', 5).events).toHaveLength(1);
    expect(codes(scan)).toEqual(['repo/outside-indicator 杂项.pdf']);
  });

  it('reads nothing but sidecars and writes nothing', async () => {
    const root = makeRepo({ files: { '第一党支部/05/2020-03-15 学习记录.pdf': 'a' }, git: true });
    const before = hashTree(root);
    await loadRepo(root);
    expect(hashTree(root)).toBe(before);
  });

  it('ignores hidden files, OS and Office leftovers, node_modules and the 汇编 output folder', async () => {
    const root = makeRepo({
      files: {
        '.github/workflows/dangjian.yml': 'on: push',
        '.gitlab-ci.yml': 'lint: {}',
        '汇编/2020Q1/第一党支部.xlsx': 'xlsx',
        'node_modules/x/index.js': 'x',
        '第一党支部/.DS_Store': 'x',
        '第一党支部/05/Thumbs.db': 'x',
        '第一党支部/05/desktop.ini': 'x',
        '第一党支部/05/~$2020-03-15 学习记录.docx': 'x',
        '第一党支部/05/.hidden/x.pdf': 'x',
        '第一党支部/05/2020-03-15 学习记录.docx': 'x',
        '局机关党委/README.md': '# 局机关党委',
      },
    });
    const scan = await scanRepo(root);
    expect(codes(scan)).toEqual([]);
    // dangjian.yaml, the unit README and the one evidence file.
    expect(scan.fileCount).toBe(3);
  });

  it('reports sidecars where they do nothing', async () => {
    const root = makeRepo({
      files: {
        '第一党支部/_meta.yaml': '责任人: 张三',
        '第一党支部/05/_event.yaml': '同时计入: [9]',
        '第一党支部/05/2020-03-15 学习记录 x/sub/_event.yaml': '同时计入: [9]',
        '第一党支部/05/2020-03-15 学习记录 x/sub/a.pdf': 'a',
        '局机关党委/': {},
      },
    });
    const scan = await scanRepo(root);
    expect(codes(scan)).toEqual([
      'sidecar/misplaced 第一党支部/05/2020-03-15 学习记录 x/sub/_event.yaml',
      'sidecar/misplaced 第一党支部/05/_event.yaml',
      'sidecar/misplaced 第一党支部/_meta.yaml',
    ]);
    expect(indicator(scan, 'zb1', 5).events[0]!.alsoCountsFor).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it may not read instead of failing', async () => {
    const root = makeRepo({ files: { '第一党支部/05/2020-03-15 学习记录.pdf': 'a', '局机关党委/': {} } });
    chmodSync(join(root, '第一党支部/05'), 0o000);
    try {
      const scan = await scanRepo(root);
      expect(codes(scan)).toEqual(['repo/unreadable 第一党支部/05']);
    } finally {
      chmodSync(join(root, '第一党支部/05'), 0o755);
    }
  });
});
