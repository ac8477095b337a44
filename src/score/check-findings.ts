// Every point lost becomes a finding a person can act on (扣分说明): what is missing, how many, by when.
import { ruleToData } from '../rules/rule-data.js';
import type {
  Finding,
  Indicator,
  IndicatorResult,
  IsoDate,
  RuleResult,
  Severity,
  UnitConfig,
} from '../types.js';

export interface FindingContext {
  unit: UnitConfig;
  indicator: Indicator;
  /** The indicator folder (or the unit folder when it is missing): where annotations point. */
  path: string;
  /** The last day of the as-of month: what falls due by then is this month's to-do. */
  monthEnd: IsoDate;
}

export function ruleFinding(result: RuleResult, ctx: FindingContext): Finding | undefined {
  if (result.state === 'met') return undefined;
  const [severity, code] = classify(result, ctx.monthEnd);
  return {
    severity,
    code,
    unit: ctx.unit.id,
    indicator: ctx.indicator.id,
    path: ctx.path,
    data: {
      unitName: ctx.unit.name,
      title: ctx.indicator.title,
      rule: result.rule,
      ...ruleToData(result.spec),
      have: result.have,
      need: result.need,
      pace: result.pace,
      due: result.due,
      periodStart: result.period?.start,
      periodEnd: result.period?.end,
      // `start/end` pairs joined by `;`: finding data is flat.
      missed: result.missed?.map((p) => `${p.start}/${p.end}`).join(';'),
      openMet: result.openMet,
    },
  };
}

/** Due before this month ends (the month-end on or after the as-of date) is this month's to-do. */
function classify(result: RuleResult, monthEnd: IsoDate): [Severity, string] {
  if (result.state === 'overdue') return ['error', 'rule/overdue'];
  if (result.state === 'behind') return ['warning', 'rule/behind'];
  if (result.due !== undefined && result.due <= monthEnd) return ['warning', 'rule/due-soon'];
  return ['info', 'rule/pending'];
}

export function naFinding(result: IndicatorResult, ctx: FindingContext): Finding {
  return {
    severity: 'info',
    code: 'indicator/na',
    unit: ctx.unit.id,
    indicator: ctx.indicator.id,
    path: ctx.path,
    data: { unitName: ctx.unit.name, title: ctx.indicator.title, reason: result.naReason },
  };
}

export function unownedFinding(indicator: Indicator): Finding {
  return {
    severity: 'warning',
    code: 'indicator/unowned',
    indicator: indicator.id,
    data: { title: indicator.title, points: indicator.points },
  };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: severity, unit (config order), indicator, path, code; ties keep their order. */
export function sortFindings(findings: Finding[], unitOrder: string[]): Finding[] {
  const ranks = new Map(unitOrder.map((id, i) => [id, i]));
  const unitRank = (id: string | undefined) => (id === undefined ? -1 : (ranks.get(id) ?? unitOrder.length));
  return [...findings].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      unitRank(a.unit) - unitRank(b.unit) ||
      (a.indicator ?? 0) - (b.indicator ?? 0) ||
      compare(a.path ?? '', b.path ?? '') ||
      compare(a.code, b.code),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
