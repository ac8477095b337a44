// Cumulative scores at each month-end of the year so far: the trend the workbook's 进度 sheet shows.
import { monthEndsUpTo } from '../dates/calendar.js';
import type { IsoDate, Score } from '../types.js';
import { type EvaluateInput, evaluate } from './evaluate.js';

export interface MonthEndScores {
  /** The month-end, `YYYY-MM-DD`. */
  asOf: IsoDate;
  month: number;
  units: { id: string; name: string; score: Score }[];
  /** The organisation's roll-up. */
  score: Score;
}

/** Every month-end of `year` on or before `upTo` (a quarter's last day is one), in order. */
export function evaluateMonthEnds(input: EvaluateInput, year: number, upTo: IsoDate): MonthEndScores[] {
  return monthEndsUpTo(year, upTo).map((asOf, i) => {
    const result = evaluate(input, asOf, { findings: false });
    return {
      asOf,
      month: i + 1,
      units: result.units.map((u) => ({ id: u.id, name: u.name, score: u.score })),
      score: result.score,
    };
  });
}
