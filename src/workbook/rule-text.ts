// What a rule asks and what is missing, in the plain Chinese of a 自评表 (workbook text is always Chinese).
import type { IndicatorResult, Period, RuleResult, RuleState } from '../types.js';

const perLabel: Record<Period, string> = { year: '全年', half: '每半年', quarter: '每季度', month: '每月' };

function joinOr(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join('、')}或${words[words.length - 1]}`;
}

/** One unmet rule, e.g. `全年至少6次学习记录，现有2次（按进度应有4次）`. */
export function ruleProblem(rule: RuleResult): string {
  const spec = rule.spec;
  if (spec.type === 'require') return `尚无${joinOr(spec.kinds)}材料`;
  if (spec.type === 'minEvents') {
    const what = spec.kind ? `次${spec.kind}` : '次';
    const pace = rule.state === 'behind' && rule.pace !== undefined ? `，按进度此时应有${rule.pace}次` : '';
    return `${perLabel[spec.per]}至少${spec.count}${what}，现有${rule.have}次${pace}`;
  }
  const [month, day] = spec.by.split('-').map(Number);
  return `应于${month}月${day}日前形成${spec.kind ?? '相关'}材料，尚未见到`;
}

export const stateLabel: Record<RuleState, string> = {
  met: '已完成',
  pending: '待完成',
  behind: '进度滞后',
  overdue: '已逾期',
};

/** 扣分说明 of one indicator: the points lost and why; empty when nothing is lost. */
export function deductionText(result: IndicatorResult): string {
  if (result.status === 'na') return result.naReason ? `不适用：${result.naReason}` : '不适用';
  const lost = round(result.max - result.score);
  if (lost <= 0) return '';
  const reasons = result.rules.filter((r) => r.state !== 'met').map(ruleProblem);
  return `扣${lost}分：${reasons.join('；')}`;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
