// A small organisation worked out by hand in evaluate.test.ts: three units, 责任分工, a 不适用, a shared event.
import type { Config, UnitEvidence } from '../../src/types.js';
import { catalogOf, configOf, ev, indicator, unitConfig, unitEvidence } from '../rules/make-events.js';

export const fixtureCatalog = catalogOf([
  indicator(1, 2, [
    { type: 'require', kinds: ['图片'] },
    { type: 'minEvents', count: 2, per: 'year', kind: '学习记录' },
  ]),
  indicator(2, 1, [{ type: 'due', by: '03-31', kind: '计划' }]),
  indicator(3, 2, [{ type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' }]),
  indicator(4, 2, [
    { type: 'require', kinds: ['计划', '方案'] },
    { type: 'require', kinds: ['图片'] },
    { type: 'minEvents', count: 4, per: 'year' },
  ]),
  indicator(5, 1, [{ type: 'require', kinds: ['报告'] }]),
  indicator(6, 1, [{ type: 'require', kinds: ['图片'] }]),
]);

const jgdw = { ...unitConfig('jgdw', 'org'), name: '局机关党委', dir: '局机关党委' };
const zb1 = { ...unitConfig('zb1'), name: '第一党支部', dir: '第一党支部' };
const zb2 = { ...unitConfig('zb2'), name: '第二党支部', dir: '第二党支部' };

export function fixtureConfig(extra: Partial<Config> = {}): Config {
  return configOf([jgdw, zb1, zb2], {
    responsibilities: { jgdw: [1, 2, 5], zb1: [1, 3, 4], zb2: [1, 3, 4, 5] },
    ...extra,
  });
}

export function fixtureUnits(options: { jgdwFiveNa?: boolean } = {}): UnitEvidence[] {
  return [
    unitEvidence(jgdw, {
      1: { events: [ev('2020-02-01', ['学习记录', '图片'])] },
      // Filed under 2 after its 03-31 due day.
      2: { events: [ev('2020-04-02', ['计划'])] },
      // One 报告 event that also counts for indicator 1 (同时计入).
      5: {
        events: [ev('2020-05-10', ['学习记录', '报告'], { alsoCountsFor: [1] })],
        ...(options.jgdwFiveNa ? { meta: { notApplicable: '机关党委不涉及' } } : {}),
      },
    }),
    unitEvidence(zb1, {
      1: { events: [ev('2020-03-01', ['图片'])] },
      3: { events: [ev('2020-03-20', ['凭证'])] },
      4: { events: [ev('2020-01-10', ['方案']), ev('2020-04-10', ['图片'])], meta: { owner: '张三' } },
    }),
    unitEvidence(zb2, {
      1: {
        events: [
          ev('2020-01-05', ['图片', '学习记录']),
          ev('2020-06-30', ['学习记录']),
          ev('2020-07-01', ['学习记录']),
        ],
      },
      3: { events: [ev('2020-05-01', ['凭证'])] },
      4: { events: [ev('2020-02-01', ['计划', '图片'])] },
      5: { meta: { notApplicable: '本支部不涉及' } },
    }),
  ];
}
