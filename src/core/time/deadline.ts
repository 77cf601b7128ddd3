// The deadline engine: counts a period from its triggering day and shows its working.
//
// the event day is not counted; days: start + n; weeks: start + 7n; months and
// years: the same day number, else the last day of the month; working days: only working days
// after the start count; then, if the period is extended, a non-working last day moves to the
// next working day. The calendar is injected, so this module stays pure.

import { addDays, compareDates, weekday, weekdayName, type IsoDate } from './calendar-date.js';
import { conventionFor, type Convention, type DeadlineOptions, type Jurisdiction } from './conventions.js';
import { addCalendarPeriod, formatPeriod, type Period } from './period.js';
import { extendPastSuspension, isInAugust } from './summer-suspension.js';
import { clampNote, validateDeadlineInput } from './deadline-input.js';
import {
  AUGUST_RULES,
  countedPeriod,
  inclusiveEnd,
  inclusiveNote,
  isBeyond,
  isMonthly,
  openPointsFor,
  skipWholeAugusts,
  startDayCounts,
} from './counting-rules.js';

/** Tells which days are non-working in a jurisdiction and why ('Sunday', 'public holiday: …'). */
export interface NonWorkingDays {
  reasonIfNonWorking(date: IsoDate): string | undefined;
  /** What the calendar knowingly leaves out, printed with every result that relies on it. */
  readonly caveat?: string;
  /**
   * Open points of law: the same calendar under another reading (e.g. a holiday moved by a
   * labour-law decision). A result whose last day would differ under one says so in its assumptions.
   */
  readonly otherReadings?: readonly { readonly note: string; readonly calendar: NonWorkingDays }[];
}

/** The calendar cannot answer (a year it has no data for, or no working day in sight): the user's input, not a bug. */
export class CalendarError extends Error {}

export interface DeadlineInput extends DeadlineOptions {
  /** The civil date of the triggering event (notification), which is not counted. */
  start: IsoDate;
  period: Period;
  jurisdiction: Jurisdiction;
  /** Overrides the convention's default roll-forward of a non-working last day. */
  extend?: boolean;
}

export interface SkippedDay {
  date: IsoDate;
  reason: string;
}

export interface DeadlineResult {
  jurisdiction: Jurisdiction;
  start: IsoDate;
  period: Period;
  /** Last day of the period before any roll-forward (after any suspension or délai franc). */
  rawEnd: IsoDate;
  /** Non-working days passed over, while counting working days or rolling the end forward. */
  skipped: SkippedDay[];
  /** The last day on which the act can be done. */
  end: IsoDate;
  /** True when the roll-forward moved the end past rawEnd. */
  extended: boolean;
  /** Local time at which `end` closes (GB tribunal: 17:00). */
  closingTime: Convention['closingTime'];
  /** Citation of the rule applied. */
  rule: string;
  /** The working, one human-readable line per step, for lawyers to check. */
  steps: string[];
  /** Unconfirmed points of law the result depends on. */
  assumptions: string[];
}

/** A calendar with no working day for this long is broken, not a legal situation. */
export const MAX_CONSECUTIVE_NON_WORKING_DAYS = 366;
/** Skipped days listed one per step line before the rest are summed up. */
const MAX_SKIP_LINES = 20;

const describe = (date: IsoDate): string => `${date} (${weekdayName(date)})`;

/**
 * One computation: the calendar and the summer-suspension flag it counts with, and the working it
 * records. `skipped` stays complete while the step list names at most MAX_SKIP_LINES of them.
 */
class Computation {
  readonly steps: string[] = [];
  readonly skipped: SkippedDay[] = [];
  readonly assumptions: string[] = [];
  private listedSkips = 0;
  private unlistedSkips = 0;

  constructor(
    readonly calendar: NonWorkingDays,
    readonly summerSuspension: boolean,
  ) {}

  isSuspended(date: IsoDate): boolean {
    return this.summerSuspension && isInAugust(date);
  }

  skip(date: IsoDate, reason: string): void {
    this.skipped.push({ date, reason });
    if (this.listedSkips < MAX_SKIP_LINES) {
      this.steps.push(`${describe(date)} skipped: ${reason}`);
      this.listedSkips += 1;
    } else {
      this.unlistedSkips += 1;
    }
  }

  flushSkipSummary(): void {
    if (this.unlistedSkips > 0) this.steps.push(`… and ${this.unlistedSkips} more non-working days skipped`);
    this.unlistedSkips = 0;
  }

