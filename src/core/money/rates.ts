// ECB euro foreign exchange reference rates: parsing the published CSV files and finding the
// rate that applies on a date.
//
// Formats read:
// - eurofxref-hist.csv: header `Date,USD,JPY,...,ZAR,` (note the trailing comma, which makes
//   an empty last column), then one row per publication day, most recent first, e.g.
//   `2022-05-18,1.0524,135.58,...`, with `N/A` where a currency has no rate that day;
// - eurofxref.csv (the latest day only): the same, with a space after each comma and the date
//   written `18 May 2022`.
// A rate is the number of units of the currency per 1 EUR. Rates are kept as their decimal
// text ("0.8467"), never as floats, so a conversion can be exact and can show its working.
// UTCDateMini: UTCDate without its toString formatters, whose module builds three
// Intl.DateTimeFormat as it loads (tens of milliseconds at start-up); date-fns reads only the getters.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { parse } from 'date-fns/parse';
import { enGB } from 'date-fns/locale/en-GB';

export interface RatePoint {
  /** The publication day, YYYY-MM-DD. */
  date: string;
  /** Units of the currency per 1 EUR, as published (e.g. "0.8467"). */
  rate: string;
}

export interface RateTable {
  /** Rates per currency, oldest first. A currency's `N/A` days are absent. */
  readonly series: ReadonlyMap<string, readonly RatePoint[]>;
  /** The first and last publication days in the file, whatever the currency. */
  readonly firstDate: string;
  readonly lastDate: string;
}

/** Where the file is wrong: 1-based line and column, as in `rates.csv:3:12: ...`. */
export interface RateProblem {
  line: number;
  column: number;
  message: string;
}

export type RateTableResult = { ok: true; table: RateTable } | { ok: false; problems: RateProblem[] };

/** A rate found for a requested date, with everything a report needs to show its working. */
export interface FoundRate {
  currency: string;
  rate: string;
  /** The publication day of `rate`: the requested day, or the last publication before it. */
  rateDate: string;
  requestedDate: string;
}

/** Why no rate serves a date, as data for a renderer to word in its language; `detail` words it in English. */
export type RateFailure =
  | { readonly reason: 'bad-date'; readonly date: string }
  | { readonly reason: 'unknown-currency'; readonly currency: string }
  | { readonly reason: 'beyond-table'; readonly currency: string; readonly date: string; readonly lastDate: string }
  | { readonly reason: 'no-rate'; readonly currency: string; readonly date: string; readonly firstDate?: string }
  | {
      readonly reason: 'stale-rate';
      readonly currency: string;
      readonly date: string;
      readonly maxAgeDays: number;
      readonly lastDate: string;
      readonly ageDays: number;
    };

export type RateLookup = ({ ok: true } & FoundRate) | ({ ok: false; detail: string } & RateFailure);

/** Rate cells: plain positive decimals. A zero rate would make a conversion divide by zero. */
const RATE_TEXT = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
const CURRENCY_HEADER = /^[A-Z]{3}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LONG_DATE = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/;
const PARSE_REFERENCE = new UTCDateMini(Date.UTC(2000, 0, 1));
const EMPTY_FILE = 'the file is empty: expected a header "Date,USD,..."';
// Past this many problems the file is not a rates file at all; listing more helps nobody.
const MAX_PROBLEMS = 50;

/** Reads an ECB rates CSV. Never throws: a bad file gives the list of its problems. */
export function parseEcbRatesCsv(text: string): RateTableResult {
  const problems: RateProblem[] = [];
  const report: Report = (line, column, message) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, column, message });
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.every((line) => line.trim() === '')) {
    return { ok: false, problems: [{ line: 1, column: 1, message: EMPTY_FILE }] };
  }
  const columns = readHeader(splitCells(lines[0] ?? ''), report);
  // Rows cannot be read against a header that is wrong, so stop at the header's problems.
  if (problems.length > 0) return { ok: false, problems };
  const points = new Map<string, RatePoint[]>();
  for (const currency of columns) if (currency !== undefined) points.set(currency, []);
  const lineOfDate = new Map<string, number>();
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const row = readRow(splitCells(line), index + 1, columns, lineOfDate, report);
    if (row === undefined) return;
    lineOfDate.set(row.date, index + 1);
    for (const [currency, rate] of row.rates) points.get(currency)?.push({ date: row.date, rate });
  });
  if (problems.length === 0 && lineOfDate.size === 0) report(1, 1, 'the file has a header but no rows of rates');
  if (problems.length > 0) return { ok: false, problems };
  const dates = [...lineOfDate.keys()].sort();
  const series = new Map([...points].map(([currency, list]) => [currency, list.sort(byDate)] as const));
  return { ok: true, table: { series, firstDate: dates[0] ?? '', lastDate: dates[dates.length - 1] ?? '' } };
}

