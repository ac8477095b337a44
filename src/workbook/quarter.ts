// A calendar quarter of the config's year, as `--quarter 2020Q3` names it. Pure date math on strings.
import { formatIsoDate, monthEnd } from '../dates/calendar.js';
import { DangjianError } from '../errors.js';
import type { IsoDate } from '../types.js';

export interface Quarter {
  /** `2020Q3` */
  id: string;
  year: number;
  /** 1..4 */
  q: number;
  start: IsoDate;
  end: IsoDate;
  /** `2020年第三季度` */
  label: string;
  /** Months of the year up to and including the quarter's last month (1..3q). */
  monthsSoFar: number[];
}

const numerals = ['一', '二', '三', '四'];

/** `2020Q3`, `2020q3` or `2020-Q3`; a quarter outside 1..4 or outside the config's year is exit 2. */
export function parseQuarter(text: string | undefined, configYear: number): Quarter {
  if (text === undefined || text === '') {
    throw new DangjianError('compile/no-quarter', { example: `${configYear}Q1` });
  }
  const m = /^(\d{4})-?[Qq](\d+)$/.exec(text.trim());
  const year = m ? Number(m[1]) : Number.NaN;
  const q = m ? Number(m[2]) : Number.NaN;
  if (!m || q < 1 || q > 4) {
    throw new DangjianError('compile/bad-quarter', { value: text, example: `${configYear}Q3` });
  }
  if (year !== configYear) {
    throw new DangjianError('compile/quarter-year', { value: text, year: configYear });
  }
  return quarterOf(year, q);
}

export function quarterOf(year: number, q: number): Quarter {
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = q * 3;
  return {
    id: `${year}Q${q}`,
    year,
    q,
    start: formatIsoDate(year, firstMonth, 1),
    end: monthEnd(year, lastMonth),
    label: `${year}年第${numerals[q - 1]}季度`,
    monthsSoFar: Array.from({ length: lastMonth }, (_, i) => i + 1),
  };
}

/** `2020-07-01` → `2020年7月1日` */
export function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function inQuarter(date: IsoDate, quarter: Quarter): boolean {
  return date >= quarter.start && date <= quarter.end;
}
