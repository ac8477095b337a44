// Dates and periods in plain words for 扣分说明 and 本月待办, in Chinese or English.
import type { Lang } from '../types.js';

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
