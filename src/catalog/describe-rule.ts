// A rule in two forms: the stable short id used in JSON, and plain words for people.
import { t } from '../i18n/index.js';
import type { Lang, Rule } from '../types.js';

/** `require:图片`, `anyOf:计划|方案|通知`, `minEvents:6/year[:学习记录]`, `due:07-01[:党课材料]`. */
export function ruleId(rule: Rule): string {
  switch (rule.type) {
    case 'require':
      // No kinds: any event counts (the implicit rule of an indicator whose catalog entry has none).
      if (rule.kinds.length === 0) return 'require:*';
      return rule.kinds.length === 1 ? `require:${rule.kinds[0]}` : `anyOf:${rule.kinds.join('|')}`;
    case 'minEvents':
      return `minEvents:${rule.count}/${rule.per}${rule.kind ? `:${rule.kind}` : ''}`;
    case 'due':
      return `due:${rule.by}${rule.kind ? `:${rule.kind}` : ''}`;
  }
}

/**
 * The kinds an event must carry to count for the rule; undefined when any event counts
 * (a `minEvents` or `due` rule without a kind).
 */
export function ruleKinds(rule: Rule): string[] | undefined {
  if (rule.type === 'require') return rule.kinds;
  return rule.kind ? [rule.kind] : undefined;
}

/** Whether an event carrying `kinds` counts for the rule. */
export function ruleAccepts(rule: Rule, kinds: readonly string[]): boolean {
  const wanted = ruleKinds(rule);
  return wanted === undefined || wanted.some((k) => kinds.includes(k));
}

/** Plain words: "要有图片", "全年至少 6 次学习记录", "7月1日前要有党课材料". */
export function describeRule(rule: Rule, lang: Lang): string {
  switch (rule.type) {
    case 'require':
      if (rule.kinds.length === 0) return t(lang, 'catalog/rule-any-event');
      return rule.kinds.length === 1
        ? t(lang, 'catalog/rule-require', { kind: rule.kinds[0] })
        : t(lang, 'catalog/rule-any-of', { kinds: listKinds(rule.kinds, lang) });
    case 'minEvents':
      return t(lang, 'catalog/rule-min-events', {
        per: rule.per,
        count: rule.count,
        kind: rule.kind,
      });
    case 'due': {
      const [month, day] = rule.by.split('-').map(Number);
      return t(lang, 'catalog/rule-due', { month, day, by: rule.by, kind: rule.kind });
    }
  }
}

function listKinds(kinds: string[], lang: Lang): string {
  if (lang === 'en') return kinds.join(', ');
  return kinds.length > 1 ? `${kinds.slice(0, -1).join('、')}或${kinds[kinds.length - 1]}` : kinds.join('');
}