  /** The first working day after `after`, recording the non-working days passed over. */
  nextWorkingDay(after: IsoDate): IsoDate {
    let date = after;
    for (let tries = 0; tries < MAX_CONSECUTIVE_NON_WORKING_DAYS; tries += 1) {
      date = addDays(date, 1);
      if (this.isSuspended(date)) continue;
      const reason = this.calendar.reasonIfNonWorking(date);
      if (reason === undefined) return date;
      this.skip(date, reason);
    }
    throw new CalendarError(
      `no working day within ${MAX_CONSECUTIVE_NON_WORKING_DAYS} days after ${after}: the non-working-day calendar (or a --holidays file) declares too many consecutive days`,
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

/** The last day of the period before any roll-forward: counting, summer suspension, délai franc. */
function countPeriod(input: DeadlineInput, run: Computation): IsoDate {
  const { start } = input;
  const convention = conventionFor(input.jurisdiction);
  const period = countedPeriod(input.period, convention, input);
  if (period !== input.period) run.steps.push(`a period in days counts working days only (${convention.daysAreWorkingDays?.rule ?? ''})`);
  // IE, Interpretation Act 2005 s.18(h): the start day is day 1 (see inclusiveEnd for months).
  const startCounted = startDayCounts(convention, input);
  let countFrom = startCounted && !isMonthly(period) ? addDays(start, -1) : start;
  const august = AUGUST_RULES[input.jurisdiction];
  if (run.isSuspended(start)) {
    // L. 742/1969 art. 1, LJCA art. 128.2: a period that would begin in August begins when it ends.
    countFrom = `${start.slice(0, 4)}-08-31`;
    run.steps.push('start falls in the summer suspension (1–31 August): counting begins on 1 September');
    if (august?.startAssumption !== undefined) run.assumptions.push(august.startAssumption);
  }

  let rawEnd = countFrom;
  if (period.unit === 'working-day') {
    // Only working days after the start count (e.g. Reg. 1182/71 art. 3(3)).
    const headerLine = run.steps.length;
    for (let counted = 0; counted < period.count; counted += 1) rawEnd = run.nextWorkingDay(rawEnd);
    run.flushSkipSummary();
    const header = `+ ${formatPeriod(period)} → ${describe(rawEnd)}`;
    run.steps.splice(headerLine, 0, run.skipped.length > 0 ? `${header}, not counting:` : header);
  } else {
    rawEnd = startCounted && isMonthly(period) ? inclusiveEnd(countFrom, period) : addCalendarPeriod(countFrom, period);
    const note = startCounted && isMonthly(period) ? inclusiveNote(countFrom, rawEnd) : clampNote(countFrom, rawEnd, period);
    run.steps.push(`+ ${formatPeriod(period)} → ${describe(rawEnd)}${note}`);
    const inMonths = isMonthly(period);
    if (run.summerSuspension && august !== undefined && inMonths && august.months === 'add-month') {
      const months = period.unit === 'year' ? 12 * period.count : period.count;
      const skipped = skipWholeAugusts(countFrom, months);
      if (skipped.augusts > 0) {
        rawEnd = skipped.end;
        run.steps.push(`+ ${skipped.augusts} month(s) for August, which does not run (${august.rule}) → ${describe(rawEnd)}`);
        run.assumptions.push(august.monthAssumption);
      }
    }
    const suspension = run.summerSuspension && august?.months === 'add-days' ? extendPastSuspension(countFrom, rawEnd) : undefined;
    if (suspension !== undefined && suspension.suspendedDays > 0) {
      rawEnd = suspension.end;
      const days = suspension.suspendedDays;
      run.steps.push(`+ ${days} days of summer suspension (${august?.rule ?? ''}) → ${describe(rawEnd)}`);
      if (inMonths && august !== undefined) run.assumptions.push(august.monthAssumption);
    }
  }

  if (input.francDelay === true) {
    // Délai franc (CE 29 Dec 2006 n°289818): the last day itself is not counted either.
    rawEnd = addDays(rawEnd, 1);
    run.steps.push(`délai franc: + 1 day → ${describe(rawEnd)}`);
  }
  return rawEnd;
}

/** Moves a non-working last day to the next working day, then applies any minimum of working days. */
function rollForward(input: DeadlineInput, rawEnd: IsoDate, run: Computation): IsoDate {
  const convention = conventionFor(input.jurisdiction);
  let end = rawEnd;
  const reasonAtRawEnd = run.calendar.reasonIfNonWorking(rawEnd);
  if (reasonAtRawEnd !== undefined) {
    run.skip(rawEnd, reasonAtRawEnd);
    end = run.nextWorkingDay(rawEnd);
    run.flushSkipSummary();
    run.steps.push(`→ next working day ${describe(end)} (${ruleApplied(input, convention)})`);
  }

  const { period } = input;
  const minimum = convention.minimumWorkingDays;
  const longEnough = period.unit !== 'working-day' && (period.unit !== 'day' || period.count >= (minimum?.fromDays ?? 0));
  if (minimum !== undefined && longEnough) {
    // Reg. 1182/71 art. 3(5) [unconfirmed]; ATW art. 2 [C]: a period of two (three) days or more
    // contains at least two working days, the start day not counted.
    const endBefore = end;
    while (run.workingDaysIn(input.start, end, minimum.count) < minimum.count) {
      end = run.nextWorkingDay(end);
      run.steps.push(`${minimum.rule}: at least ${minimum.count} working days in the period → ${describe(end)}`);
    }
    if (end !== endBefore && minimum.assumption !== undefined) run.assumptions.push(minimum.assumption);
  }
  return end;
}

function ruleApplied(input: DeadlineInput, convention: Convention): string {
  if (input.francDelay === true) {
    return "délai franc, Conseil d'État case law (CE 29 Dec 2006 n°289818; extension: CE 19 Sept 2014 n°362568)";
  }
  const august = AUGUST_RULES[input.jurisdiction];
  return input.summerSuspension === true && august !== undefined ? `${convention.rule}; ${august.rule}` : convention.rule;
}

export function computeDeadline(input: DeadlineInput, calendar: NonWorkingDays): DeadlineResult {
  const result = computeUnderOneReading(input, calendar);
  const startRule = conventionFor(input.jurisdiction).startDayIncluded;
  if (startRule !== undefined) {
    // IE: whether the start day counts is open, so the other reading is shown when it matters.
    const included = startDayCounts(conventionFor(input.jurisdiction), input);
    const other = computeUnderOneReading({ ...input, startDayIncluded: !included }, calendar);
    const note = included ? startRule.excludedReading : startRule.includedReading;
    if (other.end !== result.end) result.assumptions.push(`${note}; under that reading the last day would be ${describe(other.end)}`);
  }
  for (const reading of calendar.otherReadings ?? []) {
    // Under another reading of an open point the last day may differ: say so, with that day.
    const other = computeUnderOneReading(input, reading.calendar);
    if (other.end !== result.end)
      result.assumptions.push(`${reading.note}; under that reading the last day would be ${describe(other.end)}`);
  }
  return result;
}

function computeUnderOneReading(input: DeadlineInput, calendar: NonWorkingDays): DeadlineResult {
  validateDeadlineInput(input);
  const convention = conventionFor(input.jurisdiction);
  const run = new Computation(calendar, input.summerSuspension === true);

  const startCounted = startDayCounts(convention, input);
  run.steps.push(
    `start ${describe(input.start)}, ${startCounted ? `counted as day 1 (${convention.startDayIncluded?.rule ?? ''})` : 'not counted'}`,
  );
  const rawEnd = countPeriod(input, run);

  const fromDecision = input.periodSource === 'decision';
  const outsideStatute = isBeyond(input.period, convention.notExtendedBeyond);
  if (outsideStatute && input.extend === undefined) {
    run.steps.push(
      `${convention.notExtendedBeyond?.rule ?? ''}: the statute does not apply to a period of ${formatPeriod(input.period)}, so its last day is not moved`,
    );
  }
  const extend = input.extend ?? (outsideStatute ? false : fromDecision ? convention.decisionPeriod.extend : convention.extend);
  const reasonAtRawEnd = calendar.reasonIfNonWorking(rawEnd);
  // The decision-period caveat matters only when the last day is non-working.
  const caveat = convention.decisionPeriod.assumption;
  if (input.extend === undefined && fromDecision && reasonAtRawEnd !== undefined && caveat !== undefined) {
    run.assumptions.push(caveat);
  }

  const end = extend ? rollForward(input, rawEnd, run) : rawEnd;
  if (!extend && reasonAtRawEnd !== undefined) {
    run.steps.push(`${describe(rawEnd)} is non-working (${reasonAtRawEnd}) but the period is not extended`);
  }

  if (run.skipped.some((day) => weekday(day.date) === 6) && convention.saturdayAssumption !== undefined) {
    run.assumptions.push(convention.saturdayAssumption);
  }
  run.steps.push(`end ${describe(end)}, ${convention.closingTime} local time`);
  if (convention.note !== undefined) run.steps.push(convention.note);
  run.assumptions.push(...openPointsFor(convention, input.period, end !== rawEnd));
  if (calendar.caveat !== undefined) run.assumptions.push(calendar.caveat);

  return {
    jurisdiction: input.jurisdiction,
    start: input.start,
    period: { ...input.period },
    rawEnd,
    skipped: run.skipped,
    end,
    extended: end !== rawEnd,
    closingTime: convention.closingTime,
    rule: ruleApplied(input, convention),
    steps: run.steps,
    assumptions: run.assumptions,
  };
}
