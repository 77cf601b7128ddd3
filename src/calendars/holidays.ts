// Non-working days per jurisdiction, from the weekday table in core/time/conventions.ts and the
// public holidays of the date-holidays library. Outside core because it wraps that library; the
// deadline engine only sees the NonWorkingDays interface.
//
// Holidays are compared as 'YYYY-MM-DD' strings: the library's `date` field ('2022-12-25 00:00:00')
// is the civil date in the country's own zone, whatever the process TZ (see the holidays tests).

import Holidays, { type HolidaysTypes } from 'date-holidays';
import { isCalendarDate, weekday, WEEKDAY_NAMES, type IsoDate } from '../core/time/calendar-date.js';
import { assertOptionsApply, nonWorkingWeekdays, type CalendarRuleOptions, type Jurisdiction } from '../core/time/conventions.js';
import type { NonWorkingDays } from '../core/time/deadline.js';
import type { CalendarChoice } from '../analysis/context.js';

export interface ExtraNonWorkingDay {
  date: IsoDate;
  name: string;
}

export interface NonWorkingDayOptions extends CalendarRuleOptions {
  /**
   * EU only: the Member State whose public holidays count, as Reg. 1182/71 art. 2(1) takes those
   * of the State where the act is to be done. Without it the EU calendar has weekends only.
   */
  holidayCountry?: string;
  /** A date-holidays state: GB 'ENG' (the default), 'SCT', 'WLS', 'NIR'; FR '57', '67', '68'. */
  region?: string;
  /** Days declared non-working that the library lacks, e.g. NL royal decrees (27 May 2022). */
  extraDays?: readonly ExtraNonWorkingDay[];
  /** Language of holiday names, ISO 639-1; default 'en'. */
  language?: string;
}

/** Where a jurisdiction's holidays come from in date-holidays. */
const HOLIDAY_SOURCE: Readonly<Record<Exclude<Jurisdiction, 'EU'>, { country: string; region?: string }>> = {
  FR: { country: 'FR' },
  IT: { country: 'IT' },
  GR: { country: 'GR' },
  // Rule 12 and the Banking and Financial Dealings Act 1971: England and Wales by default [I].
  GB: { country: 'GB', region: 'ENG' },
  NL: { country: 'NL' },
};

/**
 * ATW art. 3 counts Good Friday and 5 May every year, which date-holidays types 'school'
 *, and does not count New Year's Eve, which it types 'bank'.
 */
const NL_ATW_SCHOOL_RULES = new Set(['easter -2', '05-05']);

function isLegalHoliday(country: string, holiday: HolidaysTypes.Holiday): boolean {
  // A holiday from 14:00 (DE Christmas Eve) leaves a working morning, so the day is not a holiday.
  if (!holiday.date.slice(11).startsWith('00:00')) return false;
  if (country === 'NL') {
    return holiday.type === 'public' || (holiday.type === 'school' && NL_ATW_SCHOOL_RULES.has(holiday.rule));
  }
  // 'observance' (Mother's Day), 'optional' and 'school' days are working days.
  return holiday.type === 'public' || holiday.type === 'bank';
}

const SUBSTITUTE_SUFFIX = / \(substitute day\)$/;

function holidayReason(country: string, language: string, holiday: HolidaysTypes.Holiday): string {
  // date-holidays 3.37 names Clean Monday "Ash Sunday" in English; the date is right.
  const name = country === 'GR' && language === 'en' && holiday.rule === 'orthodox -48' ? 'Clean Monday' : holiday.name;
  if (holiday.substitute === true) return `substitute bank holiday: ${name.replace(SUBSTITUTE_SUFFIX, '')}`;
  if (country === 'NL' && holiday.type === 'school') return `public holiday (ATW art. 3): ${name}`;
  return `${holiday.type === 'bank' ? 'bank holiday' : 'public holiday'}: ${name}`;
}

const librariesBySource = new Map<string, Holidays>();
const holidaysByYear = new Map<string, ReadonlyMap<IsoDate, string>>();

/** Drops cached holiday tables; for tests that change the process time zone. */
export function clearHolidayCache(): void {
  librariesBySource.clear();
  holidaysByYear.clear();
}

function library(country: string, region: string | undefined, language: string): Holidays {
  const key = `${country}|${region ?? ''}|${language}`;
  let holidays = librariesBySource.get(key);
  if (holidays === undefined) {
    const options = { languages: [language] };
    holidays = region === undefined ? new Holidays(country, options) : new Holidays(country, region, options);
    librariesBySource.set(key, holidays);
  }
  return holidays;
}