type Report = (line: number, column: number, message: string) => void;

/** One row's date and rates, or `undefined` (with its problems reported) if it is wrong. */
function readRow(
  cells: Cell[],
  line: number,
  columns: readonly (string | undefined)[],
  lineOfDate: ReadonlyMap<string, number>,
  report: Report,
): { date: string; rates: [string, string][] } | undefined {
  const trailingBlankColumn = columns[columns.length - 1] === undefined && columns.length > 1;
  if (cells.length !== columns.length && !(trailingBlankColumn && cells.length === columns.length - 1)) {
    const column = cells[cells.length - 1]?.column ?? 1;
    report(line, column, `expected ${columns.length} cells as in the header, found ${cells.length}`);
    return undefined;
  }
  const [dateCell, ...rateCells] = cells;
  const date = readDate(dateCell?.text ?? '');
  if (date === undefined) {
    report(line, dateCell?.column ?? 1, `${show(dateCell?.text ?? '')} is not a date (YYYY-MM-DD)`);
    return undefined;
  }
  const earlier = lineOfDate.get(date);
  if (earlier !== undefined) {
    report(line, dateCell?.column ?? 1, `${date} already has a row, on line ${earlier}`);
    return undefined;
  }
  const rates: [string, string][] = [];
  let valid = true;
  for (const [index, cell] of rateCells.entries()) {
    const currency = columns[index + 1];
    if (cell.text === 'N/A' || cell.text === '') continue; // no rate that day
    if (currency === undefined) {
      report(line, cell.column, `${show(cell.text)} is under an empty header cell`);
      valid = false;
    } else if (!RATE_TEXT.test(cell.text) || !/[1-9]/.test(cell.text)) {
      report(line, cell.column, `${show(cell.text)} is not a positive decimal rate for ${currency}`);
      valid = false;
    } else {
      rates.push([currency, cell.text]);
    }
  }
  return valid ? { date, rates } : undefined;
}

/**
 * The rate of `currency` published on `onDate` or, when there was none that day (a weekend, a
 * TARGET holiday, an `N/A`), on the last earlier publication day. Never falls back to 1:1.
 * Refuses a date after the table's last day (a later rate may exist that the table lacks) and a
 * rate more than `maxAgeDays` older than the date (default 7: the longest ECB gap is Easter,
 * Thursday to Tuesday). EUR needs no rate: it is returned as "1" for the requested day itself.
 * Throws only on a `maxAgeDays` that is not a whole number of days (a caller mistake).
 */
export function findRate(table: RateTable, currency: string, onDate: string, options: { maxAgeDays?: number } = {}): RateLookup {
  const refuse = (failure: RateFailure, detail: string): RateLookup => ({ ok: false, ...failure, detail });
  if (readDate(onDate) !== onDate) return refuse({ reason: 'bad-date', date: onDate }, `${show(onDate)} is not a date (YYYY-MM-DD)`);
  if (currency === 'EUR') return { ok: true, currency, rate: '1', rateDate: onDate, requestedDate: onDate };
  const series = table.series.get(currency);
  if (series === undefined) return refuse({ reason: 'unknown-currency', currency }, `the rate table has no ${show(currency)} column`);
  const noRate = `no rate for ${currency} on or before ${onDate}`;
  const date = onDate;
  if (onDate > table.lastDate) {
    const failure = { reason: 'beyond-table', currency, date, lastDate: table.lastDate } as const;
    return refuse(failure, `${noRate} in this table, which ends on ${table.lastDate}`);
  }
  const point = lastOnOrBefore(series, onDate);
  if (point === undefined) {
    const first = series[0];
    if (first === undefined) return refuse({ reason: 'no-rate', currency, date }, `${noRate}: the table has none at all`);
    return refuse({ reason: 'no-rate', currency, date, firstDate: first.date }, `${noRate}: the first is of ${first.date}`);
  }
  const maxAgeDays = options.maxAgeDays ?? 7;
  // A NaN limit would make every comparison false and silently accept any rate, however old.
  if (!Number.isInteger(maxAgeDays) || maxAgeDays < 0) {
    throw new RangeError(`maxAgeDays must be a whole number of days, got ${String(maxAgeDays)}`);
  }
  const age = daysBetween(point.date, onDate);
  if (age > maxAgeDays) {
    const failure = { reason: 'stale-rate', currency, date, maxAgeDays, lastDate: point.date, ageDays: age } as const;
    return refuse(failure, `${noRate} within ${maxAgeDays} days: the last is of ${point.date}, ${age} days earlier`);
  }
  return { ok: true, currency, rate: point.rate, rateDate: point.date, requestedDate: onDate };
}

