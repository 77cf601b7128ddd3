// Parsers for option values: a bad value is a usage error (exit 2) that says what was expected.
import { InvalidArgumentError } from 'commander';
import { parseDateText } from '../core/dates/date-text.js';
import { isJurisdiction, jurisdictionProblem, type Jurisdiction } from '../core/time/conventions.js';

export function parseNonNegativeInteger(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError(`expected a whole number of 0 or more, got "${value}"`);
  return Number(value);
}

export function parseDayDate(value: string): string {
  const parsed = parseDateText(value);
  if ('error' in parsed || parsed.range.precision !== 'day') {
    throw new InvalidArgumentError(`expected a date written YYYY-MM-DD, got "${value}"${'error' in parsed ? ` (${parsed.error})` : ''}`);
  }
  return value;
}

/** A jurisdiction code; plain DE is refused with the list of Länder, anything else with the supported codes. */
export function parseJurisdiction(value: string): Jurisdiction {
  if (!isJurisdiction(value)) throw new InvalidArgumentError(jurisdictionProblem(value));
  return value;
}

/** Today as a calendar date in the user's time zone: the only place the clock is read. */
export function today(now: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface GlobalOptions {
  readonly cases: string;
  /** Commander sets this to true unless --no-color is given. */
  readonly color: boolean;
}

/** `false` when colour was turned off on the command line; otherwise left to detection. */
export function colorChoice(globals: GlobalOptions): false | undefined {
  return globals.color ? undefined : false;
}
