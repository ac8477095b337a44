// Without --title, add takes the title from the file's own name, without repeating the kind.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoWithSources } from './tree.js';

describe('add: the default title', () => {
  it.each([
    ['学习记录 0315.pdf', '2020-03-15 学习记录 0315.pdf'],
    ['学习记录_第一次.pdf', '2020-03-15 学习记录 第一次.pdf'],
    ['会议纪要 支委会.pdf', '2020-03-15 学习记录 会议纪要 支委会.pdf'],
    ['第一次专题学习.pdf', '2020-03-15 学习记录 第一次专题学习.pdf'],
    // A compound that only ends in a kind word says what the activity was: kept.
    ['专题学习记录 第一次.pdf', '2020-03-15 学习记录 专题学习记录 第一次.pdf'],
  ])('%s added as 学习记录 → %s', async (source, expected) => {
    const { root, src } = await repoWithSources({ [source]: '%PDF-1.4 x\n' });
    const r = await runCli(
      ['add', '5', join(src, source), '--date', '2020-03-15', '--kind', '学习记录'],
      root,
    );
    expect(r.code, r.stderr).toBe(0);
    const folder = readdirSync(join(root, '第一党支部')).find((n) => n.startsWith('05'))!;
    expect(readdirSync(join(root, '第一党支部', folder)).filter((n) => n.endsWith('.pdf'))).toEqual([
      expected,
    ]);
  });
});
