// A rule in plain words for 扣分说明 and 本月待办, in Chinese or English.
import type { Lang, Period, Rule } from '../types.js';

const perZh: Record<Period, string> = { year: '每年', half: '每半年', quarter: '每季度', month: '每月' };
const perEn: Record<Period, string> = {
  year: 'a year',
  half: 'a half-year',
  quarter: 'a quarter',
  month: 'a month',
};

export function ruleWords(rule: Rule, lang: Lang): string {
  const zh = lang === 'zh';
  switch (rule.type) {
    case 'require':
      if (rule.kinds.length === 0) return zh ? '至少留存一次活动材料' : 'at least one piece of evidence';
      if (rule.kinds.length === 1) return zh ? `留存${rule.kinds[0]}` : `evidence of kind ${rule.kinds[0]}`;
      return zh
        ? `留存${rule.kinds.join('、')}（任一即可）`
        : `evidence of kind ${rule.kinds.join(', ')} (any one)`;
    case 'minEvents': {
      const kind = rule.kind ? (zh ? `（${rule.kind}）` : ` (${rule.kind})`) : '';
      return zh
        ? `${perZh[rule.per]}至少 ${rule.count} 次${kind}`
        : `at least ${rule.count} ${perEn[rule.per]}${kind}`;
    }
    case 'due': {
      const [m, d] = rule.by.split('-').map(Number);
      if (zh) return `${m}月${d}日前留存${rule.kind ?? '相关材料'}`;
      return `${rule.kind ?? 'evidence'} by ${rule.by}`;
    }
  }
}

/** `2020-07-01` → `7月1日` (zh) or as is (en). */
export function dayWords(date: string | undefined, lang: Lang): string {
  if (!date) return '';
  if (lang === 'en') return date;
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** The period a count was taken in: 第一季度, 上半年, 3月, 全年 (from its first and last day). */
export function periodWords(start: string | undefined, end: string | undefined, lang: Lang): string {
  if (!start || !end) return '';
  const first = Number(start.slice(5, 7));
  const last = Number(end.slice(5, 7));
  const months = last - first + 1;
  const zh = lang === 'zh';
  if (months === 12) return zh ? '全年' : 'the year';
  if (months === 6)
    return zh ? (first === 1 ? '上半年' : '下半年') : first === 1 ? 'the first half' : 'the second half';
  if (months === 3) {
    const q = (first + 2) / 3;
    return zh ? `第${'一二三四'[q - 1]}季度` : `Q${q}`;
  }
  return zh ? `${first}月` : `month ${first}`;
}
