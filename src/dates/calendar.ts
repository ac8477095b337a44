// Pure calendar math on `YYYY-MM-DD` strings: no Date objects, so no time zone can shift a day.
import type { IsoDate, Period } from '../types.js';

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` → parts, or undefined when the string is not a real calendar date (2021-02-29). */
export function parseIsoDate(text: string): YearMonthDay | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parts of a date already known to be valid (the caller validated it). */
function partsOf(date: IsoDate): YearMonthDay {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`not a calendar date: ${date}`);
  return parts;
}

export function monthEnd(year: number, month: number): IsoDate {
  return formatIsoDate(year, month, daysInMonth(year, month));
}

export function yearStart(year: number): IsoDate {
  return formatIsoDate(year, 1, 1);
}

export function yearEnd(year: number): IsoDate {
  return formatIsoDate(year, 12, 31);
}

/** The last day of the month `date` falls in. */
export function endOfMonthOf(date: IsoDate): IsoDate {
  const { year, month } = partsOf(date);
  return monthEnd(year, month);
}

/**
 * The last day of what `check` lists as to do: this month's end; on a month's last day (the monthly
 * self-check), the next month's, so that a deadline on the 1st is seen the day before. Never past
 * the year's end.
 */
export function todoUntil(asOf: IsoDate): IsoDate {
  const end = endOfMonthOf(asOf);
  if (asOf !== end) return end;
  const { year, month } = partsOf(asOf);
  return month === 12 ? end : monthEnd(year, month + 1);
}

/** `MM-DD` of `year` as a date; a 02-29 in a common year means that year's last day of February. */
export function dateInYear(year: number, monthDay: string): IsoDate {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) throw new Error(`not a MM-DD day: ${monthDay}`);
  const month = Number(m[1]);
  return formatIsoDate(year, month, Math.min(Number(m[2]), daysInMonth(year, month)));
}

/** Well-formed ISO dates compare correctly as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const monthsPerPeriod: Record<Period, number> = { year: 12, half: 6, quarter: 3, month: 1 };

export function periodsPerYear(per: Period): number {
  return 12 / monthsPerPeriod[per];
}

export interface PeriodRange {
  /** 1-based: quarter 1..4, half 1..2, month 1..12, year 1. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  firstMonth: number;
  lastMonth: number;
}

export function periodRange(year: number, per: Period, index: number): PeriodRange {
  const size = monthsPerPeriod[per];
  const firstMonth = (index - 1) * size + 1;
  const lastMonth = firstMonth + size - 1;
  return {
    index,
    start: formatIsoDate(year, firstMonth, 1),
    end: monthEnd(year, lastMonth),
    firstMonth,
    lastMonth,
  };
}

/** Every period of the year, in order. */
export function periodsOf(year: number, per: Period): PeriodRange[] {
  return Array.from({ length: periodsPerYear(per) }, (_, i) => periodRange(year, per, i + 1));
}

/**
 * Full months of `year` completed by `asOf`. A month counts as completed on its last day: on 03-31 three
 * months have elapsed, on 03-30 two. Before the year: 0; after it: 12.
 */
export function elapsedMonths(year: number, asOf: IsoDate): number {
  if (asOf < yearStart(year)) return 0;
  if (asOf > yearEnd(year)) return 12;
  const { month, day } = partsOf(asOf);
  return day === daysInMonth(year, month) ? month : month - 1;
}

/** Full months of `range` completed by `asOf` (same convention as `elapsedMonths`). */
export function elapsedMonthsIn(range: PeriodRange, year: number, asOf: IsoDate): number {
  const elapsed = elapsedMonths(year, asOf);
  return Math.max(0, Math.min(elapsed, range.lastMonth) - (range.firstMonth - 1));
}

/** The month-ends of `year` on or before `upTo`, in order. */
export function monthEndsUpTo(year: number, upTo: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let month = 1; month <= 12; month++) {
    const end = monthEnd(year, month);
    if (end <= upTo) out.push(end);
  }
  return out;
}

/** A date as people type it — `2020-06-30`, `20200630` or `2020.06.30` — as `YYYY-MM-DD`, if it is real. */
export function normalizeDate(text: string): IsoDate | undefined {
  // NFKC: a Chinese input method may type full-width digits and dashes (２０２０－０６－３０).
  const m = /^(\d{4})(-|\.|)(\d{2})\2(\d{2})$/.exec(
    text
      .normalize('NFKC')
      .replace(/[－—–]/g, '-')
      .trim(),
  );
  if (!m) return undefined;
  const iso = `${m[1]}-${m[3]}-${m[4]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Today in local time (the CLI's clock), `YYYY-MM-DD`. */
export function localDate(now: Date): IsoDate {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
