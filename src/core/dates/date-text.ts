// Dates as case files write them: to the day, the month or the year. A date known only to the
// month is the whole month; comparisons then only fail when no day of the range could satisfy them.
// UTCDateMini: UTCDate without its toString formatters, whose module builds three
// Intl.DateTimeFormat as it loads (tens of milliseconds at start-up); date-fns reads only the getters.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { daysInMonth } from '../time/calendar-date.js';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateRange {
  readonly text: string;
  readonly precision: DatePrecision;
  /** First possible day, YYYY-MM-DD. */
  readonly first: string;
  /** Last possible day, YYYY-MM-DD. */
  readonly last: string;
}

/** "February 2023", by date-fns (the diagnostics are in English). */
function monthAndYear(year: number, month: number): string {
  const date = new UTCDateMini(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, 1);
  return format(date, 'LLLL y', { locale: enGB });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export type ParsedDateText = { readonly range: DateRange } | { readonly error: string };

// The same few dates come back across a case (a decision's date is compared with each step after
// it) and across files: each text is parsed once and its answer, frozen, shared. A bounded memo
// of a pure function: the answer for a text never depends on what was parsed before.
const parsedTexts = new Map<string, ParsedDateText>();
const MAX_PARSED_TEXTS = 4096;

/** Parses a date text; on failure the error says why in words ("February 2023 has 28 days"). */
export function parseDateText(text: string): ParsedDateText {
  if (text.length > 10) return parseDateTextOnce(text);
  let parsed = parsedTexts.get(text);
  if (parsed === undefined) {
    if (parsedTexts.size >= MAX_PARSED_TEXTS) parsedTexts.clear();
    parsed = freeze(parseDateTextOnce(text));
    parsedTexts.set(text, parsed);
  }
  return parsed;
}

function freeze(parsed: ParsedDateText): ParsedDateText {
  if ('range' in parsed) Object.freeze(parsed.range);
  return Object.freeze(parsed);
}

function parseDateTextOnce(text: string): ParsedDateText {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return { error: 'expected YYYY-MM-DD, YYYY-MM or YYYY' };
  const year = Number(match[1]);
  if (year < 1) return { error: 'year 0000 does not exist' };
  if (match[2] === undefined) return { range: { text, precision: 'year', first: `${match[1]}-01-01`, last: `${match[1]}-12-31` } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `month ${match[2]} does not exist; months run from 01 to 12` };
  const lastDay = daysInMonth(year, month);
  const prefix = `${match[1]}-${match[2]}`;
  if (match[3] === undefined) return { range: { text, precision: 'month', first: `${prefix}-01`, last: `${prefix}-${pad(lastDay)}` } };
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return { error: `${monthAndYear(year, month)} has ${lastDay} days` };
  return { range: { text, precision: 'day', first: text, last: text } };
}

/** Whether `earlier` can be on or before `later`, given what is known of both. */
export function canBeOnOrBefore(earlier: DateRange, later: DateRange): boolean {
  return earlier.first <= later.last;
}
