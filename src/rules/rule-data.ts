// A rule as finding data (flat strings and numbers) and back, so a message can describe the rule.
import type { Finding, Period, Rule } from '../types.js';

type Data = Finding['data'];

export function ruleToData(rule: Rule): Data {
  switch (rule.type) {
    case 'require':
      return { ruleType: 'require', kinds: rule.kinds.join('|') };
    case 'minEvents':
      return { ruleType: 'minEvents', count: rule.count, per: rule.per, kind: rule.kind };
    case 'due':
      return { ruleType: 'due', by: rule.by, kind: rule.kind };
  }
}

export function ruleFromData(data: Data): Rule | undefined {
  const kind = typeof data.kind === 'string' ? data.kind : undefined;
  switch (data.ruleType) {
    case 'require':
      return {
        type: 'require',
        kinds: String(data.kinds ?? '')
          .split('|')
          .filter(Boolean),
      };
    case 'minEvents':
      return {
        type: 'minEvents',
        count: Number(data.count),
        per: String(data.per) as Period,
        ...(kind ? { kind } : {}),
      };
    case 'due':
      return { type: 'due', by: String(data.by), ...(kind ? { kind } : {}) };
    default:
      return undefined;
  }
}
