import { describe, expect, it } from 'vitest';
import { eventsByIndicator } from '../../src/rules/counting-events.js';
import { evaluateRule } from '../../src/rules/evaluate-rule.js';
import type { EvidenceEvent, Rule, RuleState } from '../../src/types.js';
import { ev, unitConfig, unitEvidence } from './make-events.js';

/** Evaluate a rule for events filed in indicator 1 of one unit, with the same date filter `check` uses. */
function judge(rule: Rule, events: EvidenceEvent[], asOf: string) {
  const unit = unitEvidence(unitConfig('u'), { 1: { events } });
  const counting = eventsByIndicator(unit, 2020, asOf).get(1) ?? [];
  return evaluateRule(rule, counting, { year: 2020, asOf });
}

const photo: Rule = { type: 'require', kinds: ['图片'] };
const anyOf: Rule = { type: 'require', kinds: ['计划', '方案', '通知'] };
const sixAYear: Rule = { type: 'minEvents', count: 6, per: 'year', kind: '学习记录' };
const quarterly: Rule = { type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' };
const monthly: Rule = { type: 'minEvents', count: 1, per: 'month' };
const twiceAHalf: Rule = { type: 'minEvents', count: 2, per: 'half' };
const planByJuly: Rule = { type: 'due', by: '07-01', kind: '计划' };

const study = (date: string) => ev(date, ['学习记录', '图片']);
const fee = (date: string) => ev(date, ['凭证']);
const plan = (date: string) => ev(date, ['计划']);
const sixStudies = ['01-10', '02-10', '03-10', '04-10', '05-10', '06-10'].map((d) => study(`2020-${d}`));

type Case = [
  string,
  Rule,
  EvidenceEvent[],
  string,
  RuleState,
  Partial<{ have: number; need: number; due: string }>,
];

const cases: Case[] = [
  // require / anyOf
  ['require met', photo, [ev('2020-03-01')], '2020-06-01', 'met', { have: 1, need: 1 }],
  ['require pending on the last day of the year', photo, [], '2020-12-31', 'pending', { due: '2020-12-31' }],
  ['require overdue once the year has closed', photo, [], '2021-01-01', 'overdue', { have: 0 }],
  ['require ignores other kinds', photo, [plan('2020-03-01')], '2020-06-01', 'pending', { have: 0 }],
  ['require ignores events after the as-of date', photo, [ev('2020-06-02')], '2020-06-01', 'pending', {}],
  ['anyOf met by any one kind', anyOf, [ev('2020-02-01', ['方案'])], '2020-03-01', 'met', { have: 1 }],
  ['anyOf pending without any', anyOf, [ev('2020-02-01', ['图片'])], '2020-03-01', 'pending', {}],
  // count per year, pace ⌊6 × months / 12⌋
  ['6/year met', sixAYear, sixStudies, '2020-06-30', 'met', { have: 6, need: 6 }],
  ['6/year pending on pace at 03-31', sixAYear, [study('2020-01-15')], '2020-03-31', 'pending', { have: 1 }],
  ['6/year behind at 03-31 with none', sixAYear, [], '2020-03-31', 'behind', { have: 0, due: '2020-12-31' }],
  ['6/year pending on 02-28 (one month elapsed)', sixAYear, [], '2020-02-28', 'pending', {}],
  ['6/year behind on leap day (two months elapsed)', sixAYear, [], '2020-02-29', 'behind', {}],
  [
    '6/year counts only its kind',
    sixAYear,
    [ev('2020-01-15', ['图片'])],
    '2020-03-31',
    'behind',
    { have: 0 },
  ],
  ['6/year behind on 12-31 with 5', sixAYear, sixStudies.slice(0, 5), '2020-12-31', 'behind', { have: 5 }],
  ['6/year overdue after the year', sixAYear, sixStudies.slice(0, 5), '2021-01-01', 'overdue', { have: 5 }],
  // count per quarter
  [
    'quarterly behind on the quarter’s last day',
    quarterly,
    [],
    '2020-03-31',
    'behind',
    { due: '2020-03-31' },
  ],
  [
    'quarterly overdue on the next quarter’s first day',
    quarterly,
    [],
    '2020-04-01',
    'overdue',
    {
      have: 0,
      need: 1,
      due: '2020-06-30',
    },
  ],
  [
    'quarterly paid on 03-31, pending on 04-01',
    quarterly,
    [fee('2020-03-31')],
    '2020-04-01',
    'pending',
    {
      have: 0,
      due: '2020-06-30',
    },
  ],
  [
    'quarterly met when this quarter is paid too',
    quarterly,
    [fee('2020-03-31'), fee('2020-04-01')],
    '2020-04-01',
    'met',
    {
      have: 1,
    },
  ],
  [
    'an event on 04-01 does not count for Q1',
    quarterly,
    [fee('2020-04-01')],
    '2020-04-02',
    'overdue',
    { have: 0 },
  ],
  ['quarterly on pace two months in', quarterly, [fee('2020-03-01')], '2020-05-31', 'pending', {}],
  ['quarterly behind on 06-30', quarterly, [fee('2020-03-01')], '2020-06-30', 'behind', {}],
  [
    'quarterly met for a whole year',
    quarterly,
    ['02-01', '05-01', '08-01', '11-01'].map((d) => fee(`2020-${d}`)),
    '2021-01-01',
    'met',
    {},
  ],
  // count per month, leap February
  ['monthly behind on 02-29', monthly, [ev('2020-01-05')], '2020-02-29', 'behind', { due: '2020-02-29' }],
  [
    'monthly overdue on 03-01 for February',
    monthly,
    [ev('2020-01-05')],
    '2020-03-01',
    'overdue',
    {
      have: 0,
      due: '2020-03-31',
    },
  ],
  [
    'an event on 02-29 counts for February',
    monthly,
    [ev('2020-01-05'), ev('2020-02-29')],
    '2020-03-01',
    'pending',
    {},
  ],
  // count per half
  ['2/half pending on 02-29', twiceAHalf, [], '2020-02-29', 'pending', {}],
  ['2/half behind on 03-31', twiceAHalf, [], '2020-03-31', 'behind', {}],
  ['2/half behind on 06-30 with 1', twiceAHalf, [ev('2020-05-01')], '2020-06-30', 'behind', { have: 1 }],
  [
    '2/half overdue on 07-01 with 1',
    twiceAHalf,
    [ev('2020-05-01')],
    '2020-07-01',
    'overdue',
    {
      have: 1,
      need: 2,
      due: '2020-12-31',
    },
  ],
  // due
  [
    'due met before the day',
    planByJuly,
    [plan('2020-06-15')],
    '2020-08-01',
    'met',
    { have: 1, due: '2020-07-01' },
  ],
  ['due met on the day itself', planByJuly, [plan('2020-07-01')], '2020-07-01', 'met', {}],
  ['due pending on the day', planByJuly, [], '2020-07-01', 'pending', { due: '2020-07-01' }],
  ['due overdue the day after', planByJuly, [], '2020-07-02', 'overdue', { have: 0 }],
  ['due: a late plan does not count', planByJuly, [plan('2020-07-02')], '2020-08-01', 'overdue', { have: 0 }],
  [
    'due: a future-dated plan does not count yet',
    planByJuly,
    [plan('2020-06-01')],
    '2020-05-01',
    'pending',
    {},
  ],
  ['due: the kind matters', planByJuly, [ev('2020-03-01')], '2020-08-01', 'overdue', {}],
  ['due without kind: any event', { type: 'due', by: '07-01' }, [ev('2020-03-01')], '2020-08-01', 'met', {}],
  [
    'due on leap day',
    { type: 'due', by: '02-29' },
    [ev('2020-02-29')],
    '2020-03-01',
    'met',
    { due: '2020-02-29' },
  ],
  ['events of another year never count', photo, [ev('2019-12-31')], '2020-06-01', 'pending', { have: 0 }],
];

describe('evaluateRule', () => {
  it.each(cases)('%s', (_name, rule, events, asOf, state, facts) => {
    const result = judge(rule, events, asOf);
    expect(result.state).toBe(state);
    expect(result).toMatchObject(facts);
  });

  it('reports the earliest failing closed period', () => {
    const result = judge(quarterly, [fee('2020-05-01')], '2020-10-15');
    expect(result).toMatchObject({
      state: 'overdue',
      have: 0,
      period: { start: '2020-01-01', end: '2020-03-31' },
    });
    const later = judge(quarterly, [fee('2020-02-01')], '2020-10-15');
    expect(later.period).toEqual({ start: '2020-04-01', end: '2020-06-30' });
    expect(later.due).toBe('2020-12-31');
  });

  it('names rules by a stable short form', () => {
    expect(judge(photo, [], '2020-01-01').rule).toBe('require:图片');
    expect(judge(anyOf, [], '2020-01-01').rule).toBe('anyOf:计划|方案|通知');
    expect(judge(sixAYear, [], '2020-01-01').rule).toBe('minEvents:6/year:学习记录');
    expect(judge(monthly, [], '2020-01-01').rule).toBe('minEvents:1/month');
    expect(judge(planByJuly, [], '2020-01-01').rule).toBe('due:07-01:计划');
  });

  it('counts events, not files, and reports the pace', () => {
    const entry = (path: string) => ({
      path,
      isFolder: false,
      date: '2020-01-10',
      kind: '学习记录',
      title: 't',
      files: [],
    });
    const oneDay = { ...study('2020-01-10'), entries: [entry('a.pdf'), entry('b.jpg'), entry('c.docx')] };
    const result = judge(sixAYear, [oneDay, study('2020-02-10')], '2020-06-30');
    // Pace at 06-30 is ⌊6 × 6 / 12⌋ = 3; three files of one day are one event, so 2 < 3.
    expect(result).toMatchObject({ state: 'behind', have: 2, pace: 3 });
  });
});
