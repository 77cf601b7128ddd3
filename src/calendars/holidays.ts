// Non-working days per jurisdiction: the weekday table of core/time/conventions.ts, the statutory
// holidays of the generated tables (src/calendars/holiday-table.ts, made from src/calendars/data),
// and days declared by decree on the command line. Outside core because it reads those tables;
// the deadline engine only sees the NonWorkingDays interface.
import { isCalendarDate, weekday, type IsoDate } from '../core/time/calendar-date.js';
import { assertOptionsApply, nonWorkingWeekdays, type CalendarRuleOptions, type Jurisdiction } from '../core/time/conventions.js';
import type { NonWorkingDays } from '../core/time/deadline.js';
import type { NonWorkingReason } from '../core/time/working.js';
import type { CalendarChoice } from '../analysis/context.js';
import { hasHolidayTable, holidayTable } from './holiday-table.js';
import { checkLibrarySource, libraryHolidayOn } from './library-holidays.js';

export { clearLibraryCache as clearHolidayCache } from './library-holidays.js';

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
  /** A date-holidays region instead of the statutory table: GB 'SCT', 'WLS', 'NIR'; FR '57', '67', '68'. */
  region?: string;
  /** Days declared non-working that the tables lack (the CLI's --holidays FILE). */
  extraDays?: readonly ExtraNonWorkingDay[];
}

type HolidayLookup = (date: IsoDate) => string | undefined;

/** Where the jurisdiction's holidays come from in date-holidays when a region is asked for. */
const LIBRARY_COUNTRY: Partial<Record<Jurisdiction, string>> = { FR: 'FR', GB: 'GB' };

interface HolidaySource {
  readonly lookup: HolidayLookup;
  readonly otherReadings: readonly { note: string; lookup: HolidayLookup }[];
}

function librarySource(country: string, region: string | undefined): HolidaySource {
  checkLibrarySource(country, region);
  return { lookup: (date) => libraryHolidayOn(country, region, date), otherReadings: [] };
}

function tableSource(code: string): HolidaySource | undefined {
  const table = holidayTable(code);
  if (table === undefined) return undefined;
  const lookup: HolidayLookup = (date) => table.reasonOn(date);
  return {
    lookup,
    otherReadings: table.otherReadings.map((reading) => ({
      note: reading.note,
      lookup: (date: IsoDate) => (reading.remove.has(date) ? undefined : (reading.add.get(date) ?? lookup(date))),
    })),
  };
}

function holidaySource(jurisdiction: Jurisdiction, options: NonWorkingDayOptions): HolidaySource | undefined {
  if (jurisdiction === 'EU') {
    const country = options.holidayCountry;
    if (country === undefined) {
      if (options.region !== undefined) throw new Error('a region needs a holidayCountry for EU periods');
      return undefined;
    }
    // The statutory table where there is one (FR, IT, NL, AT, DE-BY, …); the library otherwise.
    const fromTable = options.region === undefined && hasHolidayTable(country) ? tableSource(country) : undefined;
    return fromTable ?? librarySource(country, options.region);
  }
  if (options.holidayCountry !== undefined)
    throw new Error(`holidayCountry applies to EU periods only; ${jurisdiction} uses its own holidays`);
  if (options.region !== undefined) {
    const country = LIBRARY_COUNTRY[jurisdiction];
    if (country === undefined) throw new Error(`regions are available for FR and GB only, not for ${jurisdiction}`);
    return librarySource(country, options.region);
  }
  const source = tableSource(jurisdiction);
  if (source === undefined) throw new Error(`no holiday table for ${jurisdiction}`);
  return source;
}

/** The prefixes the tables and date-holidays write before a day's name ('public holiday: Christmas Day'). */
const LABELLED =
  /^(public holiday|substitute bank holiday|declared non-working|non-working for periods|possibly non-working|court offices closed|open point)(?: \(((?:[^()]|\([^()]*\))*)\))?: (.*)$/s;

/**
 * A holiday as the tables and date-holidays name it: the prefixes become kinds, which each locale
 * words; the name after them (and any other text) is kept as the data writes it.
 */
function holidayReason(text: string): NonWorkingReason {
  const match = LABELLED.exec(text);
  if (match === null) return { kind: 'listed', text };
  const [, label, citation, name = ''] = match;
  switch (label) {
    case 'public holiday':
      return citation === undefined ? { kind: 'holiday', name } : { kind: 'holiday', name, citation };
    case 'substitute bank holiday':
      return { kind: 'holiday', name, substitute: true };
    case 'declared non-working':
      return { kind: 'declared', name };
    case 'open point':
      return { kind: 'open-point', text: name };
  }
  if (citation === undefined) return { kind: 'listed', text };
  if (label === 'court offices closed') return { kind: 'offices-closed', name, citation };
  return { kind: label === 'possibly non-working' ? 'possibly' : 'for-periods', name, citation };
}

function calendarOf(
  weekdays: ReadonlySet<number>,
  holidays: HolidayLookup | undefined,
  extraDays: ReadonlyMap<IsoDate, string>,
): NonWorkingDays {
  return {
    reasonIfNonWorking(date: IsoDate): readonly NonWorkingReason[] | undefined {
      if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
      const reasons: NonWorkingReason[] = [];
      const day = weekday(date);
      if (weekdays.has(day)) reasons.push({ kind: 'weekday', weekday: day });
      const holiday = holidays?.(date);
      if (holiday !== undefined) reasons.push(holidayReason(holiday));
      const extra = extraDays.get(date);
      if (extra !== undefined) reasons.push({ kind: 'declared', name: extra });
      return reasons.length === 0 ? undefined : reasons;
    },
  };
}

export function createNonWorkingDays(jurisdiction: Jurisdiction, options: NonWorkingDayOptions = {}): NonWorkingDays {
  assertOptionsApply(jurisdiction, options);
  const weekdays = new Set<number>(nonWorkingWeekdays(jurisdiction, options));
  const source = holidaySource(jurisdiction, options);

  const extraDays = new Map<IsoDate, string>();
  for (const extra of options.extraDays ?? []) {
    if (!isCalendarDate(extra.date)) throw new RangeError(`extra non-working day is not a calendar date: ${JSON.stringify(extra.date)}`);
    extraDays.set(extra.date, extra.name);
  }

  const calendar = calendarOf(weekdays, source?.lookup, extraDays);
  const otherReadings = (source?.otherReadings ?? []).map((reading) => ({
    note: reading.note,
    calendar: calendarOf(weekdays, reading.lookup, extraDays),
  }));
  return {
    ...calendar,
    ...(otherReadings.length > 0 ? { otherReadings } : {}),
    // Reg. 1182/71 art. 2(1) counts the public holidays of the Member State where the act is
    // to be done; without one, only Saturdays and Sundays can be known to be non-working.
    ...(jurisdiction === 'EU' && source === undefined ? { caveat: { kind: 'no-member-state' } as const } : {}),
  };
}

/** The calendar options for the rule choices a deadline can make in a case file or on the command line. */
export function choiceOptions(jurisdiction: Jurisdiction, choice: CalendarChoice): Omit<NonWorkingDayOptions, 'extraDays'> {
  return {
    ...(choice.holidayCountry === undefined ? {} : { holidayCountry: choice.holidayCountry.toUpperCase() }),
    ...(choice.saturdayWorking && jurisdiction === 'IT' ? { italianSaturday: false } : {}),
    ...(choice.saturdayWorking && jurisdiction === 'GR' ? { greekSaturday: false } : {}),
  };
}