interface Cell {
  text: string;
  /** 1-based column of the cell's first non-blank character. */
  column: number;
}

function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const raw of line.split(',')) {
    const leading = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), column: start + leading + 1 });
    start += raw.length + 1;
  }
  return cells;
}

/** The currency of each column (index 0 is the date); `undefined` for a trailing blank column. */
function readHeader(cells: Cell[], report: Report): (string | undefined)[] {
  const columns: (string | undefined)[] = [];
  cells.forEach((cell, index) => {
    const isTrailingBlank = cell.text === '' && index > 1 && index === cells.length - 1;
    if (index === 0) {
      if (cell.text !== 'Date') report(1, cell.column, `the first header cell must be "Date", found ${show(cell.text)}`);
      columns.push(undefined);
    } else if (isTrailingBlank) {
      columns.push(undefined); // the ECB files end every line with a comma
    } else {
      const problem = !CURRENCY_HEADER.test(cell.text)
        ? 'is not a currency code'
        : cell.text === 'EUR'
          ? 'is the base currency: rates are per 1 EUR'
          : columns.includes(cell.text)
            ? 'is repeated'
            : undefined;
      if (problem !== undefined) report(1, cell.column, `header cell ${show(cell.text)} ${problem}`);
      columns.push(problem === undefined ? cell.text : undefined);
    }
  });
  if (cells[0]?.text === 'Date' && cells.slice(1).every((cell) => cell.text === '')) {
    report(1, 1, 'the header names no currency after "Date"');
  }
  return columns;
}

/** A valid calendar date as YYYY-MM-DD, from "2022-05-18" or "18 May 2022"; else undefined. */
function readDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso !== null) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return text;
  }
  if (!LONG_DATE.test(text)) return undefined;
  // The ECB's long dates: date-fns reads the English month name and refuses a day the month lacks.
  // The reference date is fixed, so the result never depends on the clock.
  const parsed = parse(text, 'd MMMM yyyy', PARSE_REFERENCE, { locale: enGB });
  if (Number.isNaN(parsed.getTime())) return undefined;
  const year = parsed.getUTCFullYear();
  return `${String(year).padStart(4, '0')}-${String(parsed.getUTCMonth() + 1).padStart(2, '0')}-${String(parsed.getUTCDate()).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whole days from `from` to `to`, both valid YYYY-MM-DD, counted in UTC (no zone, no DST). */
function daysBetween(from: string, to: string): number {
  return utcDayNumber(to) - utcDayNumber(from);
}

function utcDayNumber(date: string): number {
  const instant = new Date(0);
  // setUTCFullYear, not Date.UTC, which would read the year 0050 as 1950.
  instant.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(instant.getTime() / 86_400_000);
}

/** The last point dated on or before `date` in a series sorted oldest first (binary search). */
function lastOnOrBefore(series: readonly RatePoint[], date: string): RatePoint | undefined {
  let low = 0;
  let high = series.length; // invariant: series[i].date <= date for all i < low, > date for all i >= high
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((series[middle]?.date ?? '') <= date) low = middle + 1;
    else high = middle;
  }
  return series[low - 1];
}

function byDate(a: RatePoint, b: RatePoint): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Quotes file text for a message, with control characters made visible and length capped. */
/** A value quoted for a message, cut at 40 characters. */
export function show(text: string): string {
  return JSON.stringify(text.length <= 40 ? text : `${text.slice(0, 37)}...`);
}
