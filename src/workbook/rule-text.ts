// What a rule asks and what is missing, in the plain Chinese of a 自评表 (workbook text is always Chinese).
import { periodsOf } from '../dates/calendar.js';
import { dayWords, periodWords } from '../rules/rule-words.js';
import type { IndicatorResult, IsoDate, Period, RuleResult, RuleState } from '../types.js';

const perLabel: Record<Period, string> = { year: '全年', half: '每半年', quarter: '每季度', month: '每月' };

function joinOr(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join('、')}或${words[words.length - 1]}`;
}

/**
 * One unmet rule, e.g. `全年至少6次学习记录，现有2次，按进度此时应有4次`. Kind words are nouns already
 * (党课材料, 资料, 图片), so no `材料` is added after them.
 */
export function ruleProblem(rule: RuleResult): string {
  const spec = rule.spec;
  if (spec.type === 'require') return spec.kinds.length ? `尚无${joinOr(spec.kinds)}` : '尚无相关材料';
  if (spec.type === 'minEvents')
    return countProblem(rule, spec.per, `${perLabel[spec.per]}至少${spec.count}次${spec.kind ?? ''}`);
  const [month, day] = spec.by.split('-').map(Number);
  return `应于${month}月${day}日前形成${spec.kind ?? '相关材料'}，尚未见到`;
}

/** A counting rule: how many in which period (none named for the whole year), and what is due next. */
function countProblem(rule: RuleResult, per: Period, asked: string): string {
  const where = periodName(rule.period?.start, rule.period?.end);
  if (rule.state === 'overdue') {
    // Closed periods fell short; the open one (ending on `due`), unless already done, is still due.
    const next =
      !rule.openMet && rule.due && rule.period && rule.period.end < rule.due
        ? currentPeriod(per, rule.due)
        : '';
    const then = next ? `（${next}也须在${dayWords(rule.due, 'zh')}前完成）` : '';
    const missed = rule.missed ?? [];
    const short =
      missed.length > 1
        ? `${missed.map((p) => periodName(p.start, p.end)).join('、')}${rule.need === 1 ? '都没有' : `都不足${rule.need}次`}`
        : `${where}只有${rule.have}次`;
    return `${asked}，${short}，已逾期${then}`;
  }
  const pace = rule.state === 'behind' && rule.pace !== undefined ? `，按进度此时应有${rule.pace}次` : '';
  return `${asked}，${where}现有${rule.have}次${pace}`;
}

function periodName(start: IsoDate | undefined, end: IsoDate | undefined): string {
  const words = periodWords(start, end, 'zh');
  return words === '全年' ? '' : words;
}

/** The period of `per` that ends on `due`, e.g. 第三季度; `本期` when none does. */
function currentPeriod(per: Period, due: IsoDate): string {
  const period = periodsOf(Number(due.slice(0, 4)), per).find((p) => p.end === due);
  return (period && periodName(period.start, period.end)) || '本期';
}

export const stateLabel: Record<RuleState, string> = {
  met: '已完成',
  pending: '待完成',
  behind: '进度滞后',
  overdue: '已逾期',
};

/** 问题清单's 程度 and the 扣分说明 of an indicator that no unit owes (a gap in 责任分工). */
export const unownedLabel = '未分工';
export const unownedProblem = '未分配给任何单位（dangjian.yaml 的 responsibilities 未列此项）';

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
