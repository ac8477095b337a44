import { describeRule } from '../../catalog/describe-rule.js';
import { ruleFromData } from '../../rules/rule-data.js';
import { dayWords, periodWords } from '../../rules/rule-words.js';
import type { Lang } from '../../types.js';
import type { MessageData, MessageTable } from '../types.js';

// Messages of `dangjian check`: findings (扣分说明, 本月待办), errors of its flags, and the text report's words.

const head = (d: MessageData, lang: Lang) =>
  lang === 'zh' ? `第${d.indicator}项「${d.title}」：` : `Indicator ${d.indicator} "${d.title}": `;
const rule = (d: MessageData, lang: Lang) => {
  const spec = ruleFromData(d);
  return spec ? describeRule(spec, lang) : String(d.rule ?? '');
};
const period = (d: MessageData, lang: Lang) =>
  periodWords(d.periodStart as string, d.periodEnd as string, lang);
const inPeriod = (d: MessageData) => (d.periodStart ? ` in ${period(d, 'en')}` : '');
/** How far a rule is: a count for counting rules, "nothing yet" for the others. */
const sofar = (d: MessageData, lang: Lang) => {
  if (d.ruleType !== 'minEvents') return lang === 'zh' ? '目前还没有相关材料' : 'nothing yet';
  return lang === 'zh'
    ? `${period(d, 'zh')}目前 ${d.have} 次，需要 ${d.need} 次`
    : `${d.have} of ${d.need} so far${inPeriod(d)}`;
};
const day = (d: MessageData, lang: Lang) => dayWords(d.due as string | undefined, lang);
/** The closed periods that fell short: one with its count, several together (第一季度、第三季度都没有). */
const missedWords = (d: MessageData, lang: Lang) => {
  const missed = String(d.missed ?? '')
    .split(';')
    .filter(Boolean)
    .map((p) => p.split('/') as [string, string]);
  if (missed.length <= 1) {
    return lang === 'zh'
      ? `${period(d, 'zh')}只有 ${d.have} 次，应有 ${d.need} 次`
      : `${period(d, 'en')} had ${d.have} of ${d.need}`;
  }
  const names = missed.map(([start, end]) => periodWords(start, end, lang));
  return lang === 'zh'
    ? `${names.join('、')}${Number(d.need) === 1 ? '都没有' : `都不足 ${d.need} 次`}`
    : `${names.join(', ')} ${Number(d.need) === 1 ? 'had none' : `each had fewer than ${d.need}`}`;
};

/** What is missing for one rule, without the indicator: the text report lists these under the indicator. */
export const ruleDetails: MessageTable = {
  'rule/overdue': {
    zh: (d) =>
      d.ruleType === 'minEvents'
        ? `${rule(d, 'zh')}。${missedWords(d, 'zh')}，已逾期${d.due && !d.openMet ? `；眼下这一期到${day(d, 'zh')}截止，也要按时完成` : d.due ? '；眼下这一期已经完成' : ''}。`
        : `${rule(d, 'zh')}。${day(d, 'zh')}已过，仍没有相关材料，已逾期，请尽快补齐。`,
    en: (d) =>
      d.ruleType === 'minEvents'
        ? `${rule(d, 'en')}. ${missedWords(d, 'en')}: overdue${d.due && !d.openMet ? `; the current period ends ${d.due}` : d.due ? '; the current period is done' : ''}.`
        : `${rule(d, 'en')}. ${d.due} has passed without evidence: overdue.`,
  },
  'rule/behind': {
    zh: (d) =>
      `${rule(d, 'zh')}。${period(d, 'zh')}目前 ${d.have} 次，按进度现在应有 ${d.pace} 次，已落后；${day(d, 'zh')}前要达到 ${d.need} 次。`,
    en: (d) =>
      `${rule(d, 'en')}. ${d.have} so far in ${period(d, 'en')}, ${d.pace} expected by now: behind pace; ${d.need} needed by ${d.due}.`,
  },
  'rule/due-soon': {
    zh: (d) => `${rule(d, 'zh')}。${sofar(d, 'zh')}，请在${day(d, 'zh')}前完成。`,
    en: (d) => `${rule(d, 'en')}. ${sofar(d, 'en')}; due by ${d.due}.`,
  },
  'rule/pending': {
    zh: (d) => `${rule(d, 'zh')}。${sofar(d, 'zh')}，${day(d, 'zh')}截止。`,
    en: (d) => `${rule(d, 'en')}. ${sofar(d, 'en')}; due by ${d.due}.`,
  },
};