/** The legal holidays of one year, by date; names of holidays sharing a date are joined. */
function holidaysIn(country: string, region: string | undefined, language: string, year: number): ReadonlyMap<IsoDate, string> {
  const key = `${country}|${region ?? ''}|${language}|${year}`;
  let byDate = holidaysByYear.get(key);
  if (byDate === undefined) {
    const table = new Map<IsoDate, string>();
    for (const holiday of library(country, region, language).getHolidays(year)) {
      if (!isLegalHoliday(country, holiday)) continue;
      const date = holiday.date.slice(0, 10);
      const reason = holidayReason(country, language, holiday);
      const earlier = table.get(date);
      table.set(date, earlier === undefined ? reason : `${earlier}; ${reason}`);
    }
    byDate = table;
    holidaysByYear.set(key, byDate);
  }
  return byDate;
}

let catalogue: Holidays | undefined;

/** Fails early, with a clear message, on a country or region the library does not know. */
function checkSource(country: string, region: string | undefined): void {
  catalogue ??= new Holidays();
  if (!Object.hasOwn(catalogue.getCountries(), country)) throw new Error(`date-holidays knows no country ${country}`);
  // date-holidays types getStates() as always returning an object; it returns undefined for a
  // country without regions.
  const states = catalogue.getStates(country) as Record<string, string> | undefined;
  if (region !== undefined && !Object.hasOwn(states ?? {}, region)) {
    throw new Error(`date-holidays knows no region ${region} in ${country}`);
  }
}

function holidaySource(
  jurisdiction: Jurisdiction,
  options: NonWorkingDayOptions,
): { country: string; region: string | undefined } | undefined {
  if (jurisdiction === 'EU') {
    if (options.holidayCountry === undefined) {
      if (options.region !== undefined) throw new Error('a region needs a holidayCountry for EU periods');
      return undefined;
    }
    return { country: options.holidayCountry, region: options.region };
  }
  if (options.holidayCountry !== undefined) {
    throw new Error(`holidayCountry applies to EU periods only; ${jurisdiction} uses its own holidays`);
  }
  const source = HOLIDAY_SOURCE[jurisdiction];
  return { country: source.country, region: options.region ?? source.region };
}

/**
 * Days equated with public holidays by decree, which date-holidays does not know. More can be
 * supplied with extraDays (the CLI's --holidays FILE).
 */
export const DECREED_DAYS: Readonly<Partial<Record<Jurisdiction, readonly ExtraNonWorkingDay[]>>> = {
  NL: [{ date: '2022-05-27', name: 'Friday 27 May 2022, equated with a public holiday by royal decree (ATW art. 3)' }],
};

export function createNonWorkingDays(jurisdiction: Jurisdiction, options: NonWorkingDayOptions = {}): NonWorkingDays {
  assertOptionsApply(jurisdiction, options);
  const weekdays = new Set<number>(nonWorkingWeekdays(jurisdiction, options));
  const source = holidaySource(jurisdiction, options);
  if (source !== undefined) checkSource(source.country, source.region);
  const language = options.language ?? 'en';

  const extraDays = new Map<IsoDate, string>();
  for (const extra of [...(DECREED_DAYS[jurisdiction] ?? []), ...(options.extraDays ?? [])]) {
    if (!isCalendarDate(extra.date)) throw new RangeError(`extra non-working day is not a calendar date: ${JSON.stringify(extra.date)}`);
    extraDays.set(extra.date, `declared non-working: ${extra.name}`);
  }

  return {
    reasonIfNonWorking(date: IsoDate): string | undefined {
      if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
      const reasons: string[] = [];
      const day = weekday(date);
      if (weekdays.has(day)) reasons.push(WEEKDAY_NAMES[day]);
      if (source !== undefined) {
        const year = Number(date.slice(0, 4));
        const holiday = holidaysIn(source.country, source.region, language, year).get(date);
        if (holiday !== undefined) reasons.push(holiday);
      }
      const extra = extraDays.get(date);
      if (extra !== undefined) reasons.push(extra);
      return reasons.length === 0 ? undefined : reasons.join('; ');
    },
    // Reg. 1182/71 art. 2(1) counts the public holidays of the Member State where the act is
    // to be done; without one, only Saturdays and Sundays can be known to be non-working.
    ...(jurisdiction === 'EU' && source === undefined
      ? {
          caveat:
            'no Member State given: only Saturdays and Sundays were treated as non-working, not the public holidays of the State where the act is to be done (Reg. 1182/71 art. 2(1))',
        }
      : {}),
  };
}

/** The library options for the rule choices a deadline can make in a case file or on the command line. */
export function choiceOptions(jurisdiction: Jurisdiction, choice: CalendarChoice): Omit<NonWorkingDayOptions, 'extraDays'> {
  return {
    ...(choice.holidayCountry === undefined ? {} : { holidayCountry: choice.holidayCountry.toUpperCase() }),
    ...(choice.saturdayWorking && jurisdiction === 'IT' ? { italianSaturday: false } : {}),
    ...(choice.saturdayWorking && jurisdiction === 'GR' ? { greekSaturday: false } : {}),
  };
}
