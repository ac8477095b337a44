import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir, treeHash } from './tree.js';

const SCAN = Buffer.from('%PDF-1.4 扫描件\n');
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

/** A repo with two units made by init, and a folder of source files outside it. */
async function setup(units = ['局机关党委', '机关第一党支部']) {
  const base = tempDir();
  const root = join(base, '台账');
  const flags = units.flatMap((u) => ['--unit', u]);
  const r = await runCli(['init', root, '--org', '某局机关党委', ...flags]);
  expect(r.code).toBe(0);
  const src = join(base, '下载');
  mkdirSync(src);
  writeFileSync(join(src, '扫描件.PDF'), SCAN);
  writeFileSync(join(src, 'IMG_0012.jpg'), PHOTO);
  writeFileSync(join(src, 'IMG_0013.jpg'), PHOTO);
  return { base, root, src };
}

describe('dangjian add', () => {
  it('copies a scan under its canonical name and a photo into an event folder; sources untouched', async () => {
    const { root, src } = await setup();
    const sourcesBefore = treeHash(src);
    const scan = await runCli(
      [
        'add',
        '1',
        join(src, '扫描件.PDF'),
        '--date',
        '2020-07-01',
        '--kind',
        '党课材料',
        '--title',
        '强化政治机关意识',
        '--unit',
        'jgdw',
      ],
      root,
    );
    expect(scan.stderr).toBe('');
    expect(scan.code).toBe(0);
    const folder = join(root, '局机关党委', '01 政治机关意识党课');
    expect(readFileSync(join(folder, '2020-07-01 党课材料 强化政治机关意识.pdf'))).toEqual(SCAN);
    expect(scan.stdout).toContain('局机关党委/01 政治机关意识党课/2020-07-01 党课材料 强化政治机关意识.pdf');

    const photos = await runCli(
      [
        'add',
        '1',
        join(src, 'IMG_0012.jpg'),
        join(src, 'IMG_0013.jpg'),
        '--event',
        '--date',
        '20200701',
        '--kind',
        '图片',
        '--title',
        '七一党课现场',
        '--unit',
        'jgdw',
      ],
      root,
    );
    expect(photos.code).toBe(0);
    const event = join(folder, '2020-07-01 图片 七一党课现场');
    expect(readdirSync(event).sort()).toEqual(['IMG_0012.jpg', 'IMG_0013.jpg']);
    expect(readFileSync(join(event, 'IMG_0013.jpg'))).toEqual(PHOTO);
    expect(treeHash(src)).toBe(sourcesBefore);
    // No temporary files left behind.
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('adds more files to an existing event folder, but never over a file in it', async () => {
    const { root, src } = await setup(['第一党支部']);
    const event = ['--event', '--date', '2020-05-04', '--kind', '图片', '--title', '五四活动'];
    expect((await runCli(['add', '21', join(src, 'IMG_0012.jpg'), ...event], root)).code).toBe(0);
    expect((await runCli(['add', '21', join(src, 'IMG_0013.jpg'), ...event], root)).code).toBe(0);
    const folder = join(root, '第一党支部', '21 岗位建功活动', '2020-05-04 图片 五四活动');
    expect(readdirSync(folder).sort()).toEqual(['IMG_0012.jpg', 'IMG_0013.jpg']);
    const before = treeHash(root);
    const again = await runCli(
      ['add', '21', join(src, 'IMG_0013.jpg'), join(src, '扫描件.PDF'), ...event],
      root,
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('IMG_0013.jpg');
    expect(treeHash(root)).toBe(before);
  });

  it('takes the title from the file name and lower-cases the extension', async () => {
    const { root, src } = await setup(['第一党支部']);
    const r = await runCli(
      ['add', '5', join(src, '扫描件.PDF'), '--date', '2020.03.15', '--kind', '学习记录'],
      root,
    );
    expect(r.code).toBe(0);
    expect(existsSync(join(root, '第一党支部', '05 学习品牌建设', '2020-03-15 学习记录 扫描件.pdf'))).toBe(
      true,
    );
  });

  it('refuses a second identical add and changes nothing', async () => {
    const { root, src } = await setup();
    const args = [
      'add',
      '5',
      join(src, '扫描件.PDF'),
      '--date',
      '2020-03-15',
      '--kind',
      '学习记录',
      '--unit',
      'zb1',
    ];
    expect((await runCli(args, root)).code).toBe(0);
    const before = treeHash(root);
    const again = await runCli(args, root);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('2020-03-15 学习记录 扫描件.pdf');
    expect(treeHash(root)).toBe(before);

    const event = [
      'add',
      '5',
      join(src, 'IMG_0012.jpg'),
      '--event',
      '--date',
      '2020-03-15',
      '--kind',
      '图片',
    ];
    expect((await runCli([...event, '--unit', 'zb1'], root)).code).toBe(0);
    const afterEvent = treeHash(root);
    expect((await runCli([...event, '--unit', 'zb1'], root)).code).toBe(2);
    expect(treeHash(root)).toBe(afterEvent);
  });

  it('uses an indicator folder the user renamed, and recreates a deleted one as NN title', async () => {
    const { root, src } = await setup(['第一党支部']);
    const unit = join(root, '第一党支部');
    renameSync(join(unit, '07 青年理论学习'), join(unit, '7 青年学习小组'));
    rmSync(join(unit, '09 四史教育'), { recursive: true });
    const common = ['--date', '2020-04-01', '--kind', '学习记录'];
    expect((await runCli(['add', '7', join(src, '扫描件.PDF'), ...common], root)).code).toBe(0);
    expect(existsSync(join(unit, '7 青年学习小组', '2020-04-01 学习记录 扫描件.pdf'))).toBe(true);
    expect(existsSync(join(unit, '07 青年理论学习'))).toBe(false);
    expect((await runCli(['add', '09', join(src, '扫描件.PDF'), ...common], root)).code).toBe(0);
    expect(existsSync(join(unit, '09 四史教育', '2020-04-01 学习记录 扫描件.pdf'))).toBe(true);
  });

  it('finds the repo from a folder inside it, or with --repo', async () => {
    const { base, root, src } = await setup(['第一党支部']);
    const inside = join(root, '第一党支部', '12 以案促改');
    const args = ['add', '12', join(src, '扫描件.PDF'), '--date', '2020-05-06', '--kind', '警示教育记录'];
    const r = await runCli(args, inside);
    expect(r.code).toBe(0);
    expect(existsSync(join(inside, '2020-05-06 警示教育记录 扫描件.pdf'))).toBe(true);
    const other = await runCli([...args, '--title', '第二次', '--repo', '台账'], base);
    expect(other.code).toBe(0);
    expect(existsSync(join(inside, '2020-05-06 警示教育记录 第二次.pdf'))).toBe(true);
  });

  it.each([
    ['an impossible date', ['--date', '2020-02-30', '--kind', '学习记录', '--unit', 'zb1'], undefined],
    ['a date outside the year', ['--date', '2021-01-05', '--kind', '学习记录', '--unit', 'zb1'], '2020'],
    ['an unknown kind', ['--date', '2020-03-01', '--kind', '图篇', '--unit', 'zb1'], '图片'],
    ['an unknown unit', ['--date', '2020-03-01', '--kind', '图片', '--unit', 'zb2'], 'zb1'],
    ['no unit when there are several', ['--date', '2020-03-01', '--kind', '图片'], '--unit'],
    [
      'a title with a colon',
      ['--date', '2020-03-01', '--kind', '图片', '--unit', 'zb1', '--title', '学习:一'],
      ':',
    ],
    [
      'a title ending in a dot',
      ['--date', '2020-03-01', '--kind', '图片', '--unit', 'zb1', '--title', '学习.'],
      undefined,
    ],
    [
      'a title that leaves the folder',
      ['--date', '2020-03-01', '--kind', '图片', '--unit', 'zb1', '--title', '../x'],
      undefined,
    ],
    ['no date', ['--kind', '图片', '--unit', 'zb1'], '--date'],
    ['no kind', ['--date', '2020-03-01', '--unit', 'zb1'], '--kind'],
  ])('refuses %s: exit 2, one clear line, nothing written', async (_name, flags, mention) => {
    const { root, src } = await setup();
    const before = treeHash(root);
    const r = await runCli(['add', '5', join(src, '扫描件.PDF'), ...flags], root);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    if (mention) expect(r.stderr).toContain(mention);
    expect(r.stdout).toBe('');
    expect(treeHash(root)).toBe(before);
  });

  it.each([
    ['an unknown indicator', ['99']],
    ['an indicator that is not a number', ['五']],
    ['a missing source file', ['5', '不存在.pdf']],
  ])('refuses %s with exit 2 and writes nothing', async (_name, args) => {
    const { root, src } = await setup();
    const before = treeHash(root);
    const files = args.length > 1 ? [] : [join(src, '扫描件.PDF')];
    const r = await runCli(
      ['add', ...args, ...files, '--date', '2020-03-01', '--kind', '图片', '--unit', 'zb1'],
      root,
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(treeHash(root)).toBe(before);
  });

  it('refuses two files that would get one name, and copies neither', async () => {
    const { root, src } = await setup(['第一党支部']);
    const before = treeHash(root);
    const r = await runCli(
      [
        'add',
        '5',
        join(src, 'IMG_0012.jpg'),
        join(src, 'IMG_0013.jpg'),
        '--date',
        '2020-03-01',
        '--kind',
        '图片',
        '--title',
        '现场',
      ],
      root,
    );
    expect(r.code).toBe(2);
    expect(treeHash(root)).toBe(before);
  });

  it('refuses outside a repo', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.pdf'), 'x');
    const r = await runCli(['add', '5', 'a.pdf', '--date', '2020-03-01', '--kind', '图片'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
