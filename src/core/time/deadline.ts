// The deadline engine: counts a period from its triggering day and shows its working.
//
// legal-rules.md §0: the event day is not counted; days: start + n; weeks: start + 7n; months and
// years: the same day number, else the last day of the month; working days: only working days
// after the start count; then, if the period is extended, a non-working last day moves to the
// next working day. The calendar is injected, so this module stays pure.

import {
  addDays,
  compareDates,
  isCalendarDate,
  toDayNumber,
  weekday,
  weekdayName,
  type IsoDate,
} from './calendar-date.js';
import {
  assertOptionsApply,
  conventionFor,
  isJurisdiction,
  type Convention,
  type DeadlineOptions,
  type Jurisdiction,
} from './conventions.js';
import { addCalendarPeriod, formatPeriod, isValidPeriod, type Period } from './period.js';

/** Tells which days are non-working in a jurisdiction and why ('Sunday', 'public holiday: …'). */
export interface NonWorkingDays {
  reasonIfNonWorking(date: IsoDate): string | undefined;
}

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
  /** The last day of the period before any roll-forward: counting, summer suspension, délai franc. */
function countPeriod(input: DeadlineInput, run: Computation): IsoDate {
  const { start, period } = input;
  let countFrom = start;
  if (run.isSuspended(start)) {
    // L. 742/1969 art. 1: a period that would begin during the suspension begins when it ends.
    countFrom = `${start.slice(0, 4)}-08-31`;
    run.steps.push('start falls in the summer suspension (1–31 August): counting begins on 1 September');
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
    rawEnd = addCalendarPeriod(countFrom, period);
    run.steps.push(`+ ${formatPeriod(period)} → ${describe(rawEnd)}${clampNote(countFrom, rawEnd, period)}`);
    const suspension = run.summerSuspension ? extendPastSuspension(countFrom, rawEnd) : undefined;
    if (suspension !== undefined && suspension.suspendedDays > 0) {
      rawEnd = suspension.end;
      run.steps.push(`+ ${suspension.suspendedDays} days of summer suspension (L. 742/1969 art. 1) → ${describe(rawEnd)}`);
      if (period.unit === 'month' || period.unit === 'year') {
        run.assumptions.push(
          'for a period in months or years the suspended days are added after the calendar count (Cassazione practice, unverified)',
        );
      }
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
    run.steps.push(`→ next working day ${describe(end)} (${convention.rule})`);
  }

  const { period } = input;
  const minimum = convention.minimumWorkingDays;
  const twoDaysOrMore = period.unit !== 'working-day' && (period.unit !== 'day' || period.count >= 2);
  if (minimum !== undefined && twoDaysOrMore) {
    // Reg. 1182/71 art. 3(5) [M, legal-rules §1]: a period of two days or more has at least two working days.
    while (run.workingDaysIn(input.start, end, minimum) < minimum) {
      end = run.nextWorkingDay(end);
      run.steps.push(`art. 3(5): at least ${minimum} working days in the period → ${describe(end)}`);
    }
  }
  return end;
}

export function computeDeadline(input: DeadlineInput, calendar: NonWorkingDays): DeadlineResult {
  validate(input);
  const convention = conventionFor(input.jurisdiction);
  const run = new Computation(calendar, input.summerSuspension === true);

  run.steps.push(`start ${describe(input.start)} (not counted)`);
  const rawEnd = countPeriod(input, run);

  const fromDecision = input.periodSource === 'decision';
  const extend = input.extend ?? (fromDecision ? convention.decisionPeriod.extend : convention.extend);
  if (input.extend === undefined && fromDecision && convention.decisionPeriod.assumption !== undefined) {
    run.assumptions.push(convention.decisionPeriod.assumption);
  }

  let end = rawEnd;
  const reasonAtRawEnd = calendar.reasonIfNonWorking(rawEnd);
  if (extend) {
    end = rollForward(input, rawEnd, run);
  } else if (reasonAtRawEnd !== undefined) {
    run.steps.push(`${describe(rawEnd)} is non-working (${reasonAtRawEnd}) but the period is not extended`);
  }

  if (run.skipped.some((day) => weekday(day.date) === 6) && convention.saturdayAssumption !== undefined) {
    run.assumptions.push(convention.saturdayAssumption);
  }
  run.steps.push(`end ${describe(end)}, ${convention.closingTime} local time`);

  return {
    jurisdiction: input.jurisdiction,
    start: input.start,
    period: { ...input.period },
    rawEnd,
    skipped: run.skipped,
    end,
    extended: end !== rawEnd,
    closingTime: convention.closingTime,
    rule: convention.rule,
    steps: run.steps,
    assumptions: run.assumptions,
  };
}
