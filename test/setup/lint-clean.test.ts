// What init creates, and what add files, is exactly what the repo reader and lint accept: no findings at all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from './tree.js';

describe('a repo made by init and add', () => {
  it('scans without a single finding, and every added file is an event of its indicator', async () => {
    const base = tempDir();
    const root = join(base, '台账');
    const init = await runCli([
      'init',
      root,
      '--unit',
      '局机关党委',
      '--unit',
      '第一党支部',
      '--unit',
      '水文党总支',
    ]);
    expect(init.code).toBe(0);
    expect((await loadRepo(root)).findings).toEqual([]);

    writeFileSync(join(base, '扫描件.PDF'), '%PDF-1.4\n');
    writeFileSync(join(base, '年度计划.docx'), 'docx');
    writeFileSync(join(base, 'IMG_0001.JPG'), 'jpeg 1');
    writeFileSync(join(base, 'IMG_0002.jpg'), 'jpeg 2');
    const add = (...args: string[]) => runCli(['add', ...args], root);
    const day = ['--date', '2020-07-01', '--unit', 'zb1'];
    expect(
      (await add('1', join(base, '扫描件.PDF'), '--kind', '党课材料', '--title', '强化政治机关意识', ...day))
        .code,
    ).toBe(0);
    expect(
      (
        await add(
          '1',
          join(base, 'IMG_0001.JPG'),
          join(base, 'IMG_0002.jpg'),
          '--event',
          '--kind',
          '照片',
          '--title',
          '七一党课现场',
          ...day,
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await add(
          '5',
          join(base, '年度计划.docx'),
          '--kind',
          '学习计划',
          '--date',
          '20200115',
          '--unit',
          'zzb1',
        )
      ).code,
    ).toBe(0);

    const scan = await loadRepo(root);
    expect(scan.findings).toEqual([]);
    const zb1 = scan.units.find((u) => u.unit.id === 'zb1')!;
    const first = zb1.indicators.find((i) => i.id === 1)!;
    expect(first.events).toHaveLength(1);
    expect(first.events[0]!.kinds).toEqual(['党课材料', '图片']);
    const zzb1 = scan.units.find((u) => u.unit.id === 'zzb1')!;
    expect(zzb1.indicators.find((i) => i.id === 5)!.events[0]!.kinds).toEqual(['计划']);

    const lint = await runCli(['lint', '--format', 'json'], root);
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout).findings).toEqual([]);
  });
});
