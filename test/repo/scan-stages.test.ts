// In a git repo the tracked files are scanned while status looks at the working tree, and what
// status says is applied afterwards. Whatever the working tree's state, the result must be the one
// a plain walk of the folder gives, with git's committed flags on top.
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanRepo } from '../../src/repo/scan-repo.js';
import type { RepoScan } from '../../src/types.js';
import { commitAll, git, hashTree, makeRepo } from '../helpers/make-repo.js';

const U = '第一党支部';

/** Every event file as `path committed`, and every finding as `code path`, sorted. */
function summary(scan: RepoScan, withCommitted: boolean) {
  const files: string[] = [];
  for (const unit of scan.units)
    for (const indicator of unit.indicators)
      for (const event of indicator.events)
        for (const entry of event.entries)
          for (const file of entry.files)
            files.push(withCommitted ? `${file.path} ${file.committed}` : `${indicator.id} ${file.path}`);
  const findings = scan.findings.map((f) => `${f.code} ${f.path ?? ''}`);
  return { files: files.sort(), findings: findings.sort(), fileCount: scan.fileCount };
}

/** The same scan by git and by walking, findings about git itself left out of the comparison. */
async function bothWays(dir: string) {
  const before = hashTree(dir);
  const byGit = await scanRepo(dir);
  const byWalk = await scanRepo(dir, { git: false });
  expect(hashTree(dir)).toBe(before);
  expect(byGit.isGit).toBe(true);
  expect(byWalk.isGit).toBe(false);
  expect(summary(byGit, false)).toEqual(summary(byWalk, false));
  return byGit;
}

