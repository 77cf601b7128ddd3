// The fallback for holidays the statutory tables do not hold: an EU period done in a Member State
// without a table (holidayCountry, Reg. 1182/71 art. 2(1)), or a region (GB 'SCT', FR '57').
// It reads the date-holidays library, loaded only here and only when needed: the library is a
// 2 MiB module that the supported jurisdictions never load (see src/calendars/holiday-table.ts).
//
// Holidays are compared as 'YYYY-MM-DD' strings: the library's `date` field ('2022-12-25 00:00:00')
// is the civil date in the country's own zone, whatever the process TZ.
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import type { IsoDate } from '../core/time/calendar-date.js';

let HolidaysConstructor: typeof HolidaysClass | undefined;

/** Loads date-holidays on first use, synchronously (calendars are built inside a pure analysis). */
function holidaysConstructor(): typeof HolidaysClass {
  HolidaysConstructor ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
  return HolidaysConstructor;
}

/** ATW art. 3 counts Good Friday and 5 May every year, which date-holidays types 'school'. */
const NL_ATW_SCHOOL_RULES = new Set(['easter -2', '05-05']);

function isLegalHoliday(country: string, holiday: HolidaysTypes.Holiday): boolean {
  // A holiday from 14:00 (DE Christmas Eve) leaves a working morning, so the day is not a holiday.
  if (!holiday.date.slice(11).startsWith('00:00')) return false;
  if (country === 'NL') return holiday.type === 'public' || (holiday.type === 'school' && NL_ATW_SCHOOL_RULES.has(holiday.rule));
  // 'observance' (Mother's Day), 'optional' and 'school' days are working days.
  return holiday.type === 'public' || holiday.type === 'bank';
}

const SUBSTITUTE_SUFFIX = / \(substitute day\)$/;

function holidayReason(holiday: HolidaysTypes.Holiday): string {
  if (holiday.substitute === true) return `substitute bank holiday: ${holiday.name.replace(SUBSTITUTE_SUFFIX, '')}`;
  return `${holiday.type === 'bank' ? 'bank holiday' : 'public holiday'}: ${holiday.name}`;
}

const libraries = new Map<string, HolidaysClass>();
const byYear = new Map<string, ReadonlyMap<IsoDate, string>>();

/** Fails early, with a clear message, on a country or region the library does not know. */
export function checkLibrarySource(country: string, region: string | undefined): void {
  const Holidays = holidaysConstructor();
  const catalogue = new Holidays();
  if (!Object.hasOwn(catalogue.getCountries(), country)) throw new Error(`date-holidays knows no country ${country}`);
  // date-holidays types getStates() as always returning an object; it returns undefined for a country without regions.
  const states = catalogue.getStates(country) as Record<string, string> | undefined;
  if (region !== undefined && !Object.hasOwn(states ?? {}, region))
    throw new Error(`date-holidays knows no region ${region} in ${country}`);
}

/** The library's legal holiday on a date, if any (names in English). */
export function libraryHolidayOn(country: string, region: string | undefined, date: IsoDate): string | undefined {
  const year = Number(date.slice(0, 4));
  const key = `${country}|${region ?? ''}|${year}`;
  let table = byYear.get(key);
  if (table === undefined) {
    const sourceKey = `${country}|${region ?? ''}`;
    let library = libraries.get(sourceKey);
    if (library === undefined) {
      const Holidays = holidaysConstructor();
      library = region === undefined ? new Holidays(country, { languages: ['en'] }) : new Holidays(country, region, { languages: ['en'] });
      libraries.set(sourceKey, library);
    }
    const days = new Map<IsoDate, string>();
    for (const holiday of library.getHolidays(year)) {
      if (!isLegalHoliday(country, holiday)) continue;
      const day = holiday.date.slice(0, 10);
      const earlier = days.get(day);
      days.set(day, earlier === undefined ? holidayReason(holiday) : `${earlier}; ${holidayReason(holiday)}`);
    }
    table = days;
    byYear.set(key, table);
  }
  return table.get(date);
}

/** Drops cached holiday tables; for tests that change the process time zone. */
export function clearLibraryCache(): void {
  libraries.clear();
  byYear.clear();
}