const findings: MessageTable = Object.fromEntries(
  Object.entries(ruleDetails).map(([code, entry]) => [
    code,
    {
      zh: (d: MessageData) => head(d, 'zh') + entry.zh(d),
      en: (d: MessageData) => head(d, 'en') + entry.en(d),
    },
  ]),
);

const words: MessageTable = {
  'check/title': {
    zh: (d) => `${d.org} ${d.year}年党建工作自查自评（截至${dayWords(String(d.asOf), 'zh')}）`,
    en: (d) => `${d.org}: ${d.year} self-assessment as of ${d.asOf}`,
  },
  'check/unit-score': { zh: (d) => `自评分 ${d.total} / ${d.max}`, en: (d) => `score ${d.total} / ${d.max}` },
  'check/category': {
    zh: (d) => `${d.name}（小计 ${d.total} / ${d.max}）`,
    en: (d) => `${d.name} (subtotal ${d.total} / ${d.max})`,
  },
  'check/col-indicator': { zh: () => '指标', en: () => 'Indicator' },
  'check/col-points': { zh: () => '分值', en: () => 'Pts' },
  'check/col-score': { zh: () => '自评分', en: () => 'Score' },
  'check/col-status': { zh: () => '状态', en: () => 'Status' },
  'check/col-unit': { zh: () => '单位', en: () => 'Unit' },
  'check/status-met': { zh: () => '达标', en: () => 'met' },
  'check/status-partial': { zh: () => '部分', en: () => 'partial' },
  'check/status-missing': { zh: () => '缺失', en: () => 'missing' },
  'check/status-na': { zh: () => '不适用', en: () => 'n/a' },
  'check/state-overdue': { zh: () => '逾期', en: () => 'overdue' },
  'check/state-behind': { zh: () => '落后', en: () => 'behind' },
  'check/state-due-soon': { zh: () => '本月到期', en: () => 'due' },
  'check/state-pending': { zh: () => '未完成', en: () => 'pending' },
  'check/lost-heading': {
    zh: (d) => `扣分说明（共扣 ${d.lost} 分）`,
    en: (d) => `Points lost (${d.lost} in all)`,
  },
  'check/lost-none': { zh: () => '扣分说明：没有扣分。', en: () => 'Points lost: none.' },
  'check/lost-indicator': {
    zh: (d) => `第${d.indicator}项「${d.title}」扣 ${d.lost} 分（${d.score} / ${d.max}）`,
    en: (d) => `Indicator ${d.indicator} "${d.title}": −${d.lost} (${d.score} / ${d.max})`,
  },
  'check/todo-heading': {
    zh: (d) => `${d.nextMonth ? '本月和下月待办' : '本月待办'}（${dayWords(String(d.monthEnd), 'zh')}前）`,
    en: (d) => `To do before ${d.monthEnd}`,
  },
  'check/todo-none': {
    zh: (d) => (d.nextMonth ? '本月和下月都没有待办事项。' : '本月没有待办事项。'),
    en: (d) => (d.nextMonth ? 'Nothing due this month or next.' : 'Nothing due this month.'),
  },
  'check/org-heading': {
    zh: (d) =>
      `全局汇总（多个单位承担的指标按${d.rollup === 'min' ? '最低分' : '平均分'}计）：${d.total} / ${d.max}`,
    en: (d) => `Organisation (shared indicators scored by ${d.rollup}): ${d.total} / ${d.max}`,
  },
  'check/org-score': {
    zh: (d) => `${d.org}自评分 ${d.total} / ${d.max}`,
    en: (d) => `${d.org} scores ${d.total} / ${d.max}`,
  },
  'check/lint-count': {
    zh: (d) => `另有 ${d.count} 条材料整理问题（命名、位置等），运行 dangjian lint 查看。`,
    en: (d) => `${d.count} more filing problem(s) (names, places); run dangjian lint to see them.`,
  },
};

export const checkMessages: MessageTable = {
  ...findings,
  ...words,
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