describe('scanning a git repo in two stages', () => {
  it('applies changed, staged, deleted and new files as a walk of the folder sees them', async () => {
    const dir = makeRepo({
      files: {
        [`${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`]: 'a',
        [`${U}/05 专题学习/2020-03-20 学习记录 要改的.pdf`]: 'b',
        [`${U}/05 专题学习/2020-04-01 学习记录 要删的.pdf`]: 'c',
        // Deleted, and badly named: once gone, its finding must go too.
        [`${U}/05 专题学习/学习记录 没有日期.pdf`]: 'd',
        [`${U}/06 主题党日/2020-05-01 会议记录 支委会/纪要.pdf`]: 'e',
        [`${U}/06 主题党日/2020-05-01 会议记录 支委会/_event.yaml`]: '同时计入: [9]\n',
      },
      git: true,
    });
    writeFileSync(join(dir, `${U}/05 专题学习/2020-03-20 学习记录 要改的.pdf`), 'changed');
    rmSync(join(dir, `${U}/05 专题学习/2020-04-01 学习记录 要删的.pdf`));
    rmSync(join(dir, `${U}/05 专题学习/学习记录 没有日期.pdf`));
    writeFileSync(join(dir, `${U}/05 专题学习/2020-05-10 学习记录 已暂存.pdf`), 'staged');
    git(dir, ['add', '--', `${U}/05 专题学习/2020-05-10 学习记录 已暂存.pdf`]);
    mkdirSync(join(dir, `${U}/07 新文件夹/2020-06-01 图片 活动`), { recursive: true });
    writeFileSync(join(dir, `${U}/07 新文件夹/2020-06-01 图片 活动/IMG_1.jpg`), 'new');

    const scan = await bothWays(dir);
    expect(summary(scan, true).files).toEqual(
      [
        `${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf true`,
        `${U}/05 专题学习/2020-03-20 学习记录 要改的.pdf false`,
        `${U}/05 专题学习/2020-05-10 学习记录 已暂存.pdf false`,
        `${U}/06 主题党日/2020-05-01 会议记录 支委会/纪要.pdf true`,
        `${U}/07 新文件夹/2020-06-01 图片 活动/IMG_1.jpg false`,
      ].sort(),
    );
    expect(scan.findings.map((f) => f.code)).not.toContain('name/no-date');
    // Only a committed, unchanged file keeps git's object id.
    const withBlob = scan.units
      .flatMap((u) => u.indicators)
      .flatMap((i) => i.events.flatMap((e) => e.entries.flatMap((en) => en.files)))
      .filter((f) => f.blob !== undefined)
      .map((f) => f.path);
    expect(withBlob).toEqual([
      `${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`,
      `${U}/06 主题党日/2020-05-01 会议记录 支委会/纪要.pdf`,
    ]);
  });

  it('marks changed and staged files when nothing was deleted', async () => {
    const dir = makeRepo({
      files: {
        [`${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`]: 'a',
        [`${U}/05 专题学习/2020-03-20 学习记录 要改的.pdf`]: 'b',
      },
      git: true,
    });
    writeFileSync(join(dir, `${U}/05 专题学习/2020-03-20 学习记录 要改的.pdf`), 'changed');
    writeFileSync(join(dir, `${U}/05 专题学习/2020-05-10 学习记录 已暂存.pdf`), 'staged');
    git(dir, ['add', '--', `${U}/05 专题学习/2020-05-10 学习记录 已暂存.pdf`]);
    const scan = await bothWays(dir);
    expect(summary(scan, true).files).toEqual([
      `${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf true`,
      `${U}/05 专题学习/2020-03-20 学习记录 要改的.pdf false`,
      `${U}/05 专题学习/2020-05-10 学习记录 已暂存.pdf false`,
    ]);
  });

  it('reads an uncommitted repo (nothing in the index yet) from status alone', async () => {
    const dir = makeRepo({
      files: { [`${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`]: 'a' },
      git: { commit: false },
    });
    const scan = await bothWays(dir);
    expect(summary(scan, true).files).toEqual([`${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf false`]);
  });

  it('reads again through a symlinked folder whose link changed since it was committed', async () => {
    const dir = makeRepo({
      files: {
        [`${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`]: 'a',
        '资料/甲/2020-04-01 学习记录 甲.pdf': 'x',
        '资料/乙/2020-04-02 学习记录 乙.pdf': 'y',
        [`${U}/06 主题党日/2020-05-01 会议记录 支委会/纪要.pdf`]: 'e',
      },
      config: {
        units: [{ id: 'zb1', name: U, dir: U, level: 'branch' }],
      },
      git: false,
    });
    symlinkSync('../../资料/甲', join(dir, `${U}/05 专题学习/2020-04-01 学习记录 外借`));
    commitAll(dir);
    rmSync(join(dir, `${U}/05 专题学习/2020-04-01 学习记录 外借`));
    symlinkSync('../../资料/乙', join(dir, `${U}/05 专题学习/2020-04-01 学习记录 外借`));
    const scan = await bothWays(dir);
    const files = summary(scan, true).files;
    expect(files).toContain(`${U}/05 专题学习/2020-04-01 学习记录 外借/2020-04-02 学习记录 乙.pdf false`);
    expect(files.some((f) => f.includes('甲.pdf'))).toBe(false);
  });

  it('reads a repo moved into a folder an enclosing repository ignores by walking it', async () => {
    const outer = makeRepo({ config: false, files: { '.gitignore': '台账/\n' }, git: true });
    const inner = makeRepo({ files: { [`${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`]: 'a' } });
    renameSync(inner, join(outer, '台账'));
    const scan = await scanRepo(join(outer, '台账'));
    expect(scan.isGit).toBe(false);
    expect(scan.fileCount).toBeGreaterThan(0);
  });
});

describe('object ids of committed files', () => {
  it('are read for lint and left out on request, with nothing else changed', async () => {
    const dir = makeRepo({
      files: {
        [`${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`]: 'a',
        [`${U}/06 主题党日/2020-05-01 会议记录 支委会/纪要.pdf`]: 'e',
      },
      git: true,
    });
    writeFileSync(join(dir, U, '05 专题学习', '2020-03-16 学习记录 新的.pdf'), 'new');
    const files = (scan: RepoScan) =>
      scan.units.flatMap((u) =>
        u.indicators.flatMap((i) => i.events.flatMap((e) => e.entries.flatMap((x) => x.files))),
      );
    const full = files(await scanRepo(dir));
    const lean = files(await scanRepo(dir, { blobs: false }));
    const blob = git(dir, ['rev-parse', `HEAD:${U}/05 专题学习/2020-03-15 学习记录 第一次.pdf`]).trim();
    expect(full.find((f) => f.path.endsWith('第一次.pdf'))?.blob).toBe(blob);
    expect(full.filter((f) => f.blob !== undefined)).toHaveLength(2);
    expect(lean.filter((f) => f.blob !== undefined)).toHaveLength(0);
    expect(lean).toEqual(full.map(({ blob: _, ...rest }) => rest));
    expect(lean.map((f) => f.committed)).toEqual([true, false, true]);
  });
});
