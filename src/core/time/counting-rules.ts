// Counting rules some jurisdictions add to the common engine: the Irish start day (Interpretation
// Act 2005 s.18(h)), Spanish días hábiles (Ley 39/2015 art. 30.2), the month of August that does not
// run (IT: L. 742/1969 art. 1; ES: LJCA art. 128.2), and the open points a result repeats.
import { addDays, addMonths, type IsoDate } from './calendar-date.js';
import type { Convention, DeadlineOptions, Jurisdiction } from './conventions.js';
import type { LegalNote } from './legal-notes.js';
import { addCalendarPeriod, type Period } from './period.js';
import type { CountNote, RuleApplied } from './working.js';

/** IE: whether the day the period is reckoned from is its first day (default true where the rule exists). */
export function startDayCounts(convention: Convention, options: DeadlineOptions): boolean {
  return convention.startDayIncluded !== undefined && options.startDayIncluded !== false;
}

export const isMonthly = (period: Period): boolean => period.unit === 'month' || period.unit === 'year';

/**
 * IE: the last day of a period in months or years whose first day is `start` [I]: the day before
 * the same date (3 Dec + 1 month = 2 Jan); where the month has no such date, its last day.
 */
export function inclusiveEnd(start: IsoDate, period: Period): IsoDate {
  const sameDate = addCalendarPeriod(start, period);
  return sameDate.slice(8) === start.slice(8) ? addDays(sameDate, -1) : sameDate;
}

/** The working's note on inclusiveEnd: the day before the same date, or the month's last day. */
export function inclusiveNote(start: IsoDate, end: IsoDate): CountNote {
  if (addDays(end, 1).slice(8) === start.slice(8)) return { kind: 'day-before-same-date' };
  return { kind: 'clamped', day: Number(start.slice(8)) };
}

/** ES: the unit actually counted; a period in days counts días hábiles unless natural days are asked for. */
export function countedPeriod(period: Period, convention: Convention, options: DeadlineOptions): Period {
  const workingDays = period.unit === 'day' && convention.daysAreWorkingDays !== undefined && options.naturalDays !== true;
  return workingDays ? { count: period.count, unit: 'working-day' } : period;
}

export interface AugustRule {
  readonly rule: string;
  /**
   * For months and years: IT adds the suspended days after the calendar count; ES takes August out
   * as a whole month (the date-to-date count resumes in September).
   */
  readonly months: 'add-days' | 'add-month';
  readonly monthAssumption: LegalNote;
  /** Printed when the start falls in August. */
  readonly startAssumption?: LegalNote;
  /** Printed when a count in weeks or calendar days reaches into August without taking it out. */
  readonly calendarDaysAssumption?: LegalNote;
}

/** The jurisdictions where the summerSuspension option stops August from running, and their rule. */
export const AUGUST_RULES: Readonly<Partial<Record<Jurisdiction, AugustRule>>> = {
  IT: {
    rule: 'L. 742/1969 art. 1',
    months: 'add-days',
    monthAssumption: 'it-august-months',
  },
  ES: {
    rule: 'LJCA art. 128.2',
    months: 'add-month',
    monthAssumption: 'es-august-months',
    startAssumption: 'es-august-start',
    calendarDaysAssumption: 'es-august-days',
  },
};

const overlapsAugust = (from: IsoDate, end: IsoDate, year: number): boolean => {
  const text = String(year).padStart(4, '0');
  return from < `${text}-08-31` && end >= `${text}-08-01`;
};

/** Whether some August has days in (from, end]. */
export function reachesAugust(from: IsoDate, end: IsoDate): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) if (overlapsAugust(from, end, year)) return true;
  return false;
}

/** ES: the end of a period in months once each August inside (from, end] is taken out as a month. */
export function skipWholeAugusts(from: IsoDate, months: number): { end: IsoDate; augusts: number } {
  let augusts = 0;
  let end = addMonths(from, months);
  for (;;) {
    let found = 0;
    for (let year = Number(from.slice(0, 4)); year <= Number(end.slice(0, 4)); year += 1) if (overlapsAugust(from, end, year)) found += 1;
    if (found === augusts) return { end, augusts };
    augusts = found;
    end = addMonths(from, months + augusts);
  }
}

/** The rule printed with a result: the convention's, or the délai franc, plus any August rule. */
export function ruleApplied(input: DeadlineOptions & { jurisdiction: Jurisdiction }, convention: Convention): RuleApplied {
  // Délai franc: Conseil d'État case law (CE 29 Dec 2006 n°289818; extension: CE 19 Sept 2014 n°362568).
  if (input.francDelay === true) return { kind: 'franc' };
  const august = AUGUST_RULES[input.jurisdiction];
  return {
    kind: 'convention',
    jurisdiction: input.jurisdiction,
    citation: convention.rule,
    ...(input.summerSuspension === true && august !== undefined ? { august: august.rule } : {}),
  };
}

/** The open points of a convention that apply to this result. */
export function openPointsFor(convention: Convention, period: Period, extended: boolean): LegalNote[] {
  return (convention.openPoints ?? [])
    .filter(
      (point) =>
        point.when === 'always' || (point.when === 'day-period' && period.unit === 'day') || (point.when === 'extended' && extended),
    )
    .map((point) => point.note);
}
