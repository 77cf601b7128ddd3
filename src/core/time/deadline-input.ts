// Checks of a deadline's input, the reach of a statute over a period, and the note the working
// gives when a month is too short.
import { addDays, addMonths, compareDates, isCalendarDate, type IsoDate } from './calendar-date.js';
import { assertOptionsApply, isJurisdiction, type Convention } from './conventions.js';
import type { DeadlineInput } from './deadline.js';
import { isCompound, isValidPeriod, type Period, type PeriodPart } from './period.js';
import type { CountNote } from './working.js';

/** The working's note when a month has no such day (31 Dec + 2 months is 29 Feb). */
export function clampNote(from: IsoDate, end: IsoDate, period: PeriodPart): CountNote | undefined {
  const clamped = (period.unit === 'month' || period.unit === 'year') && end.slice(8) !== from.slice(8);
  return clamped ? { kind: 'clamped', day: Number(from.slice(8)) } : undefined;
}

/** Refuses an input no legal period can have, before anything is counted. */
export function validateDeadlineInput(input: DeadlineInput): void {
  // Typed callers cannot pass bad values; untyped ones (JSON, tests) can.
  if (!isCalendarDate(input.start)) throw new RangeError(`start is not a calendar date: ${JSON.stringify(input.start)}`);
  if (!isValidPeriod(input.period)) throw new RangeError(`not a valid period: ${JSON.stringify(input.period)}`);
  if (!isJurisdiction(input.jurisdiction)) throw new RangeError(`unknown jurisdiction: ${JSON.stringify(input.jurisdiction)}`);
  assertOptionsApply(input.jurisdiction, input);
  if (input.francDelay === true && input.period.unit === 'working-day') {
    throw new RangeError('a délai franc is counted in calendar days, not in working days');
  }
}

/**
 * ATW art. 4(a): whether a period is longer than the statute's reach. The article names periods
 * in one unit; a compound one is taken as beyond it when it ends later than both the day limit
 * and the month limit would from the same start (an assumption, recorded by the caller).
 */
export function isBeyond(period: Period, limit: Convention['notExtendedBeyond'], start: IsoDate, rawEnd: IsoDate): boolean {
  if (limit === undefined) return false;
  if (isCompound(period)) {
    const reach = [addDays(start, limit.days), addMonths(start, limit.months)].sort(compareDates).at(-1) ?? start;
    return compareDates(rawEnd, reach) > 0;
  }
  switch (period.unit) {
    case 'day':
      return period.count > limit.days;
    case 'week':
      return period.count > limit.weeks;
    case 'month':
      return period.count > limit.months;
    case 'year':
      return period.count > limit.years;
    case 'working-day':
      return false;
  }
}
