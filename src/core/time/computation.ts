// One computation of a deadline: the calendar it counts with, the days it passes over and the
// working it records, step by step.
import { addDays, compareDates, type IsoDate } from './calendar-date.js';
import type { NonWorkingDays, SkippedDay } from './deadline.js';
import { isInAugust } from './summer-suspension.js';
import type { Assumption, NonWorkingReason, WorkingStep } from './working.js';

/** The calendar cannot answer (a year it has no data for, or no working day in sight): the user's input, not a bug. */
/** What a calendar error is about, as data for a report to word in its language; the message is the English. */
export type CalendarProblem =
  /** The holiday tables cover TABLE_FIRST_YEAR–TABLE_LAST_YEAR (src/calendars/holiday-table.ts). */
  | { readonly kind: 'outside-tables'; readonly code: string; readonly year: string; readonly first: number; readonly last: number }
  | { readonly kind: 'compound-working-days'; readonly rule: string }
  | { readonly kind: 'compound-august'; readonly jurisdiction: string }
  | { readonly kind: 'no-working-day'; readonly days: number; readonly after: IsoDate };

/** A deadline that cannot be counted on its calendar: the case's data or a --holidays file, not a bug. */
export class CalendarError extends Error {
  constructor(
    message: string,
    readonly problem?: CalendarProblem,
  ) {
    super(message);
  }
}

/** A calendar with no working day for this long is broken, not a legal situation. */
export const MAX_CONSECUTIVE_NON_WORKING_DAYS = 366;
/** Skipped days listed one per step line before the rest are summed up. */
const MAX_SKIP_LINES = 20;

/**
 * One computation: the calendar and the summer-suspension flag it counts with, and the working it
 * records. `skipped` stays complete while the step list names at most MAX_SKIP_LINES of them.
 */
export class Computation {
  readonly steps: WorkingStep[] = [];
  readonly skipped: SkippedDay[] = [];
  readonly assumptions: Assumption[] = [];
  private listedSkips = 0;
  private unlistedSkips = 0;

  /** `augustRule`: the rule that stops August from running, when the summer suspension applies. */
  constructor(
    readonly calendar: NonWorkingDays,
    readonly augustRule: string | undefined,
  ) {}

  get summerSuspension(): boolean {
    return this.augustRule !== undefined;
  }

  isSuspended(date: IsoDate): boolean {
    return this.augustRule !== undefined && isInAugust(date);
  }

  /**
   * Why `date` cannot be a period's last day: a day of the suspended August (LJCA art. 128.2 makes
   * August's days inhábiles), or the calendar's reasons.
   */
  reasonIfNonWorking(date: IsoDate): readonly NonWorkingReason[] | undefined {
    if (this.augustRule !== undefined && isInAugust(date)) return [{ kind: 'august', citation: this.augustRule }];
    return this.calendar.reasonIfNonWorking(date);
  }

  skip(date: IsoDate, reasons: readonly NonWorkingReason[]): void {
    this.skipped.push({ date, reasons });
    if (this.listedSkips < MAX_SKIP_LINES) {
      this.steps.push({ kind: 'skip', date, reasons });
      this.listedSkips += 1;
    } else {
      this.unlistedSkips += 1;
    }
  }

  flushSkipSummary(): void {
    if (this.unlistedSkips > 0) this.steps.push({ kind: 'more-skipped', count: this.unlistedSkips });
    this.unlistedSkips = 0;
  }

  /** The first working day after `after`, recording the non-working days passed over. */
  nextWorkingDay(after: IsoDate): IsoDate {
    let date = after;
    for (let tries = 0; tries < MAX_CONSECUTIVE_NON_WORKING_DAYS; tries += 1) {
      date = addDays(date, 1);
      if (this.isSuspended(date)) continue;
      const reasons = this.calendar.reasonIfNonWorking(date);
      if (reasons === undefined) return date;
      this.skip(date, reasons);
    }
    throw new CalendarError(
      `no working day within ${MAX_CONSECUTIVE_NON_WORKING_DAYS} days after ${after}: the non-working-day calendar (or a --holidays file) declares too many consecutive days`,
      { kind: 'no-working-day', days: MAX_CONSECUTIVE_NON_WORKING_DAYS, after },
    );
  }

  /** Working days in (start, end], counting no further than `enough`. */
  workingDaysIn(start: IsoDate, end: IsoDate, enough: number): number {
    let found = 0;
    for (let date = addDays(start, 1); found < enough && compareDates(date, end) <= 0; date = addDays(date, 1)) {
      if (this.calendar.reasonIfNonWorking(date) === undefined) found += 1;
    }
    return found;
  }
}
