// What `add` accepts as a source: a regular, non-empty file. Anything else is refused before a
// single file is copied, with a message naming the source as the user typed it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoWithSources, treeHash } from './tree.js';

const FLAGS = ['--date', '2020-03-01', '--kind', '学习记录'];
const posix = process.platform !== 'win32';

const setup = () => repoWithSources({ '好的.pdf': '%PDF-1.4 扫描件\n', 'empty.pdf': '' });

/** Exit 2, one line on stderr, nothing on stdout, the repo unchanged. */
async function refused(root: string, args: string[], cwd = root) {
  const before = treeHash(root);
  const r = await runCli(['add', '5', ...args, ...FLAGS], cwd);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stdout).toBe('');
  expect(treeHash(root)).toBe(before);
  return r.stderr;
}

describe('add: sources that are no evidence', () => {
  it('refuses an empty file (lint would call it file/empty): exit 2, one line, nothing copied', async () => {
    const { root, src } = await setup();
    const message = await refused(root, [join(src, 'empty.pdf')]);
    expect(message).toContain('空文件');
    expect(message).toContain(join(src, 'empty.pdf'));
    const en = await runCli(['add', '5', join(src, 'empty.pdf'), ...FLAGS, '--lang', 'en'], root);
    expect(en.stderr).toContain('is empty (0 bytes)');
  });

  it('refuses all files when one of several is empty, whichever comes first', async () => {
    const { root, src } = await setup();
    const good = join(src, '好的.pdf');
    const empty = join(src, 'empty.pdf');
    const event = ['--event', '--title', '专题学习'];
    expect(await refused(root, [good, empty])).toContain('empty.pdf');
    expect(await refused(root, [empty, good])).toContain('empty.pdf');
    expect(await refused(root, [good, empty, ...event])).toContain('empty.pdf');
    // Through a pattern, too: the message names the match as the pattern wrote it.
    expect(await refused(root, ['../扫描/*.pdf'])).toContain('../扫描/empty.pdf');
  });

  it.skipIf(!posix)('refuses a FIFO as not a regular file, without folder advice, as typed', async () => {
    const { base, root } = await setup();
    execFileSync('mkfifo', [join(base, 'fifo.pdf')]);
    // Typed as an absolute path: shown as typed, not rewritten relative to the current folder.
    const absolute = await refused(root, [join(base, 'fifo.pdf')]);
    expect(absolute).toContain(`${join(base, 'fifo.pdf')} 不是普通文件`);
    expect(absolute).toContain('设备、管道');
    expect(absolute).not.toContain('文件夹');
    expect(absolute).not.toContain('/*');
    // Typed relative to where the user is.
    const relative = await refused(root, ['../fifo.pdf']);
    expect(relative.startsWith('../fifo.pdf 不是普通文件')).toBe(true);
  });

  it.skipIf(!posix)('refuses a device such as /dev/zero, named as typed', async () => {
    const { root } = await setup();
    const message = await refused(root, ['/dev/zero']);
    expect(message.startsWith('/dev/zero 不是普通文件')).toBe(true);
    expect(message).not.toContain('文件夹');
    const en = await runCli(['add', '5', '/dev/zero', ...FLAGS, '--lang', 'en'], root);
    expect(en.stderr).toContain('/dev/zero is not a regular file (it is a device, a pipe');
  });

  it('keeps the folder advice for a real folder, with a pattern built from what was typed', async () => {
    const { root } = await setup();
    const message = await refused(root, ['../扫描/']);
    expect(message).toContain('../扫描/ 是文件夹');
    expect(message).toContain('../扫描/*');
    expect(message).not.toContain('../扫描//*');
  });

  it('names a missing source as typed', async () => {
    const { root } = await setup();
    expect(await refused(root, ['../扫描/没有.pdf'])).toContain('../扫描/没有.pdf');
  });
});
