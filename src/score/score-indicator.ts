// One indicator of one unit: its rules' states, status and self-score "as if the year ended on the as-of date".
import { evaluateRule, type RuleContext } from '../rules/evaluate-rule.js';
import type {
  EvidenceEvent,
  Indicator,
  IndicatorEvidence,
  IndicatorResult,
  IndicatorStatus,
  Rule,
  RuleResult,
  ScoringConfig,
} from '../types.js';
import { fromTicks, indicatorTicks } from './points.js';

/** An indicator without machine rules is judged by whether anything at all was filed for it. */
const anyEvent: Rule = { type: 'require', kinds: [] };

export function rulesOf(indicator: Indicator): Rule[] {
  return indicator.rules.length > 0 ? indicator.rules : [anyEvent];
}

export function scoreIndicator(
  indicator: Indicator,
  evidence: IndicatorEvidence | undefined,
  events: EvidenceEvent[],
  scoring: ScoringConfig,
  ctx: RuleContext,
): IndicatorResult {
  const meta = evidence?.meta ?? {};
  const owner = meta.owner !== undefined ? { owner: meta.owner } : {};
  if (meta.notApplicable !== undefined) {
    // Taken out of the max: nothing to score, nothing to chase.
    return {
      id: indicator.id,
      score: 0,
      max: 0,
      status: 'na',
      events: events.length,
      rules: [],
      naReason: meta.notApplicable,
      ...owner,
    };
  }
  const rules: RuleResult[] = rulesOf(indicator).map((rule) => evaluateRule(rule, events, ctx));
  const met = rules.filter((r) => r.state === 'met').length;
  const status: IndicatorStatus = met === rules.length ? 'met' : met === 0 ? 'missing' : 'partial';
  return {
    id: indicator.id,
    score: fromTicks(indicatorTicks(indicator.points, met, rules.length, scoring)),
    max: indicator.points,
    status,
    events: events.length,
    rules,
    ...owner,
  };
}
