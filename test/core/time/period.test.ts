import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarPeriod,
  formatPeriod,
  isValidPeriod,
  parsePeriod,
  type Period,
  type PeriodUnit,
} from '../../../src/core/time/period.js';

describe('parsePeriod', () => {
  it.each<[string, Period]>([
    ['2 months', { count: 2, unit: 'month' }],
    ['1 month', { count: 1, unit: 'month' }],
    ['28 days', { count: 28, unit: 'day' }],
    ['1 day', { count: 1, unit: 'day' }],
    ['1 week', { count: 1, unit: 'week' }],
    ['6 weeks', { count: 6, unit: 'week' }],
    ['1 year', { count: 1, unit: 'year' }],
    ['10 working days', { count: 10, unit: 'working-day' }],
    ['1 working day', { count: 1, unit: 'working-day' }],
    ['9999 days', { count: 9999, unit: 'day' }],
    ['2 months + 10 days', { count: 2, unit: 'month', plus: [{ count: 10, unit: 'day' }] }],
    [
      '14 days + 2 months + 10 days',
      {
        count: 14,
        unit: 'day',
        plus: [
          { count: 2, unit: 'month' },
          { count: 10, unit: 'day' },
        ],
      },
    ],
    ['1 day + 1 day + 1 day + 1 day', { count: 1, unit: 'day', plus: [1, 2, 3].map(() => ({ count: 1, unit: 'day' as const })) }],
  ])('%s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each([
    '0 days',
    '02 months',
    '10000 days',
    '-1 days',
    '1.5 months',
    '2  months',
    ' 2 months',
    '2 months ',
    '2 Months',
    '2months',
    '2 fortnights',
    '2 working-days',
    '2 business days',
    '2 months and 10 days',
    '2 months +10 days',
    '2 months+ 10 days',
    '2 months + ',
    ' + 2 months',
    '2 months + 0 days',
    '10 working days + 2 days',
    '2 days + 10 working days',
    '1 day + 1 day + 1 day + 1 day + 1 day',
    '',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('formatPeriod', () => {
  it.each<[Period, string]>([
    [{ count: 2, unit: 'month' }, '2 months'],
    [{ count: 1, unit: 'month' }, '1 month'],
    [{ count: 1, unit: 'working-day' }, '1 working day'],
    [{ count: 10, unit: 'working-day' }, '10 working days'],
    [{ count: 6, unit: 'week' }, '6 weeks'],
    [{ count: 1, unit: 'year' }, '1 year'],
    [{ count: 2, unit: 'month', plus: [{ count: 10, unit: 'day' }] }, '2 months + 10 days'],
  ])('%j → %s', (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });

  it('round-trips every valid period', () => {
    const units: PeriodUnit[] = ['day', 'week', 'month', 'year', 'working-day'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...units), (count, unit) => {
        expect(parsePeriod(formatPeriod({ count, unit }))).toEqual({ count, unit });
      }),
    );
  });

  it('round-trips every valid compound period', () => {
    const part = fc.record({ count: fc.integer({ min: 1, max: 9999 }), unit: fc.constantFrom<PeriodUnit>('day', 'week', 'month', 'year') });
    fc.assert(
      fc.property(part, fc.array(part, { minLength: 1, maxLength: 3 }), (first, plus) => {
        expect(parsePeriod(formatPeriod({ ...first, plus }))).toEqual({ ...first, plus });
      }),
    );
  });

  it('refuses invalid periods', () => {
    expect(isValidPeriod({ count: 0, unit: 'day' })).toBe(false);
    expect(isValidPeriod({ count: 2.5, unit: 'day' })).toBe(false);
    expect(isValidPeriod({ count: 2, unit: 'fortnight' as PeriodUnit })).toBe(false);
    expect(() => formatPeriod({ count: 10000, unit: 'day' })).toThrow(/not a valid period/);
    expect(isValidPeriod({ count: 2, unit: 'month', plus: [{ count: 1, unit: 'working-day' }] })).toBe(false);
    expect(isValidPeriod({ count: 2, unit: 'month', plus: [{ count: 0, unit: 'day' }] })).toBe(false);
  });
});

describe('addCalendarPeriod', () => {
  it.each<[string, string, string]>([
    ['2022-10-20', '2 months', '2022-12-20'],
    ['2022-10-20', '28 days', '2022-11-17'],
    ['2022-10-20', '6 weeks', '2022-12-01'],
    ['2022-10-20', '60 days', '2022-12-19'],
    ['2022-10-20', '30 days', '2022-11-19'],
    ['2023-12-31', '2 months', '2024-02-29'],
    ['2024-02-29', '1 year', '2025-02-28'],
    // Parts in turn, each from the last day of the one before; the order matters at a month end.
    ['2025-03-14', '14 days + 2 months + 10 days', '2025-06-07'],
    ['2023-12-31', '2 months + 10 days', '2024-03-10'],
    ['2023-12-31', '10 days + 2 months', '2024-03-10'],
    ['2024-01-21', '10 days + 1 month', '2024-02-29'],
    ['2024-01-21', '1 month + 10 days', '2024-03-02'],
  ])('%s + %s = %s', (start, period, end) => {
    expect(addCalendarPeriod(start, parsePeriod(period)!)).toBe(end);
  });

  it('leaves working-day periods to the deadline engine', () => {
    expect(() => addCalendarPeriod('2022-10-20', { count: 2, unit: 'working-day' })).toThrow(/calendar/);
  });
});
