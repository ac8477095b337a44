// The stable short form of a rule, used in JSON (`rule`) and to match findings to rules.
import type { Rule } from '../types.js';

/** `require:图片`, `anyOf:计划|方案|通知`, `minEvents:6/year`, `minEvents:6/year:学习记录`, `due:07-01:计划`. */
export function ruleKey(rule: Rule): string {
  switch (rule.type) {
    case 'require':
      if (rule.kinds.length === 0) return 'require:*';
      return rule.kinds.length === 1 ? `require:${rule.kinds[0]}` : `anyOf:${rule.kinds.join('|')}`;
    case 'minEvents':
      return `minEvents:${rule.count}/${rule.per}${rule.kind ? `:${rule.kind}` : ''}`;
    case 'due':
      return `due:${rule.by}${rule.kind ? `:${rule.kind}` : ''}`;
  }
}
