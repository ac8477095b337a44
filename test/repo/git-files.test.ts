// What git says about each file, read from `ls-files -s` and `status`: committed, blob, symlink;
// submodules, deleted files and conflict stages left out or kept once.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitFiles } from '../../src/repo/git-files.js';
import { git } from '../helpers/make-repo.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('gitFiles', () => {
  it('reports each kind of entry as git knows it', async () => {
    const root = mkdtempSync(join(os.tmpdir(), 'dangjian-git-'));
    dirs.push(root);
    git(root, ['init', '-q']);
    mkdirSync(join(root, '单位', '05 学习'), { recursive: true });
    const files = {
      kept: '单位/05 学习/2020-03-15 学习记录 第一次.pdf',
      changed: '单位/05 学习/2020-04-01 通知.pdf',
      gone: '单位/05 学习/2020-05-01 通知.pdf',
      staged: '单位/05 学习/2020-06-01 方案.pdf',
      fresh: '单位/05 学习/2020-07-01 计划 新.pdf',
      tab: '单位/05 学习/a\tb.pdf',
    };
    for (const path of [files.kept, files.changed, files.gone, files.tab])
      writeFileSync(join(root, path), path);
    symlinkSync('2020-03-15 学习记录 第一次.pdf', join(root, '单位/05 学习/2020-08-01 通知.pdf'));
    git(root, ['add', '-A']);
    // A submodule is a gitlink (mode 160000) in the index.
    git(root, ['update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},sub`]);
    git(root, ['commit', '-qm', 'first']);
    writeFileSync(join(root, files.changed), 'edited');
    rmSync(join(root, files.gone));
    writeFileSync(join(root, files.staged), 'new');
    git(root, ['add', '--', files.staged]);
    writeFileSync(join(root, files.fresh), 'untracked');
    // A path in conflict: stages 1, 2 and 3 of the same file.
    const blob = git(root, ['hash-object', '-w', '--stdin'], 'x').trim();
    const stages = [1, 2, 3].map((n) => `100644 ${blob} ${n}\t单位/冲突.pdf`).join('\n');
    git(root, ['update-index', '--index-info'], `${stages}\n`);
    writeFileSync(join(root, '单位/冲突.pdf'), 'x');

    const listed = await gitFiles(root);
    const byPath = new Map(listed.map((f) => [f.path, f]));
    expect(listed.map((f) => f.path).sort()).toEqual(
      [
        files.kept,
        files.changed,
        files.staged,
        files.fresh,
        files.tab,
        '单位/05 学习/2020-08-01 通知.pdf',
        '单位/冲突.pdf',
      ].sort(),
    );
    const keptBlob = git(root, ['rev-parse', `HEAD:${files.kept}`]).trim();
    expect(byPath.get(files.kept)).toEqual({
      path: files.kept,
      fsPath: files.kept,
      symlink: false,
      committed: true,
      blob: keptBlob,
      empty: false,
    });
    expect(byPath.get(files.tab)?.committed).toBe(true);
    expect(byPath.get(files.changed)).toEqual({
      path: files.changed,
      fsPath: files.changed,
      symlink: false,
      committed: false,
    });
    expect(byPath.get(files.staged)?.committed).toBe(false);
    expect(byPath.get(files.fresh)).toEqual({ path: files.fresh, fsPath: files.fresh, committed: false });
    expect(byPath.get('单位/05 学习/2020-08-01 通知.pdf')?.symlink).toBe(true);
    expect(listed.filter((f) => f.path === '单位/冲突.pdf')).toHaveLength(1);
  });

  it('gives NFC paths for reports and keeps the spelling on disk for fs calls', async () => {
    const root = mkdtempSync(join(os.tmpdir(), 'dangjian-git-'));
    dirs.push(root);
    git(root, ['init', '-q']);
    const nfd = 'Cafe\u0301 2020-03-15 学习记录.pdf';
    writeFileSync(join(root, nfd), 'x');
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'first']);
    writeFileSync(join(root, `new ${nfd}`), 'y');
    const listed = await gitFiles(root);
    expect(listed.map((f) => [f.path, f.fsPath]).sort()).toEqual(
      [
        [nfd.normalize('NFC'), nfd],
        [`new ${nfd}`.normalize('NFC'), `new ${nfd}`],
      ].sort(),
    );
  });

  it('lists the files inside wholly new folders, leaving out ignored ones and nested repositories', async () => {
    const root = mkdtempSync(join(os.tmpdir(), 'dangjian-git-'));
    dirs.push(root);
    git(root, ['init', '-q']);
    writeFileSync(join(root, '.gitignore'), '*.tmp\n');
    mkdirSync(join(root, '单位', '01 学习'), { recursive: true });
    writeFileSync(join(root, '单位', '01 学习', 'README.md'), 'r');
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'first']);
    // A new event folder in a known indicator folder, a new indicator folder two levels deep,
    // folders whose names git would read as a pattern, and a nested repository.
    const fresh = [
      '单位/01 学习/2020-03-01 会议记录 支委会/纪要.pdf',
      '单位/01 学习/2020-03-01 会议记录 支委会/照片/IMG_1.jpg',
      '单位/05 党课[七一]/2020-07-01 党课材料/讲稿*.docx',
      '新单位/09 主题党日/2020-05-01 图片.jpg',
      // Read as pathspec magic, `:新/` would mean `新/`.
      ':新/2020-01-01 图片.jpg',
    ];
    for (const path of fresh) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), path);
    }
    writeFileSync(join(root, '单位/01 学习/2020-03-01 会议记录 支委会/~临时.tmp'), 'x');
    mkdirSync(join(root, '单位/05 党课七'), { recursive: true });
    mkdirSync(join(root, '单位/嵌套'));
    git(join(root, '单位/嵌套'), ['init', '-q']);
    writeFileSync(join(root, '单位/嵌套/a.pdf'), 'a');

    const listed = await gitFiles(root);
    const untracked = listed.filter((f) => !f.committed).map((f) => f.path);
    expect(untracked.sort()).toEqual([...fresh].sort());
  });

  it('lists every new file when there are too many new folders to name', async () => {
    const root = mkdtempSync(join(os.tmpdir(), 'dangjian-git-'));
    dirs.push(root);
    git(root, ['init', '-q']);
    writeFileSync(join(root, '.gitignore'), '*.tmp\n');
    writeFileSync(join(root, 'dangjian.yaml'), 'x');
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'first']);
    const fresh = ['单/2020-01-01 图片.jpg'];
    for (let k = 0; k < 250; k++) {
      mkdirSync(join(root, `d${k}`));
      writeFileSync(join(root, `d${k}`, 'a.pdf'), 'a');
      writeFileSync(join(root, `d${k}`, 'b.tmp'), 'b');
      fresh.push(`d${k}/a.pdf`);
    }
    mkdirSync(join(root, '单'));
    writeFileSync(join(root, fresh[0]!), 'x');
    writeFileSync(join(root, 'top.pdf'), 'top');
    fresh.push('top.pdf');
    const listed = await gitFiles(root);
    const untracked = listed.filter((f) => !f.committed).map((f) => f.path);
    expect(untracked.sort()).toEqual(fresh.sort());
  });

  it('reads a folder inside the repo: paths relative to it, new folders elsewhere left out', async () => {
    const root = mkdtempSync(join(os.tmpdir(), 'dangjian-git-'));
    dirs.push(root);
    git(root, ['init', '-q']);
    mkdirSync(join(root, '台账', '单位'), { recursive: true });
    writeFileSync(join(root, '台账', 'dangjian.yaml'), 'x');
    git(root, ['add', '-A']);
    git(root, ['commit', '-qm', 'first']);
    mkdirSync(join(root, '台账', '单位', '01 学习'));
    writeFileSync(join(root, '台账', '单位', '01 学习', '2020-01-01 图片.jpg'), 'x');
    mkdirSync(join(root, '别处'));
    writeFileSync(join(root, '别处', 'a.pdf'), 'a');
    const listed = await gitFiles(join(root, '台账'));
    expect(listed.map((f) => [f.path, f.committed]).sort()).toEqual([
      ['dangjian.yaml', true],
      ['单位/01 学习/2020-01-01 图片.jpg', false],
    ]);
  });
});
