// One rule, one unit's counting events, one as-of date → met / pending / behind / overdue.

import { ruleId } from '../catalog/describe-rule.js';
import { dateInYear, elapsedMonthsIn, monthsPerPeriod, periodsOf, yearEnd } from '../dates/calendar.js';
import type { EvidenceEvent, IsoDate, Rule, RuleResult } from '../types.js';
import { carries } from './counting-events.js';

export interface RuleContext {
  year: number;
  asOf: IsoDate;
}

/**
 * `events` are the events that count for the indicator, already limited to the year and to `asOf`.
 * A period or due date closes at the end of its last day: on 03-31 the first quarter is still open.
 */
export function evaluateRule(rule: Rule, events: EvidenceEvent[], ctx: RuleContext): RuleResult {
  switch (rule.type) {
    case 'require':
      return evaluateRequire(rule, events, ctx);
    case 'minEvents':
      return evaluateMinEvents(rule, events, ctx);
    case 'due':
      return evaluateDue(rule, events, ctx);
  }
}

function evaluateRequire(
  rule: Extract<Rule, { type: 'require' }>,
  events: EvidenceEvent[],
  ctx: RuleContext,
): RuleResult {
  const have = events.filter(
    (e) => rule.kinds.length === 0 || rule.kinds.some((k) => e.kinds.includes(k)),
  ).length;
  const due = yearEnd(ctx.year);
  // Nothing says when in the year it must happen, so it is only late once the year has closed.
  const state = have >= 1 ? 'met' : ctx.asOf > due ? 'overdue' : 'pending';
  return { rule: ruleId(rule), spec: rule, state, have, need: 1, due };
}

function evaluateDue(
  rule: Extract<Rule, { type: 'due' }>,
  events: EvidenceEvent[],
  ctx: RuleContext,
): RuleResult {
  const due = dateInYear(ctx.year, rule.by);
  const have = events.filter((e) => e.date <= due && carries(e, rule.kind)).length;
  const state = have >= 1 ? 'met' : ctx.asOf > due ? 'overdue' : 'pending';
  return { rule: ruleId(rule), spec: rule, state, have, need: 1, due };
}

function evaluateMinEvents(
  rule: Extract<Rule, { type: 'minEvents' }>,
  events: EvidenceEvent[],
  ctx: RuleContext,
): RuleResult {
  const key = ruleId(rule);
  const need = rule.count;
  const matching = events.filter((e) => carries(e, rule.kind));
  const countIn = (start: IsoDate, end: IsoDate) =>
    matching.filter((e) => e.date >= start && e.date <= end).length;
  const periods = periodsOf(ctx.year, rule.per);
  const closed = periods.filter((p) => p.end < ctx.asOf);
  const current = periods.find((p) => p.start <= ctx.asOf && ctx.asOf <= p.end);
  const due = current?.end;

  // A closed period without enough events makes the rule overdue for the rest of the year. The
  // first such period is the one reported; all of them, and whether the open one is done, are kept
  // for the words (第一季度、第三季度都没有).
  const missed = closed.filter((p) => countIn(p.start, p.end) < need).map(range);
  if (missed.length > 0) {
    const p = missed[0]!;
    const have = countIn(p.start, p.end);
    const openMet = current !== undefined && countIn(current.start, current.end) >= need;
    return withDue({ rule: key, spec: rule, state: 'overdue', have, need, period: p, missed, openMet }, due);
  }
  if (!current) {
    // After the year (every period closed and each had enough) or before it (nothing to count yet).
    const first = periods[0]!;
    if (closed.length > 0) return { rule: key, spec: rule, state: 'met', have: matching.length, need };
    return { rule: key, spec: rule, state: 'pending', have: 0, need, due: first.end, period: range(first) };
  }
  const have = countIn(current.start, current.end);
  if (have >= need) return { rule: key, spec: rule, state: 'met', have, need, due, period: range(current) };
  // Pace: ⌊N × completed months of the period / months in the period⌋ events by now.
  const pace = Math.floor((need * elapsedMonthsIn(current, ctx.year, ctx.asOf)) / monthsPerPeriod[rule.per]);
  const state = have < pace ? 'behind' : 'pending';
  return { rule: key, spec: rule, state, have, need, due, period: range(current), pace };
}

function range(p: { start: IsoDate; end: IsoDate }): { start: IsoDate; end: IsoDate } {
  return { start: p.start, end: p.end };
}

function withDue(result: RuleResult, due: IsoDate | undefined): RuleResult {
  return due === undefined ? result : { ...result, due };
}
