import { describe, expect, it } from 'vitest';
import { ruleAccepts } from '../../src/catalog/describe-rule.js';
import { createKindResolver, kindForExtension, resolveKind } from '../../src/catalog/kinds.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import type { KindDef } from '../../src/types.js';
import { materialWords, seedRows } from './seed-table.js';

const catalog = loadCatalog('2020', { baseDir: process.cwd() });
const kinds = catalog.kinds;
// The catalog's word for unspecified material (相关资料, 有关资料): it names no rule by itself.
const GENERIC = '资料';

describe('resolving kind words', () => {
  const vocabulary: KindDef[] = [
    { id: '计划', synonyms: ['安排'], compounds: ['教育计划'], extensions: [] },
    { id: '记录', synonyms: [], compounds: [], extensions: [] },
    { id: '学习记录', synonyms: [], compounds: [], extensions: [] },
    { id: '图片', synonyms: ['照片'], compounds: [], extensions: ['jpg', 'png'] },
  ];

  it('matches ids, synonyms and compounds exactly first', () => {
    expect(resolveKind(vocabulary, '计划')).toBe('计划');
    expect(resolveKind(vocabulary, '安排')).toBe('计划');
    expect(resolveKind(vocabulary, '教育计划')).toBe('计划');
    expect(resolveKind(vocabulary, '照片')).toBe('图片');
  });

  it('then takes the longest kind word the token ends with', () => {
    expect(resolveKind(vocabulary, '年度安排')).toBe('计划');
    expect(resolveKind(vocabulary, '专题学习记录')).toBe('学习记录');
    expect(resolveKind(vocabulary, '警示教育记录')).toBe('记录');
  });

  it('then the longest kind word it contains, else nothing', () => {
    expect(resolveKind(vocabulary, '学习记录表')).toBe('学习记录');
    expect(resolveKind(vocabulary, '活动照片集')).toBe('图片');
    expect(resolveKind(vocabulary, '心得体会')).toBeUndefined();
    expect(resolveKind(vocabulary, '')).toBeUndefined();
  });

  it('maps extensions case-insensitively, with or without a dot', () => {
    expect(kindForExtension(vocabulary, 'JPG')).toBe('图片');
    expect(kindForExtension(vocabulary, '.png')).toBe('图片');
    expect(kindForExtension(vocabulary, 'pdf')).toBeUndefined();
  });

  it('a memoised resolver answers the same as resolveKind', () => {
    const resolve = createKindResolver(kinds);
    for (const word of ['教育计划', '会议纪要', '党课', '无关的词', '党组理论学习中心组学习计划']) {
      expect(resolve(word)).toBe(resolveKind(kinds, word));
      expect(resolve(word)).toBe(resolve(word));
    }
  });

  it('resolves 94,000 file-name words well under a second', () => {
    const resolve = createKindResolver(kinds);
    const words = Array.from({ length: 94_000 }, (_, i) => `第${i % 5000}次专题学习记录`);
    const started = performance.now();
    for (const word of words) resolve(word);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the 2020 vocabulary', () => {
  it('has the base kinds', () => {
    const base = [
      '图片',
      '会议记录',
      '学习记录',
      '记录',
      '方案',
      '计划',
      '通知',
      '制度文件',
      '凭证',
      '台账',
      '报告',
    ];
    const more = [
      '党课材料',
      '案例',
      '措施',
      '总结',
      '文章',
      '发言',
      '稿件',
      '公众号',
      '手册',
      '清单',
      '说明',
      '规定',
    ];
    for (const id of [...base, ...more, GENERIC]) expect(resolveKind(kinds, id), id).toBe(id);
    expect(resolveKind(kinds, '经验材料')).toBe('总结');
    expect(kindForExtension(kinds, 'heic')).toBe('图片');
  });

  it('resolves the words of the seed’s 支撑材料 column', () => {
    const words = [
      '教育记录',
      '党课材料',
      '教育计划',
      '警示教育记录',
      '党支部工作手册',
      '新闻媒体稿件',
      '公众号',
      '凭证',
      '台账',
      '年度安排',
      '文字记录',
      '经验总结',
      '理论文章',
      '典型发言',
      '学习计划',
      '学习方案',
      '制度文件',
      '教育安排',
      '数据统计说明',
      '活动方案',
      '扶贫安排',
      '手拉手方案',
      '情况文字说明',
      '行动方案',
      '创建计划',
      '考核方案',
      '结果报告',
      '组织生活记录',
      '计划安排',
      '联系活动资料',
      '经验材料',
      '集训资料',
      '培训计划',
      '措施办法',
      '活动安排',
      '活动记录',
      '整改情况',
      '有关规定',
      '案例资料',
    ];
    for (const word of words) expect(resolveKind(kinds, word), word).toBeDefined();
    expect(resolveKind(kinds, '教育计划')).toBe('计划');
    expect(resolveKind(kinds, '新闻媒体稿件')).toBe('稿件');
    expect(resolveKind(kinds, '党支部工作手册')).toBe('手册');
  });

  it('every material word of every indicator resolves, and a file named with it counts for the indicator', () => {
    for (const row of seedRows()) {
      const indicator = catalog.indicators.find((i) => i.id === row.id)!;
      const words = materialWords(row.evidence);
      expect(words.length, `indicator ${row.id}`).toBeGreaterThan(0);
      let counted = 0;
      for (const word of words) {
        const kind = resolveKind(kinds, word);
        expect(kind, `indicator ${row.id}: ${word}`).toBeDefined();
        const accepted = indicator.rules.some((rule) => ruleAccepts(rule, [kind!]));
        if (accepted) counted++;
        if (kind !== GENERIC) expect(accepted, `indicator ${row.id}: ${word} → ${kind}`).toBe(true);
      }
      expect(counted, `indicator ${row.id}`).toBeGreaterThan(0);
    }
  });

  it('no word belongs to two kinds', () => {
    const seen = new Map<string, string>();
    for (const kind of kinds) {
      for (const word of [kind.id, ...kind.synonyms, ...kind.compounds]) {
        expect(seen.get(word), word).toBeUndefined();
        seen.set(word, kind.id);
      }
    }
  });
});
