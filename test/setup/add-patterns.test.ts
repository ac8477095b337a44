// `add` expands `*.jpg` itself: on Windows neither cmd.exe nor PowerShell does it for the user.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandSources, MAX_MATCHES, type SourceFile } from '../../src/setup/expand-sources.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { tempDir, treeHash } from './tree.js';

const paths = (sources: SourceFile[]) => sources.map((s) => s.path);

const EVENT = ['--event', '--date', '2020-07-01', '--kind', '图片', '--title', '七一党课现场'];

async function setup() {
  const base = tempDir();
  const root = join(base, '台账');
  expect((await runCli(['init', root, '--org', '某局机关党委', '--unit', '第一党支部'])).code).toBe(0);
  const src = join(base, '下载');
  mkdirSync(join(src, '更早'), { recursive: true });
  for (const name of [
    'IMG_0013.jpg',
    'IMG_0012.jpg',
    '说明.pdf',
    '[1].jpg',
    '.隐藏.jpg',
    '更早/IMG_0001.jpg',
  ]) {
    writeFileSync(join(src, name), name);
  }
  return {
    root,
    src,
    folder: join(root, '第一党支部', '01 政治机关意识党课', '2020-07-01 图片 七一党课现场'),
  };
}

describe('add with file patterns', () => {
  it('copies every file a pattern matches, in name order, hidden files and sub-folders left out', async () => {
    const { root, src, folder } = await setup();
    const sources = treeHash(src);
    // Run from the folder of downloads, as a user who typed `*.jpg` there would.
    const r = await runCli(['add', '1', '*.jpg', ...EVENT, '--repo', root], src);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['IMG_0012.jpg', 'IMG_0013.jpg', '[1].jpg'].sort());
    expect(r.stdout.indexOf('IMG_0012.jpg')).toBeLessThan(r.stdout.indexOf('IMG_0013.jpg'));
    expect(treeHash(src)).toBe(sources);
  });

  it('takes a name that exists as it is, even when it looks like a pattern', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '[1].jpg'), 'literal');
    writeFileSync(join(dir, '1.jpg'), 'would match the pattern');
    expect(paths(expandSources(dir, ['[1].jpg']))).toEqual([join(dir, '[1].jpg')]);
    expect(paths(expandSources(dir, ['[12].jpg']))).toEqual([join(dir, '1.jpg')]);
  });

  it('names each file once, however many arguments match it', () => {
    const dir = tempDir();
    for (const name of ['a.jpg', 'b.jpg']) writeFileSync(join(dir, name), name);
    expect(paths(expandSources(dir, ['b.jpg', '*.jpg', 'a.jpg']))).toEqual([
      join(dir, 'b.jpg'),
      join(dir, 'a.jpg'),
    ]);
  });

  it('refuses a pattern that matches nothing, or far too much, and copies nothing', async () => {
    const { root, src } = await setup();
    const before = treeHash(root);
    const none = await runCli(['add', '1', join(src, '*.png'), ...EVENT, '--lang', 'en'], root);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No file matches');
    expect(none.stderr).toContain('*.png');
    const many = tempDir();
    for (let k = 0; k <= MAX_MATCHES; k++) writeFileSync(join(many, `${k}.jpg`), String(k));
    const tooMany = await runCli(['add', '1', join(many, '*.jpg'), ...EVENT, '--lang', 'en'], root);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain(`${MAX_MATCHES + 1} files`);
    expect(treeHash(root)).toBe(before);
  });

  it('expands a pattern given to the spawned command exactly as typed (no shell)', async () => {
    const { root, src, folder } = await setup();
    const r = spawnCli(['add', '1', join(src, 'IMG_*.jpg'), ...EVENT], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['IMG_0012.jpg', 'IMG_0013.jpg']);
  });
});
