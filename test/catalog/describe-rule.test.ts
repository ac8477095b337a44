import { describe, expect, it } from 'vitest';
import { describeRule, ruleAccepts, ruleId, ruleKinds } from '../../src/catalog/describe-rule.js';
import { exampleFileNames } from '../../src/catalog/example-names.js';
import { indicatorFolderName } from '../../src/catalog/folder-name.js';
import { createKindResolver } from '../../src/catalog/kinds.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { Rule } from '../../src/types.js';

const cases: [Rule, string, string, string][] = [
  [{ type: 'require', kinds: ['图片'] }, 'require:图片', '要有图片', 'at least one 图片'],
  [
    { type: 'require', kinds: ['计划', '方案', '通知'] },
    'anyOf:计划|方案|通知',
    '要有计划、方案或通知之一',
    'at least one of 计划, 方案, 通知',
  ],
  [
    { type: 'minEvents', count: 6, per: 'year' },
    'minEvents:6/year',
    '全年至少 6 次活动',
    'at least 6 events a year',
  ],
  [
    { type: 'minEvents', count: 6, per: 'year', kind: '学习记录' },
    'minEvents:6/year:学习记录',
    '全年至少 6 次学习记录',
    'at least 6 学习记录 a year',
  ],
  [
    { type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' },
    'minEvents:1/quarter:凭证',
    '每季度至少 1 次凭证',
    'at least 1 凭证 a quarter',
  ],
  [{ type: 'due', by: '07-01' }, 'due:07-01', '7月1日前要有一次活动', 'an event by Jul 1'],
  [
    { type: 'due', by: '07-01', kind: '党课材料' },
    'due:07-01:党课材料',
    '7月1日前要有党课材料',
    '党课材料 by Jul 1',
  ],
];

describe('rules in two forms', () => {
  for (const [rule, id, zh, en] of cases) {
    it(id, () => {
      expect(ruleId(rule)).toBe(id);
      expect(describeRule(rule, 'zh')).toBe(zh);
      expect(describeRule(rule, 'en')).toBe(en);
    });
  }

  it('every rule of the 2020 catalog has a distinct id within its indicator', () => {
    const catalog = loadCatalog('2020', { baseDir: process.cwd() });
    for (const indicator of catalog.indicators) {
      const ids = indicator.rules.map(ruleId);
      expect(new Set(ids).size, `indicator ${indicator.id}`).toBe(ids.length);
    }
  });

  it('names the implicit any-event rule of an indicator without rules', () => {
    const any = { type: 'require', kinds: [] } as const;
    expect(ruleId({ ...any, kinds: [] })).toBe('require:*');
    expect(describeRule({ ...any, kinds: [] }, 'zh')).toBe('至少要有一次活动材料');
    expect(describeRule({ ...any, kinds: [] }, 'en')).toBe('at least one event');
  });

  it('knows which kinds a rule accepts', () => {
    expect(ruleKinds({ type: 'minEvents', count: 4, per: 'year' })).toBeUndefined();
    expect(ruleAccepts({ type: 'minEvents', count: 4, per: 'year' }, ['资料'])).toBe(true);
    expect(ruleAccepts({ type: 'require', kinds: ['计划', '方案'] }, ['方案', '图片'])).toBe(true);
    expect(ruleAccepts({ type: 'due', by: '03-31', kind: '计划' }, ['图片'])).toBe(false);
  });
});

describe('example file names', () => {
  const catalog = loadCatalog('2020', { baseDir: process.cwd() });
  const resolve = createKindResolver(catalog.kinds);

  it('follow the naming contract and name kinds the indicator’s rules accept', () => {
    for (const indicator of catalog.indicators) {
      const names = exampleFileNames(catalog, indicator, 2020);
      expect(names.length, `indicator ${indicator.id}`).toBeGreaterThan(0);
      expect(names.length).toBeLessThanOrEqual(3);
      for (const name of names) {
        const m = /^(2020-\d{2}-\d{2}) (\S+) (\S+)\.(\w+)$/.exec(name);
        expect(m, name).not.toBeNull();
        const kind = resolve(m![2]!);
        expect(
          indicator.rules.some((r) => ruleAccepts(r, [kind!])),
          name,
        ).toBe(true);
      }
    }
  });

  it('use the due date of a due rule', () => {
    const one = catalog.indicators.find((i) => i.id === 1)!;
    expect(exampleFileNames(catalog, one, 2020)).toContain(`2020-07-01 党课材料 ${one.title}.pdf`);
    expect(indicatorFolderName(one.id, one.title)).toBe(`01 ${one.title}`);
  });
});
