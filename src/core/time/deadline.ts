// The deadline engine: counts a period from its triggering day and shows its working.
//
// the event day is not counted; days: start + n; weeks: start + 7n; months and
// years: the same day number, else the last day of the month; working days: only working days
// after the start count; then, if the period is extended, a non-working last day moves to the
// next working day. The calendar is injected, so this module stays pure.

import { addDays, weekday, type IsoDate } from './calendar-date.js';
import { conventionFor, type Convention, type DeadlineOptions, type Jurisdiction } from './conventions.js';
import { addCalendarPart, isCompound, periodParts, type Period } from './period.js';
import { extendPastSuspension } from './summer-suspension.js';
import { clampNote, isBeyond, validateDeadlineInput } from './deadline-input.js';
import { CalendarError, Computation } from './computation.js';
import type { Assumption, NonWorkingReason, RuleApplied, WorkingStep } from './working.js';
import {
  AUGUST_RULES,
  countedPeriod,
  inclusiveEnd,
  inclusiveNote,
  isMonthly,
  openPointsFor,
  reachesAugust,
  ruleApplied,
  skipWholeAugusts,
  startDayCounts,
} from './counting-rules.js';

export type { Assumption, NonWorkingReason, RuleApplied, WorkingStep } from './working.js';

/** Tells which days are non-working in a jurisdiction and why (Sunday, a public holiday, …). */
export interface NonWorkingDays {
  reasonIfNonWorking(date: IsoDate): readonly NonWorkingReason[] | undefined;
  /** What the calendar knowingly leaves out, printed with every result that relies on it. */
  readonly caveat?: Assumption;
  /**
   * Open points of law: the same calendar under another reading (e.g. a holiday moved by a
   * labour-law decision). A result whose last day would differ under one says so in its assumptions.
   */
  readonly otherReadings?: readonly { readonly note: string; readonly calendar: NonWorkingDays }[];
}

export { CalendarError, MAX_CONSECUTIVE_NON_WORKING_DAYS } from './computation.js';

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
  reasons: readonly NonWorkingReason[];
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
  /** The rule applied. */
  rule: RuleApplied;
  /** The working, one step per line once worded (src/i18n), for lawyers to check. */
  steps: WorkingStep[];
  /** Unconfirmed points of law the result depends on. */
  assumptions: Assumption[];
}

