// Checks of a deadline's input, and the note the working gives when a month is too short.
import { isCalendarDate, type IsoDate } from './calendar-date.js';
import { assertOptionsApply, isJurisdiction } from './conventions.js';
import type { DeadlineInput } from './deadline.js';
import { isValidPeriod, type Period } from './period.js';

/** The working's note when a month has no such day (31 Dec + 2 months is 29 Feb). */
export function clampNote(from: IsoDate, end: IsoDate, period: Period): string {
  const clamped = (period.unit === 'month' || period.unit === 'year') && end.slice(8) !== from.slice(8);
  return clamped ? `; the month has no day ${Number(from.slice(8))}, so its last day` : '';
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
