// A legal period as written in a decision or a statute: "2 months", "28 days", "10 working days",
// or calendar parts counted in turn: "2 months + 10 days".

import { MAX_PERIOD_PARTS, SIMPLE_PERIOD_PATTERN } from '../../model/patterns.js';
import { addDays, addMonths, addYears, type IsoDate } from './calendar-date.js';

export type PeriodUnit = 'day' | 'week' | 'month' | 'year' | 'working-day';

export interface PeriodPart {
  /** 1–9999. */
  count: number;
  unit: PeriodUnit;
}

/**
 * A period: its first part, then any further calendar parts, each counted from the last day of
 * the one before (e.g. EU GC Rules of Procedure arts 59–60: 14 days from publication, then
 * 2 months, then 10 days on account of distance). Only the end of the whole is moved off a
 * non-working day.
 */
export interface Period extends PeriodPart {
  plus?: readonly PeriodPart[];
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
export function parseSimplePeriod(text: string): PeriodPart | undefined {
  const match = SIMPLE_PERIOD_PATTERN.exec(text);
  const unit = match?.[2] === undefined ? undefined : UNIT_BY_WORD[match[2]];
  if (!match || unit === undefined) return undefined;
  return { count: Number(match[1]), unit };
}

/** Reads a simple period or up to MAX_PERIOD_PARTS calendar parts joined by " + "; else undefined. */
export function parsePeriod(text: string): Period | undefined {
  const parts = text.split(' + ').map(parseSimplePeriod);
  const [first, ...rest] = parts;
  if (first === undefined || parts.length > MAX_PERIOD_PARTS) return undefined;
  const plus: PeriodPart[] = [];
  for (const part of rest) {
    if (part === undefined) return undefined;
    plus.push(part);
  }
  const period: Period = plus.length === 0 ? first : { ...first, plus };
  return isValidPeriod(period) ? period : undefined;
}

/** The parts of a period in counting order. */
export function periodParts(period: Period): readonly PeriodPart[] {
  return [{ count: period.count, unit: period.unit }, ...(period.plus ?? [])];
}

export function isCompound(period: Period): boolean {
  return (period.plus?.length ?? 0) > 0;
}

function isValidPart(part: PeriodPart): boolean {
  return Number.isSafeInteger(part.count) && part.count >= 1 && part.count <= MAX_PERIOD_COUNT && Object.hasOwn(WORD_BY_UNIT, part.unit);
}

export function isValidPeriod(period: Period): boolean {
  const parts = periodParts(period);
  if (!parts.every(isValidPart) || parts.length > MAX_PERIOD_PARTS) return false;
  // Working days stand alone: "10 working days + 2 days" has no settled meaning.
  return parts.length === 1 || parts.every((part) => part.unit !== 'working-day');
}

/** The inverse of parsePeriod: { count: 1, unit: 'working-day' } → "1 working day". */
export function formatPeriod(period: Period): string {
  if (!isValidPeriod(period)) throw new RangeError(`not a valid period: ${JSON.stringify(period)}`);
  return periodParts(period).map(formatPart).join(' + ');
}

function formatPart(part: PeriodPart): string {
  const word = WORD_BY_UNIT[part.unit];
  return `${part.count} ${part.count === 1 ? word : `${word}s`}`;
}

/**
 * The last day of a calendar period counted from `from` (not counted): days: from + n;
 * weeks: from + 7n; months and years: the same day number, else the last day of the month;
 * the parts of a compound period in turn. Working-day periods depend on a calendar, so the
 * deadline engine counts them.
 */
export function addCalendarPeriod(from: IsoDate, period: Period): IsoDate {
  return periodParts(period).reduce(addCalendarPart, from);
}

/** One part of a calendar period counted from `from`. */
export function addCalendarPart(from: IsoDate, period: PeriodPart): IsoDate {
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
