// Run time: the non-working days of the supported jurisdictions, from the table generated at
// build time out of the statutory calendar files (src/calendars/data). No holiday library is
// loaded for these jurisdictions. A date outside the table's years is an error, never "no holidays".
import type { IsoDate } from '../core/time/calendar-date.js';
import { CalendarError } from '../core/time/deadline.js';
import type { TableJurisdiction } from './holiday-table-format.js';
import { readJurisdictionTable, TABLE_CODES, TABLE_FIRST_YEAR, TABLE_LAST_YEAR } from './holiday-table-source.js';

export { TABLE_FIRST_YEAR, TABLE_LAST_YEAR };
const CODES: ReadonlySet<string> = new Set(TABLE_CODES);

export interface HolidayTable {
  /** The holiday reason for a date, undefined on a day that is not a holiday; throws outside the table's years. */
  reasonOn(date: IsoDate): string | undefined;
  readonly otherReadings: readonly OtherReadingTable[];
}

export interface OtherReadingTable {
  readonly note: string;
  readonly add: ReadonlyMap<IsoDate, string>;
  readonly remove: ReadonlySet<IsoDate>;
}

/** Thrown for a date the tables do not cover, so that the CLI can say so instead of guessing. */
export class OutOfTableError extends CalendarError {}

export function hasHolidayTable(code: string): boolean {
  return CODES.has(code);
}

const decoded = new Map<string, HolidayTable>();

function decode(code: string, source: TableJurisdiction): HolidayTable {
  const reason = (index: string): string => source.reasons[Number(index)] ?? `unknown holiday #${index}`;
  // Each year's days are decoded when a date in it is first asked about: a run needs a few years.
  const years = new Map<string, ReadonlyMap<IsoDate, string>>();
  const daysOf = (year: string): ReadonlyMap<IsoDate, string> => {
    let days = years.get(year);
    if (days === undefined) {
      const decodedDays = new Map<IsoDate, string>();
      const entries = Object.hasOwn(source.years, year) ? source.years[year] : undefined;
      for (const entry of entries?.split(' ') ?? []) {
        const [monthDay = '', index = ''] = entry.split('=');
        decodedDays.set(`${year}-${monthDay.slice(0, 2)}-${monthDay.slice(2)}`, reason(index));
      }
      days = decodedDays;
      years.set(year, days);
    }
    return days;
  };
  const otherReadings = source.otherReadings.map((reading) => ({
    note: reading.note,
    add: new Map(reading.add.map((entry) => [entry.slice(0, 10), reason(entry.slice(11))] as const)),
    remove: new Set(reading.remove),
  }));
  return {
    reasonOn(date: IsoDate): string | undefined {
      const year = Number(date.slice(0, 4));
      if (year < TABLE_FIRST_YEAR || year > TABLE_LAST_YEAR) {
        throw new OutOfTableError(
          `no holiday data for ${code} in ${date.slice(0, 4)}: the holiday tables cover ${TABLE_FIRST_YEAR}–${TABLE_LAST_YEAR} (see README, How deadlines are computed)`,
          { kind: 'outside-tables', code, year: date.slice(0, 4), first: TABLE_FIRST_YEAR, last: TABLE_LAST_YEAR },
        );
      }
      return daysOf(date.slice(0, 4)).get(date);
    },
    otherReadings,
  };
}

/** The decoded table of one jurisdiction (decoded on first use), or undefined if there is none. */
export function holidayTable(code: string): HolidayTable | undefined {
  let table = decoded.get(code);
  if (table === undefined) {
    if (!CODES.has(code)) return undefined;
    table = decode(code, readJurisdictionTable(code));
    decoded.set(code, table);
  }
  return table;
}
