import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  toDayNumber,
  weekday,
} from '../../../src/core/time/calendar-date.js';
import { englishWeekday } from '../../helpers/worded.js';

/** Any day from 0100-01-01 to 9999-12-31 (Date.UTC maps years 0–99 to 1900–1999, so the oracle starts at 100). */
const dayNumbers = fc.integer({ min: toDayNumber('0100-01-01'), max: toDayNumber('9999-12-31') });
const dates = dayNumbers.map(fromDayNumber);
const MS_PER_DAY = 86_400_000;

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-04-31', false],
    ['2023-04-00', false],
    ['0000-01-01', false],
    ['2024-1-5', false],
    ['20240105', false],
    ['2024-01-05 ', false],
    ['2024-01-05T00:00', false],
    ['+2024-01-05', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(isCalendarDate(20240105)).toBe(false);
    expect(isCalendarDate(undefined)).toBe(false);
  });
});

describe('leap years', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [2100, false],
    [1900, false],
    [2400, true],
  ])('%i leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2022-12-19', 19345],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ])('%s is day %i', (date, dayNumber) => {
    expect(toDayNumber(date)).toBe(dayNumber);
    expect(fromDayNumber(dayNumber)).toBe(date);
  });

  it('agrees with Date.UTC on every date from year 100 to 9999', () => {
    fc.assert(
      fc.property(dayNumbers, (dayNumber) => {
        const iso = new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
        expect(fromDayNumber(dayNumber)).toBe(iso);
        expect(toDayNumber(iso)).toBe(dayNumber);
        expect(weekday(iso)).toBe(new Date(dayNumber * MS_PER_DAY).getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses invalid dates and dates out of range', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(/not a calendar date/);
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(/out of range/);
    expect(() => fromDayNumber(toDayNumber('0001-01-01') - 1)).toThrow(/out of range/);
    expect(() => fromDayNumber(0.5)).toThrow(/whole number/);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2022-10-20', 28, '2022-11-17'],
    ['2022-10-20', 42, '2022-12-01'],
    ['2022-10-20', 60, '2022-12-19'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2023-01-01', -1, '2022-12-31'],
    // Across the European DST change (26 Mar 2023) a day is still one day.
    ['2023-03-25', 2, '2023-03-27'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('CNIL Clearview: 19 Dec 2022 to 9 Feb 2023 is 52 days', () => {
    expect(daysBetween('2022-12-19', '2023-02-09')).toBe(52);
    expect(daysBetween('2023-02-09', '2022-12-19')).toBe(-52);
  });

  it('addDays(d, daysBetween(d, e)) = e', () => {
    fc.assert(fc.property(dates, dates, (d, e) => addDays(d, daysBetween(d, e)) === e));
  });
});

describe('addMonths and addYears', () => {
  it.each([
    ['2022-10-20', 2, '2022-12-20'],
    ['2022-10-17', 2, '2022-12-17'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2022-08-31', 1, '2022-09-30'],
    ['2022-11-30', 3, '2023-02-28'],
    ['2022-12-15', 1, '2023-01-15'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2023-01-15', -1, '2022-12-15'],
    ['2022-10-20', 24, '2024-10-20'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('clamps step by step, so repeating deadlines must be computed from the anchor', () => {
    expect(addMonths(addMonths('2024-01-31', 1), 1)).toBe('2024-03-29');
    expect(addMonths('2024-01-31', 2)).toBe('2024-03-31');
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2096-02-29', 4, '2100-02-28'],
    ['1996-02-29', 4, '2000-02-29'],
    ['2022-10-20', 1, '2023-10-20'],
  ])('%s + %i years = %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it('+a months then +b months: same month as +(a+b), never later, equal when the day is at most 28', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (date, a, b) => {
        fc.pre(toDayNumber(date) < toDayNumber('9989-01-01'));
        const stepwise = addMonths(addMonths(date, a), b);
        const direct = addMonths(date, a + b);
        expect(stepwise.slice(0, 7)).toBe(direct.slice(0, 7));
        expect(compareDates(stepwise, direct)).toBeLessThanOrEqual(0);
        if (Number(date.slice(8)) <= 28) expect(stepwise).toBe(direct);
        // The clamp rule exactly: the day is the start's day cut to the shortest month on the way.
        const day = Math.min(
          Number(date.slice(8)),
          Number(addMonths(date, a).slice(8)),
          daysInMonth(Number(direct.slice(0, 4)), Number(direct.slice(5, 7))),
        );
        expect(Number(stepwise.slice(8))).toBe(day);
      }),
    );
  });

  it('is non-decreasing in the start date', () => {
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: 0, max: 120 }), (d, e, months) => {
        fc.pre(toDayNumber(d) < toDayNumber('9980-01-01') && toDayNumber(e) < toDayNumber('9980-01-01'));
        const [early, late] = compareDates(d, e) <= 0 ? [d, e] : [e, d];
        expect(compareDates(addMonths(early, months), addMonths(late, months))).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('refuses fractional counts', () => {
    expect(() => addMonths('2022-01-01', 1.5)).toThrow(/whole number/);
    expect(() => addDays('2022-01-01', Number.NaN)).toThrow(/whole number/);
  });
});

describe('weekday, compareDates', () => {
  it.each([
    ['1970-01-01', 4, 'Thursday'],
    ['2022-10-20', 4, 'Thursday'],
    ['2022-12-25', 0, 'Sunday'],
    ['2022-12-17', 6, 'Saturday'],
    ['2000-02-29', 2, 'Tuesday'],
    ['0001-01-01', 1, 'Monday'],
  ])('%s is weekday %i (%s)', (date, day, name) => {
    expect(weekday(date)).toBe(day);
    expect(englishWeekday(date)).toBe(name);
  });

  it('orders dates', () => {
    expect(compareDates('2022-12-19', '2022-12-20')).toBe(-1);
    expect(compareDates('2022-12-20', '2022-12-20')).toBe(0);
    expect(compareDates('2023-01-01', '2022-12-31')).toBe(1);
    expect(['2023-01-01', '2021-05-05', '2022-12-31'].sort(compareDates)).toEqual(['2021-05-05', '2022-12-31', '2023-01-01']);
  });
});

describe('time-zone independence', () => {
  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'])('gives the same results with TZ=%s', (zone) => {
    const saved = process.env['TZ'];
    try {
      process.env['TZ'] = zone;
      expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
      expect(addDays('2023-03-25', 2)).toBe('2023-03-27');
      expect(daysBetween('2023-03-11', '2023-03-13')).toBe(2);
      expect(weekday('2022-12-25')).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});