/** The last day of the period before any roll-forward: counting, summer suspension, délai franc. */
function countPeriod(input: DeadlineInput, run: Computation): IsoDate {
  const { start } = input;
  const convention = conventionFor(input.jurisdiction);
  const period = countedPeriod(input.period, convention, input);
  if (period !== input.period) run.steps.push({ kind: 'working-days-only', rule: convention.daysAreWorkingDays?.rule ?? '' });
  // IE, Interpretation Act 2005 s.18(h): the start day is day 1 (see inclusiveEnd for months).
  const startCounted = startDayCounts(convention, input);
  // A compound period's parts are counted in turn from the day before the start day.
  let countFrom = startCounted && (isCompound(period) || !isMonthly(period)) ? addDays(start, -1) : start;
  const august = AUGUST_RULES[input.jurisdiction];
  if (run.isSuspended(start)) {
    // L. 742/1969 art. 1, LJCA art. 128.2: a period that would begin in August begins when it ends.
    countFrom = `${start.slice(0, 4)}-08-31`;
    run.steps.push({ kind: 'summer-start' });
    if (august?.startAssumption !== undefined) run.assumptions.push({ kind: 'legal', note: august.startAssumption });
  }

  let rawEnd = countFrom;
  if (period.unit === 'working-day') {
    // Only working days after the start count (e.g. Reg. 1182/71 art. 3(3)).
    const headerLine = run.steps.length;
    for (let counted = 0; counted < period.count; counted += 1) rawEnd = run.nextWorkingDay(rawEnd);
    run.flushSkipSummary();
    const header: WorkingStep = { kind: 'count', period, end: rawEnd, ...(run.skipped.length > 0 ? { notCounting: true } : {}) };
    run.steps.splice(headerLine, 0, header);
  } else {
    if (isCompound(period)) {
      refuseCompoundUnder(convention, input);
      // The parts are counted in turn, each from the last day of the one before.
      for (const part of periodParts(period)) {
        const partFrom = rawEnd;
        rawEnd = addCalendarPart(partFrom, part);
        const note = clampNote(partFrom, rawEnd, part);
        run.steps.push({ kind: 'count', period: part, end: rawEnd, ...(note ? { note } : {}) });
      }
    } else {
      rawEnd = startCounted && isMonthly(period) ? inclusiveEnd(countFrom, period) : addCalendarPart(countFrom, period);
      const note = startCounted && isMonthly(period) ? inclusiveNote(countFrom, rawEnd) : clampNote(countFrom, rawEnd, period);
      run.steps.push({ kind: 'count', period, end: rawEnd, ...(note ? { note } : {}) });
    }
    const inMonths = periodParts(period).some(isMonthly);
    if (run.summerSuspension && august !== undefined && inMonths && august.months === 'add-month') {
      const months = period.unit === 'year' ? 12 * period.count : period.count;
      const skipped = skipWholeAugusts(countFrom, months);
      if (skipped.augusts > 0) {
        rawEnd = skipped.end;
        run.steps.push({ kind: 'august-months', months: skipped.augusts, rule: august.rule, end: rawEnd });
        run.assumptions.push({ kind: 'legal', note: august.monthAssumption });
      }
    }
    // ES: weeks and natural days are counted through August; rollForward moves a last day in it.
    const daysNote = august?.calendarDaysAssumption;
    if (run.summerSuspension && daysNote !== undefined && !inMonths && reachesAugust(countFrom, rawEnd)) {
      run.assumptions.push({ kind: 'legal', note: daysNote });
    }
    const suspension = run.summerSuspension && august?.months === 'add-days' ? extendPastSuspension(countFrom, rawEnd) : undefined;
    if (suspension !== undefined && suspension.suspendedDays > 0) {
      rawEnd = suspension.end;
      run.steps.push({ kind: 'summer-suspension', days: suspension.suspendedDays, rule: august?.rule ?? '', end: rawEnd });
      if (inMonths && august !== undefined) run.assumptions.push({ kind: 'legal', note: august.monthAssumption });
    }
  }

  if (input.francDelay === true) {
    // Délai franc (CE 29 Dec 2006 n°289818): the last day itself is not counted either.
    rawEnd = addDays(rawEnd, 1);
    run.steps.push({ kind: 'franc', end: rawEnd });
  }
  return rawEnd;
}

/**
 * Where days are working days (ES, Ley 39/2015 art. 30.2) or August is taken out as whole months
 * (ES, LJCA art. 128.2), a compound period has no settled count: refused rather than guessed.
 */
function refuseCompoundUnder(convention: Convention, input: DeadlineInput): void {
  const days = convention.daysAreWorkingDays;
  if (days !== undefined && input.naturalDays !== true && periodParts(input.period).some((part) => part.unit === 'day')) {
    throw new CalendarError(
      `a period in days counts working days only (${days.rule}), which a compound period cannot mix with calendar parts: write its parts as separate deadlines`,
      { kind: 'compound-working-days', rule: days.rule },
    );
  }
  if (input.summerSuspension === true && AUGUST_RULES[input.jurisdiction]?.months === 'add-month') {
    throw new CalendarError(
      `a compound period with the August rule of ${input.jurisdiction} has no settled count: write its parts as separate deadlines`,
      { kind: 'compound-august', jurisdiction: input.jurisdiction },
    );
  }
}

/** Moves a non-working last day to the next working day, then applies any minimum of working days. */
function rollForward(input: DeadlineInput, rawEnd: IsoDate, run: Computation): IsoDate {
  const convention = conventionFor(input.jurisdiction);
  let end = rawEnd;
  const reasonAtRawEnd = run.reasonIfNonWorking(rawEnd);
  if (reasonAtRawEnd !== undefined) {
    run.skip(rawEnd, reasonAtRawEnd);
    end = run.nextWorkingDay(rawEnd);
    run.flushSkipSummary();
    run.steps.push({ kind: 'next-working-day', end, rule: ruleApplied(input, convention) });
  }

  const { period } = input;
  const minimum = convention.minimumWorkingDays;
  const longEnough =
    isCompound(period) || (period.unit !== 'working-day' && (period.unit !== 'day' || period.count >= (minimum?.fromDays ?? 0)));
  if (minimum !== undefined && longEnough) {
    // Reg. 1182/71 art. 3(5) [unconfirmed]; ATW art. 2 [C]: a period of two (three) days or more
    // contains at least two working days, the start day not counted.
    const endBefore = end;
    while (run.workingDaysIn(input.start, end, minimum.count) < minimum.count) {
      end = run.nextWorkingDay(end);
      run.steps.push({ kind: 'minimum-working-days', rule: minimum.rule, count: minimum.count, end });
    }
    if (end !== endBefore && minimum.assumption !== undefined) run.assumptions.push({ kind: 'legal', note: minimum.assumption });
  }
  return end;
}

