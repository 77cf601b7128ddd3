// Civil calendar dates as 'YYYY-MM-DD' strings, with pure integer arithmetic.
//
// A legal period is counted on the civil date of the event in the authority's zone, never on
// instants, so nothing here touches Date, its local getters or the process
// time zone: every result is the same in any TZ.
//
// Why not date-fns here, though the project uses it to write dates for people (src/i18n/dates.ts):
// its arithmetic works on Date instants, so a day count depends on the Date it is given (a local
// Date crosses DST and zone changes; Date.UTC turns the years 0–99 into 1900–1999), and a deadline
// must not. test/core/time/calendar-vs-date-fns.test.ts checks that the two agree on UTCDate over
// the years 0001–9999 in several TZ values.

/** A proleptic Gregorian calendar date written 'YYYY-MM-DD', year 0001–9999. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as Date.prototype.getUTCDay counts them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
/** 1970-01-01 was a Thursday. */
const WEEKDAY_OF_DAY_ZERO = 4;

interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function partsOf(text: string): DateParts | undefined {
  const match = ISO_DATE_SHAPE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar date written exactly 'YYYY-MM-DD' (rejects 2023-02-29, 2024-1-5). */
export function isCalendarDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && partsOf(text) !== undefined;
}

function parse(date: IsoDate): DateParts {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`not a calendar date (expected YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

function format({ year, month, day }: DateParts): IsoDate {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`date out of range (years ${MIN_YEAR}–${MAX_YEAR}): year ${year}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireWholeNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
}

// Day numbers use H. Hinnant's days_from_civil / civil_from_days, which shift the year to start
// on 1 March so that the leap day falls last and each 400-year era has exactly 146 097 days.

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parse(date);
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfMarchYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfMarchYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): IsoDate {
  requireWholeNumber(dayNumber, 'a day number');
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfMarchYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfMarchYear + 2) / 153);
  const day = dayOfMarchYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  requireWholeNumber(days, 'a number of days');
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The same day number `months` later; if the target month is shorter, its last day
 * (31 Dec 2023 + 2 months = 29 Feb 2024): CPC art. 641, Reg. 1182/71 art. 3(2)(c).
 * Always add to the anchor date: clamping makes +1 then +1 differ from +2.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireWholeNumber(months, 'a number of months');
  const { year, month, day } = parse(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new RangeError(`date out of range: ${date} + ${months} months`);
  }
  return format({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** Years are twelve months, so 29 Feb + 1 year = 28 Feb. */
export function addYears(date: IsoDate, years: number): IsoDate {
  requireWholeNumber(years, 'a number of years');
  return addMonths(date, years * 12);
}

/** `later − earlier` in calendar days: daysBetween('2022-12-19', '2023-02-09') = 52. */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

export function weekday(date: IsoDate): Weekday {
  return ((((toDayNumber(date) + WEEKDAY_OF_DAY_ZERO) % 7) + 7) % 7) as Weekday;
}

/** −1, 0 or 1, for Array.prototype.sort. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}
