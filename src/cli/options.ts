// Parsers for option values: a bad value is a usage error (exit 2) that says what was expected.
import { InvalidArgumentError } from 'commander';
import { parseDateText } from '../core/dates/date-text.js';
import { holidayCountryProblem, isHolidayCountry } from '../calendars/eu-member-states.js';
import { UserError } from './exit-codes.js';
import { isJurisdiction, jurisdictionProblem, type Jurisdiction } from '../core/time/conventions.js';

/** The largest count an option takes: nine digits. */
export const MAX_WHOLE_NUMBER = 999_999_999;
/** The largest --within: 100 years of days. */
export const MAX_WITHIN_DAYS = 36_500;

function wholeNumber(value: string, max: number, tooLarge: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number of 0 or more, got "${value}"`);
  const parsed = Number(value);
  if (parsed > max) throw new InvalidArgumentError(`expected ${tooLarge}, got "${value}"`);
  return parsed;
}

export function parseNonNegativeInteger(value: string): number {
  return wholeNumber(value, MAX_WHOLE_NUMBER, `a whole number of at most ${String(MAX_WHOLE_NUMBER)}`);
}

/** Worker threads for validate: 1 (none) to 64; more only costs memory. */
export function parseThreadCount(value: string): number {
  const threads = wholeNumber(value, 64, 'at most 64 threads');
  if (threads < 1) throw new InvalidArgumentError(`expected a whole number of threads from 1 to 64, got "${value}"`);
  return threads;
}

/** A number of days for --within: at most MAX_WITHIN_DAYS (100 years). */
export function parseWithinDays(value: string): number {
  return wholeNumber(value, MAX_WITHIN_DAYS, `at most ${String(MAX_WITHIN_DAYS)} days (100 years)`);
}

/** An EU period's holiday country, upper-cased: an EU Member State (or a German Land with a table). */
export function parseHolidayCountry(value: string): string {
  const code = value.toUpperCase();
  if (!isHolidayCountry(code)) throw new InvalidArgumentError(holidayCountryProblem(value));
  return code;
}

export function parseDayDate(value: string): string {
  const parsed = parseDateText(value);
  if ('error' in parsed || parsed.range.precision !== 'day') {
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, got "${value}"${'error' in parsed ? ` (${parsed.error})` : ''}`);
  }
  return value;
}

/** A --from after its --to is a usage error: the range would be empty whatever the data. */
export function checkDayRange(from: string | undefined, to: string | undefined): void {
  // Both are YYYY-MM-DD (parseDayDate), so the strings compare as the dates do.
  if (from !== undefined && to !== undefined && from > to) throw new UserError(`--from ${from} is after --to ${to}`);
}

/** A jurisdiction code; plain DE is refused with the list of Länder, anything else with the supported codes. */
export function parseJurisdiction(value: string): Jurisdiction {
  if (!isJurisdiction(value)) throw new InvalidArgumentError(jurisdictionProblem(value));
  return value;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today as a calendar date in the user's time zone: the only place the clock is read. The
 * process's own zone and UTC are read from the Date (building an Intl.DateTimeFormat costs
 * tens of milliseconds at start-up); only another named zone needs Intl, one formatter per zone.
 */
export function today(now: Date, timeZone?: string): string {
  if (timeZone === undefined) return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (timeZone === 'UTC') return isoDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

function isoDay(year: number, month: number, day: number): string {
  const yyyy = String(year).padStart(4, '0');
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface GlobalOptions {
  readonly cases: string;
  /** Commander sets this to true unless --no-color is given. */
  readonly color: boolean;
  readonly debug?: boolean;
}

/** `false` when colour was turned off on the command line; otherwise left to detection. */
export function colorChoice(globals: GlobalOptions): false | undefined {
  return globals.color ? undefined : false;
}
