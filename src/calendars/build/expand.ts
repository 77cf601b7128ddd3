// Build-time only: expands the statutory calendar files into dated non-working days, using
// date-holidays as the rule engine (Easter, Orthodox Easter, 'last monday in May', substitute days),
// and lists where the library's own country data disagrees. Never imported at run time: the CLI
// reads the table this produces (src/calendars/generated/non-working-days.json).
import Holidays from 'date-holidays';
import type { CalendarFile, CalendarSection, DeclaredDay, HolidayRule } from '../data-format.js';
import { CALENDAR_FILES } from './calendar-files.js';

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2060;

export interface ExpandedDay {
  readonly date: string;
  readonly reason: string;
  /** The file's rule or declared day that produced it, for the comparison with the library. */
  readonly origin: string;
}

export interface ExpandedReading {
  readonly note: string;
  readonly add: readonly { date: string; reason: string }[];
  readonly remove: readonly string[];
}

export interface ExpandedCalendar {
  readonly jurisdiction: string;
  readonly days: readonly ExpandedDay[];
  readonly otherReadings: readonly ExpandedReading[];
  readonly library: CalendarSection['library'];
  readonly sections: readonly CalendarSection[];
}

/** Every jurisdiction with the sections that make up its calendar: a file, or a file and one of its lands. */
export function calendarSections(files: readonly CalendarFile[] = CALENDAR_FILES): Map<string, readonly CalendarSection[]> {
  const result = new Map<string, readonly CalendarSection[]>();
  for (const file of files) {
    if (file.lands === undefined) {
      result.set(file.jurisdiction, [file]);
      continue;
    }
    for (const [land, section] of Object.entries(file.lands)) result.set(`${file.jurisdiction}-${land}`, [file, section]);
  }
  return result;
}

const engines = new Map<string, Holidays>();

/** The dates one rule yields in a year, with whether each is a substitute day. */
function datesOf(rule: string, substitute: boolean, year: number): { date: string; substitute: boolean }[] {
  const key = `${rule}|${substitute}`;
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = new Holidays();
    const options = { name: { en: rule }, type: 'public' as const, ...(substitute ? { substitute: true } : {}) };
    if (!engine.setHoliday(rule, options)) throw new Error(`date-holidays does not understand the rule "${rule}"`);
    engines.set(key, engine);
  }
  return engine.getHolidays(year).map((holiday) => ({ date: holiday.date.slice(0, 10), substitute: holiday.substitute === true }));
}

const inYears = (entry: { since?: number; until?: number }, year: number): boolean =>
  (entry.since === undefined || year >= entry.since) && (entry.until === undefined || year <= entry.until);

const reasonOf = (entry: HolidayRule | DeclaredDay, substitute = false): string =>
  substitute ? `substitute bank holiday: ${entry.name}` : `${entry.label ?? 'public holiday'}: ${entry.name}`;

function expandRule(rule: HolidayRule, first: number, last: number): ExpandedDay[] {
  const days: ExpandedDay[] = [];
  for (let year = first; year <= last; year += 1) {
    if (!inYears(rule, year)) continue;
    for (const { date, substitute } of datesOf(rule.rule, rule.substitute === true, year)) {
      if (rule.except?.includes(date) === true) continue;
      days.push({ date, reason: reasonOf(rule, substitute), origin: rule.rule });
    }
  }
  return days;
}

export function expandCalendar(
  jurisdiction: string,
  sections: readonly CalendarSection[],
  first = FIRST_YEAR,
  last = LAST_YEAR,
): ExpandedCalendar {
  const days: ExpandedDay[] = [];
  const inRange = (date: string) => Number(date.slice(0, 4)) >= first && Number(date.slice(0, 4)) <= last;
  for (const section of sections) {
    for (const rule of section.holidays) days.push(...expandRule(rule, first, last));
    for (const day of section.days ?? []) if (inRange(day.date)) days.push({ date: day.date, reason: reasonOf(day), origin: day.date });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const otherReadings = sections.flatMap((section) =>
    (section.otherReadings ?? []).map((reading) => ({
      note: reading.note,
      add: [
        ...(reading.add ?? []).filter((day) => inRange(day.date)).map((day) => ({ date: day.date, reason: reasonOf(day) })),
        ...(reading.addRules ?? []).flatMap((rule) => expandRule(rule, first, last).map(({ date, reason }) => ({ date, reason }))),
      ],
      remove: [...(reading.remove ?? [])],
    })),
  );
  return { jurisdiction, days, otherReadings, library: sections.at(-1)?.library, sections };
}

export function expandAll(first = FIRST_YEAR, last = LAST_YEAR): ExpandedCalendar[] {
  return [...calendarSections()].map(([jurisdiction, sections]) => expandCalendar(jurisdiction, sections, first, last));
}

/** A day the library counts as non-working: a public or bank holiday for the whole day (not from 14:00). */
export function libraryDays(library: NonNullable<CalendarSection['library']>, first = FIRST_YEAR, last = LAST_YEAR) {
  const { country, state } = library;
  const engine = state === undefined ? new Holidays(country, { languages: ['en'] }) : new Holidays(country, state, { languages: ['en'] });
  const result: { date: string; rule: string; name: string; type: string }[] = [];
  for (let year = first; year <= last; year += 1) {
    for (const holiday of engine.getHolidays(year)) {
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      if (!holiday.date.slice(11).startsWith('00:00')) continue;
      result.push({ date: holiday.date.slice(0, 10), rule: holiday.rule, name: holiday.name, type: holiday.type });
    }
  }
  return result;
}
