import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../src/repo/load-repo.js';
import { makeRepo } from '../helpers/make-repo.js';

const codes = (findings: { code: string; path?: string }[]) =>
  findings.map((f) => `${f.code} ${f.path ?? ''}`.trim()).sort();

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
    const zb1 = scan.units.find((u) => u.unit.id === 'zb1')!;
    const five = zb1.indicators.find((i) => i.id === 5)!;
    expect(five.meta.owner).toBe('张三');
    expect(five.events.map((e) => [e.date, e.kinds, e.entries.length])).toEqual([
      ['2020-03-15', ['图片', '学习记录'], 2],
      ['2020-04-20', ['图片', '计划'], 1],
    ]);
    expect(codes(scan.findings)).toEqual([
      'name/out-of-year 第一党支部/5/2019-12-01 通知 旧.pdf',
      'repo/duplicate-indicator 第一党支部/5',
    ]);
  });
});
