import { ruleFromData } from '../../rules/rule-data.js';
import { dayWords, periodWords, ruleWords } from '../../rules/rule-words.js';
import type { Lang } from '../../types.js';
import type { MessageData, MessageTable } from '../types.js';

function what(d: MessageData, lang: Lang): string {
  const rule = ruleFromData(d);
  const head = lang === 'zh' ? `第${d.indicator}项「${d.title}」` : `Indicator ${d.indicator} "${d.title}"`;
  return rule ? `${head}${lang === 'zh' ? '：' : ': '}${ruleWords(rule, lang)}` : head;
}

const period = (d: MessageData, lang: Lang) =>
  periodWords(d.periodStart as string, d.periodEnd as string, lang);
const day = (d: MessageData, lang: Lang) => dayWords(d.due as string | undefined, lang);

export const checkMessages: MessageTable = {
  'rule/overdue': {
    zh: (d) =>
      d.ruleType === 'minEvents'
        ? `${what(d, 'zh')}。${period(d, 'zh')}只有 ${d.have} 次，应有 ${d.need} 次，已逾期${d.due ? `；本期截至${day(d, 'zh')}，请按时完成` : ''}。`
        : `${what(d, 'zh')}。${day(d, 'zh')}已过，仍没有相关材料，已逾期，请尽快补做并留存材料。`,
    en: (d) =>
      d.ruleType === 'minEvents'
        ? `${what(d, 'en')}. ${period(d, 'en')} had ${d.have} of ${d.need}: overdue${d.due ? `; the current period ends ${d.due}` : ''}.`
        : `${what(d, 'en')}. ${d.due} has passed without evidence: overdue.`,
  },
  'rule/behind': {
    zh: (d) =>
      `${what(d, 'zh')}。${period(d, 'zh')}目前 ${d.have} 次，按进度现在应有 ${d.pace} 次，落后于进度；${day(d, 'zh')}前要达到 ${d.need} 次。`,
    en: (d) =>
      `${what(d, 'en')}. ${d.have} so far in ${period(d, 'en')}, ${d.pace} expected by now: behind pace; ${d.need} needed by ${d.due}.`,
  },
  'rule/due-soon': {
    zh: (d) => `${what(d, 'zh')}。目前 ${d.have} 次，需要 ${d.need} 次，请在${day(d, 'zh')}前完成。`,
    en: (d) => `${what(d, 'en')}. ${d.have} of ${d.need} so far; due by ${d.due}.`,
  },
  'rule/pending': {
    zh: (d) => `${what(d, 'zh')}。目前 ${d.have} 次，需要 ${d.need} 次，截止${day(d, 'zh')}。`,
    en: (d) => `${what(d, 'en')}. ${d.have} of ${d.need} so far; due by ${d.due}.`,
  },
  'indicator/na': {
    zh: (d) => `第${d.indicator}项「${d.title}」不适用（${d.reason}），不计入总分。`,
    en: (d) =>
      `Indicator ${d.indicator} "${d.title}" does not apply (${d.reason}); it is left out of the total.`,
  },
  'indicator/unowned': {
    zh: (d) =>
      `第${d.indicator}项「${d.title}」（${d.points}分）没有分配给任何单位，请在 dangjian.yaml 的 responsibilities（责任分工）中指定责任单位。`,
    en: (d) =>
      `Indicator ${d.indicator} "${d.title}" (${d.points} points) is owed by no unit; assign it under responsibilities in dangjian.yaml.`,
  },
  'check/unknown-unit': {
    zh: (d) =>
      `没有 ${d.unit} 这个单位${d.suggestion ? `，是不是想写 ${d.suggestion}？` : '。'}dangjian.yaml 中的单位有：${d.known}。`,
    en: (d) =>
      `No unit ${d.unit}${d.suggestion ? `; did you mean ${d.suggestion}?` : '.'} Units in dangjian.yaml: ${d.known}.`,
  },
  'check/bad-as-of': {
    zh: (d) => `--as-of 的日期 ${d.value} 不是有效的日期，请写成 年-月-日，例如 --as-of 2020-06-30。`,
    en: (d) => `--as-of ${d.value} is not a valid date; write YYYY-MM-DD, e.g. --as-of 2020-06-30.`,
  },
  'check/as-of-outside-year': {
    zh: (d) =>
      `--as-of 的日期 ${d.value} 不在考核年度 ${d.year} 年内（见 dangjian.yaml 的 year），请写 ${d.year}-01-01 至 ${d.year}-12-31 之间的日期。`,
    en: (d) =>
      `--as-of ${d.value} is outside the assessment year ${d.year} (dangjian.yaml year); use a date from ${d.year}-01-01 to ${d.year}-12-31.`,
  },
  'check/today-before-year': {
    zh: (d) => `今天（${d.today}）还没到考核年度 ${d.year} 年，请用 --as-of 指定 ${d.year} 年内的日期。`,
    en: (d) =>
      `Today (${d.today}) is before the assessment year ${d.year}; pass --as-of with a date in ${d.year}.`,
  },
  'check/bad-min-score': {
    zh: (d) => `--min-score 需要一个不小于 0 的数字，例如 --min-score 48，收到的是 ${d.value}。`,
    en: (d) => `--min-score needs a number of 0 or more, e.g. --min-score 48; got ${d.value}.`,
  },
  'check/below-min-score': {
    zh: (d) => `全局自评分 ${d.total} 分，低于要求的 ${d.min} 分。`,
    en: (d) => `The organisation scores ${d.total}, below the required ${d.min}.`,
  },
};