export function computeDeadline(input: DeadlineInput, calendar: NonWorkingDays): DeadlineResult {
  const result = computeUnderOneReading(input, calendar);
  const startRule = conventionFor(input.jurisdiction).startDayIncluded;
  if (startRule !== undefined) {
    // IE: whether the start day counts is open, so the other reading is shown when it matters.
    const included = startDayCounts(conventionFor(input.jurisdiction), input);
    const other = computeUnderOneReading({ ...input, startDayIncluded: !included }, calendar);
    const note = included ? startRule.excludedReading : startRule.includedReading;
    if (other.end !== result.end) result.assumptions.push({ kind: 'other-reading', reading: { kind: 'legal', note }, end: other.end });
  }
  for (const reading of calendar.otherReadings ?? []) {
    // Under another reading of an open point the last day may differ: say so, with that day.
    const other = computeUnderOneReading(input, reading.calendar);
    if (other.end !== result.end)
      result.assumptions.push({ kind: 'other-reading', reading: { kind: 'calendar', note: reading.note }, end: other.end });
  }
  return result;
}

function computeUnderOneReading(input: DeadlineInput, calendar: NonWorkingDays): DeadlineResult {
  validateDeadlineInput(input);
  const convention = conventionFor(input.jurisdiction);
  const run = new Computation(calendar, input.summerSuspension === true ? AUGUST_RULES[input.jurisdiction]?.rule : undefined);

  const startCounted = startDayCounts(convention, input);
  run.steps.push({
    kind: 'start',
    date: input.start,
    ...(startCounted ? { countedUnder: convention.startDayIncluded?.rule ?? '' } : {}),
  });
  const rawEnd = countPeriod(input, run);

  const fromDecision = input.periodSource === 'decision';
  const outsideStatute = isBeyond(input.period, convention.notExtendedBeyond, input.start, rawEnd);
  if (outsideStatute && input.extend === undefined) {
    run.steps.push({ kind: 'outside-statute', rule: convention.notExtendedBeyond?.rule ?? '', period: input.period });
  }
  const extend = input.extend ?? (outsideStatute ? false : fromDecision ? convention.decisionPeriod.extend : convention.extend);
  const reasonAtRawEnd = run.reasonIfNonWorking(rawEnd);
  const limit = convention.notExtendedBeyond;
  if (isCompound(input.period) && limit !== undefined && reasonAtRawEnd !== undefined && input.extend === undefined) {
    run.assumptions.push({ kind: 'compound-within-statute', rule: limit.rule, days: limit.days, months: limit.months });
  }
  // The decision-period caveat matters only when the last day is non-working.
  const caveat = convention.decisionPeriod.assumption;
  if (input.extend === undefined && fromDecision && reasonAtRawEnd !== undefined && caveat !== undefined) {
    run.assumptions.push({ kind: 'legal', note: caveat });
  }

  const end = extend ? rollForward(input, rawEnd, run) : rawEnd;
  if (!extend && reasonAtRawEnd !== undefined) {
    run.steps.push({ kind: 'not-extended', date: rawEnd, reasons: reasonAtRawEnd });
  }

  if (run.skipped.some((day) => weekday(day.date) === 6) && convention.saturdayAssumption !== undefined) {
    run.assumptions.push({ kind: 'legal', note: convention.saturdayAssumption });
  }
  run.steps.push({ kind: 'end', date: end, closingTime: convention.closingTime });
  if (convention.note !== undefined) run.steps.push({ kind: 'note', note: convention.note });
  run.assumptions.push(...openPointsFor(convention, input.period, end !== rawEnd).map((note) => ({ kind: 'legal' as const, note })));
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
