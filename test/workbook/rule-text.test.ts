// 问题 and 扣分说明 read as a 党务干部 would write them: no doubled nouns, the period a count was taken in.
import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../src/rules/evaluate-rule.js';
import type { IndicatorResult, Rule } from '../../src/types.js';
import { deductionText, ruleProblem } from '../../src/workbook/rule-text.js';
import { ev } from '../rules/make-events.js';

const problem = (rule: Rule, asOf: string, dates: [string, string[]][] = []) =>
  ruleProblem(
    evaluateRule(
      rule,
      dates.map(([date, kinds]) => ev(date, kinds)),
      { year: 2020, asOf },
    ),
  );

describe('ruleProblem', () => {
  it('names kind words as they are, without a doubled 材料', () => {
    expect(problem({ type: 'require', kinds: ['清单', '文件', '资料'] }, '2020-09-30')).toBe(
      '尚无清单、文件或资料',
    );
    expect(problem({ type: 'require', kinds: ['图片'] }, '2020-09-30')).toBe('尚无图片');
    expect(problem({ type: 'require', kinds: [] }, '2020-09-30')).toBe('尚无相关材料');
    expect(problem({ type: 'due', by: '07-01', kind: '党课材料' }, '2020-09-30')).toBe(
      '应于7月1日前形成党课材料，尚未见到',
    );
    expect(problem({ type: 'due', by: '03-31' }, '2020-09-30')).toBe('应于3月31日前形成相关材料，尚未见到');
    expect(problem({ type: 'minEvents', count: 6, per: 'year', kind: '资料' }, '2020-09-30')).not.toMatch(
      /(材料|资料)材料/,
    );
  });

  it('says which period an overdue count fell short in, and that the open period is due too', () => {
    // The failing period is the first quarter, though the third has its 凭证.
    const quarterly: Rule = { type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' };
    const paid: [string, string[]][] = [
      ['2020-05-15', ['凭证']],
      ['2020-09-15', ['凭证']],
    ];
    // The third quarter is paid: nothing more is due in it.
    expect(problem(quarterly, '2020-09-30', paid)).toBe('每季度至少1次凭证，第一季度只有0次，已逾期');
    expect(problem(quarterly, '2020-09-30', paid.slice(0, 1))).toBe(
      '每季度至少1次凭证，第一季度只有0次，已逾期（第三季度也须在9月30日前完成）',
    );
    // Two quarters missed: both are named.
    expect(problem(quarterly, '2020-10-05', [['2020-05-15', ['凭证']]])).toBe(
      '每季度至少1次凭证，第一季度、第三季度都没有，已逾期（第四季度也须在12月31日前完成）',
    );
    expect(problem({ type: 'minEvents', count: 2, per: 'half' }, '2020-08-31', [['2020-03-01', []]])).toBe(
      '每半年至少2次，上半年只有1次，已逾期（下半年也须在12月31日前完成）',
    );
    expect(problem({ type: 'minEvents', count: 1, per: 'month', kind: '会议记录' }, '2020-09-30')).toBe(
      '每月至少1次会议记录，1月、2月、3月、4月、5月、6月、7月、8月都没有，已逾期（9月也须在9月30日前完成）',
    );
    // Two a half-year, both halves short: the count is said.
    expect(problem({ type: 'minEvents', count: 2, per: 'half' }, '2021-01-05', [['2020-03-01', []]])).toBe(
      '每半年至少2次，上半年、下半年都不足2次，已逾期',
    );
    // After the year nothing is open: no second clause, and 全年 is not said twice.
    expect(problem({ type: 'minEvents', count: 6, per: 'year', kind: '学习记录' }, '2021-01-05')).toBe(
      '全年至少6次学习记录，只有0次，已逾期',
    );
  });

  it('says the period of an open count, but not for the whole year', () => {
    const yearly: Rule = { type: 'minEvents', count: 6, per: 'year', kind: '学习记录' };
    const twice: [string, string[]][] = [
      ['2020-02-01', ['学习记录']],
      ['2020-05-01', ['学习记录']],
    ];
    expect(problem(yearly, '2020-09-30', twice)).toBe('全年至少6次学习记录，现有2次，按进度此时应有4次');
    expect(problem({ type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' }, '2020-02-15')).toBe(
      '每季度至少1次凭证，第一季度现有0次',
    );
    expect(problem({ type: 'minEvents', count: 3, per: 'half' }, '2020-03-31')).toBe(
      '每半年至少3次，上半年现有0次，按进度此时应有1次',
    );
  });
});

describe('deductionText', () => {
  it('keeps one reason apart from the next', () => {
    const rules = [
      evaluateRule({ type: 'minEvents', count: 1, per: 'quarter', kind: '凭证' }, [], {
        year: 2020,
        asOf: '2020-09-30',
      }),
      evaluateRule({ type: 'require', kinds: ['资料'] }, [], { year: 2020, asOf: '2020-09-30' }),
    ];
    const result: IndicatorResult = { id: 35, score: 0, max: 1, status: 'missing', events: 0, rules };
    expect(deductionText(result)).toBe(
      '扣1分：每季度至少1次凭证，第一季度、第二季度都没有，已逾期（第三季度也须在9月30日前完成）；尚无资料',
    );
  });
});
