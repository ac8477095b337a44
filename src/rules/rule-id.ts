// The stable short form of a rule, used in JSON (`rule`) and to match findings to rules.
import { ruleId } from '../catalog/describe-rule.js';
import type { Rule } from '../types.js';

/** The catalog's `ruleId`, plus `require:*` for the any-event rule of an indicator without rules. */
export function ruleKey(rule: Rule): string {
  return rule.type === 'require' && rule.kinds.length === 0 ? 'require:*' : ruleId(rule);
}
