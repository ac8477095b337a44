import { describe, expect, it } from 'vitest';
import {
  dateInYear,
  daysInMonth,
  elapsedMonths,
  elapsedMonthsIn,
  endOfMonthOf,
  isIsoDate,
  monthEndsUpTo,
  periodRange,
  periodsOf,
} from '../../src/dates/calendar.js';

describe('calendar', () => {
  it('knows leap years and month lengths', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2020, 4)).toBe(30);
    expect(daysInMonth(2020, 12)).toBe(31);
  });

  it.each([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2020-04-31', false],
    ['2020-13-01', false],
    ['2020-00-10', false],
    ['2020-1-01', false],
    ['20200101', false],
    ['2020-12-31', true],
  ])('isIsoDate(%s) = %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });

  it('gives exact period ends', () => {
    expect(periodsOf(2020, 'quarter').map((p) => p.end)).toEqual([
      '2020-03-31',
      '2020-06-30',
      '2020-09-30',
      '2020-12-31',
    ]);
    expect(periodRange(2020, 'month', 2).end).toBe('2020-02-29');
    expect(periodRange(2021, 'month', 2).end).toBe('2021-02-28');
    expect(periodsOf(2020, 'half').map((p) => [p.start, p.end])).toEqual([
      ['2020-01-01', '2020-06-30'],
      ['2020-07-01', '2020-12-31'],
    ]);
    expect(endOfMonthOf('2020-02-10')).toBe('2020-02-29');
  });

  it('counts a month as elapsed on its last day', () => {
    expect(elapsedMonths(2020, '2020-01-01')).toBe(0);
    expect(elapsedMonths(2020, '2020-02-28')).toBe(1);
    expect(elapsedMonths(2020, '2020-02-29')).toBe(2);
    expect(elapsedMonths(2020, '2020-03-30')).toBe(2);
    expect(elapsedMonths(2020, '2020-03-31')).toBe(3);
    expect(elapsedMonths(2020, '2019-12-31')).toBe(0);
    expect(elapsedMonths(2020, '2021-01-01')).toBe(12);
    const q2 = periodRange(2020, 'quarter', 2);
    expect(elapsedMonthsIn(q2, 2020, '2020-03-31')).toBe(0);
    expect(elapsedMonthsIn(q2, 2020, '2020-05-31')).toBe(2);
    expect(elapsedMonthsIn(q2, 2020, '2020-08-01')).toBe(3);
  });

  it('clamps a 02-29 due day in a common year and lists month-ends', () => {
    expect(dateInYear(2020, '02-29')).toBe('2020-02-29');
    expect(dateInYear(2021, '02-29')).toBe('2021-02-28');
    expect(monthEndsUpTo(2020, '2020-03-30')).toEqual(['2020-01-31', '2020-02-29']);
    expect(monthEndsUpTo(2020, '2020-03-31')).toHaveLength(3);
  });
});
