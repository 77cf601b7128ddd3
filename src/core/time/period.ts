// A legal period as written in a decision or a statute: "2 months", "28 days", "10 working days".

import { PERIOD_PATTERN } from '../../model/patterns.js';
import { addDays, addMonths, addYears, type IsoDate } from './calendar-date.js';

export type PeriodUnit = 'day' | 'week' | 'month' | 'year' | 'working-day';

export interface Period {
  /** 1–9999. */
  count: number;
  unit: PeriodUnit;
}

const UNIT_BY_WORD: Readonly<Record<string, PeriodUnit>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  'working day': 'working-day',
  'working days': 'working-day',
};

const WORD_BY_UNIT: Readonly<Record<PeriodUnit, string>> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  'working-day': 'working day',
};

export const MAX_PERIOD_COUNT = 9999;

/** Reads exactly "<1–9999> <unit>", singular or plural; anything else gives undefined. */
export function parsePeriod(text: string): Period | undefined {
  const match = PERIOD_PATTERN.exec(text);
  const unit = match?.[2] === undefined ? undefined : UNIT_BY_WORD[match[2]];
  if (!match || unit === undefined) return undefined;
  return { count: Number(match[1]), unit };
}

export function isValidPeriod(period: Period): boolean {
  return (
    Number.isSafeInteger(period.count) && period.count >= 1 && period.count <= MAX_PERIOD_COUNT && Object.hasOwn(WORD_BY_UNIT, period.unit)
  );
}

/** The inverse of parsePeriod: { count: 1, unit: 'working-day' } → "1 working day". */
export function formatPeriod(period: Period): string {
  if (!isValidPeriod(period)) throw new RangeError(`not a valid period: ${JSON.stringify(period)}`);
  const word = WORD_BY_UNIT[period.unit];
  return `${period.count} ${period.count === 1 ? word : `${word}s`}`;
}

/**
 * The last day of a calendar period counted from `from` (not counted): days: from + n;
 * weeks: from + 7n; months and years: the same day number, else the last day of the month
 *. Working-day periods depend on a calendar, so the deadline engine counts them.
 */
export function addCalendarPeriod(from: IsoDate, period: Period): IsoDate {
  switch (period.unit) {
    case 'day':
      return addDays(from, period.count);
    case 'week':
      return addDays(from, 7 * period.count);
    case 'month':
      return addMonths(from, period.count);
    case 'year':
      return addYears(from, period.count);
    case 'working-day':
      throw new RangeError('a working-day period needs a calendar: use computeDeadline');
  }
}
