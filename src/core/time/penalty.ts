// Daily penalty payments: the French astreinte (CNIL, Décret 2019-536 art. 44) and the Dutch
// last onder dwangsom (Awb 5:32b, with its mandatory cap). Money is in integer minor units.
//
// a daily penalty accrues from end + 1, and days_late = compliance_date − end in
// calendar days. That matches the CNIL's own example: a 2-month deadline met after
// "2 months and 10 days" costs 10 × the daily rate, so the compliance day itself is a day late.

import { addDays, daysBetween, isCalendarDate, minDate, type IsoDate } from './calendar-date.js';

export interface PenaltyAccrualInput {
  /** The last day to comply (after any roll-forward); nothing accrues on it. */
  deadlineEnd: IsoDate;
  /** The day compliance was achieved, if it was. */
  compliedOn?: IsoDate;
  /** The day the accrual is worked out for (today, or a liquidation date). */
  asOf: IsoDate;
  dailyMinor: number;
  /** Nothing accrues above this total (Awb 5:32b(4) makes one mandatory in NL). */
  capMinor?: number;
}

export interface PenaltyAccrual {
  /** deadlineEnd + 1: the first day that can be late. */
  firstDay: IsoDate;
  /** The last day counted late; undefined when no day is. */
  lastDay: IsoDate | undefined;
  daysLate: number;
  accruedMinor: number;
  /** True when the cap stopped the accrual. */
  capped: boolean;
}

function requireDate(value: IsoDate, name: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`${name} is not a calendar date: ${JSON.stringify(value)}`);
}

function requireMinor(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative whole number of minor units, got ${value}`);
  }
}

/** days × daily rate, refusing a product that a number cannot hold exactly. */
function multiplyMinor(days: number, dailyMinor: number): number {
  const product = days * dailyMinor;
  if (!Number.isSafeInteger(product)) {
    throw new RangeError(`penalty too large to compute exactly: ${days} days × ${dailyMinor}`);
  }
  return product;
}

/** The day the penalty stops running on, as of `asOf`: compliance, or asOf if still late. */
function stopDay(compliedOn: IsoDate | undefined, asOf: IsoDate): IsoDate {
  return compliedOn === undefined ? asOf : minDate(compliedOn, asOf);
}

function capAt(amountMinor: number, capMinor: number | undefined): number {
  return capMinor === undefined ? amountMinor : Math.min(amountMinor, capMinor);
}

export function accruePenalty(input: PenaltyAccrualInput): PenaltyAccrual {
  const { deadlineEnd, compliedOn, asOf, dailyMinor, capMinor } = input;
  requireDate(deadlineEnd, 'deadlineEnd');
  requireDate(asOf, 'asOf');
  if (compliedOn !== undefined) requireDate(compliedOn, 'compliedOn');
  requireMinor(dailyMinor, 'dailyMinor');
  if (capMinor !== undefined) requireMinor(capMinor, 'capMinor');

  const lastCounted = stopDay(compliedOn, asOf);
  const daysLate = Math.max(0, daysBetween(deadlineEnd, lastCounted));
  const uncappedMinor = multiplyMinor(daysLate, dailyMinor);
  const accruedMinor = capAt(uncappedMinor, capMinor);
  return {
    firstDay: addDays(deadlineEnd, 1),
    lastDay: daysLate > 0 ? lastCounted : undefined,
    daysLate,
    accruedMinor,
    capped: accruedMinor < uncappedMinor,
  };
}

export interface LiquidationCheckInput {
  /** The first date of the period as the decision writes it, e.g. "19 Dec 2022 – 9 Feb 2023". */
  from: IsoDate;
  to: IsoDate;
  amountMinor: number;
  dailyMinor: number;
}

export interface LiquidationCheck {
  days: number;
  expectedMinor: number;
  matches: boolean;
  /** amountMinor − expectedMinor: negative when the authority liquidated less than rate × days. */
  differenceMinor: number;
}

/**
 * Checks a liquidated amount against rate × days, with days = to − from.
 *
 * Inference [I]: the CNIL liquidated the Clearview astreinte (13 Apr 2023) for
 * "19 Dec 2022 – 9 Feb 2023" at EUR 5,200,000 = 52 days × EUR 100,000, and 9 Feb − 19 Dec = 52,
 * so one endpoint is not counted: `from` is read as the deadline's last day, as above. The
 * CNIL may liquidate less than rate × days (Décret 2019-536 art. 44), so a mismatch is a
 * question to ask, not necessarily an error.
 */
export function checkLiquidation(input: LiquidationCheckInput): LiquidationCheck {
  const { from, to, amountMinor, dailyMinor } = input;
  requireDate(from, 'from');
  requireDate(to, 'to');
  requireMinor(amountMinor, 'amountMinor');
  requireMinor(dailyMinor, 'dailyMinor');
  const days = daysBetween(from, to);
  if (days < 0) throw new RangeError(`liquidation period ends before it starts: ${from} – ${to}`);
  const expectedMinor = multiplyMinor(days, dailyMinor);
  return { days, expectedMinor, matches: amountMinor === expectedMinor, differenceMinor: amountMinor - expectedMinor };
}

export interface PeriodPenaltyInput {
  deadlineEnd: IsoDate;
  compliedOn?: IsoDate;
  /** The liquidated period, read like checkLiquidation: the days in (from, to]. */
  from: IsoDate;
  to: IsoDate;
  dailyMinor: number;
  capMinor?: number;
  liquidatedMinor: number;
}

export interface PeriodPenalty {
  /** Late days inside (from, to]. */
  daysLate: number;
  /** What accrued inside the period, after the cap on the running total. */
  accruedMinor: number;
  liquidatedMinor: number;
  /** accruedMinor − liquidatedMinor; negative means more was liquidated than accrued. */
  unliquidatedMinor: number;
  capped: boolean;
}

/**
 * What accrued within one liquidated period, so a report can say "accrued in that period = X,
 * liquidated = Y, accrued but not liquidated = Z". Partial liquidations happen while the
 * astreinte keeps running (CNIL Kourou, SAN-2024-009 then SAN-2024-018), so earlier accrual counts
 * against the cap but not against this period.
 */
export function penaltyForPeriod(input: PeriodPenaltyInput): PeriodPenalty {
  const { deadlineEnd, compliedOn, from, to, dailyMinor, capMinor, liquidatedMinor } = input;
  requireMinor(liquidatedMinor, 'liquidatedMinor');
  if (daysBetween(from, to) < 0) throw new RangeError(`period ends before it starts: ${from} – ${to}`);
  const common = { deadlineEnd, dailyMinor, ...(compliedOn === undefined ? {} : { compliedOn }) };
  const capOption = capMinor === undefined ? {} : { capMinor };
  // Accrual up to the period's end minus accrual up to its start, both under the same cap.
  const throughEnd = accruePenalty({ ...common, ...capOption, asOf: to });
  const beforeStart = accruePenalty({ ...common, ...capOption, asOf: from });
  const uncappedThroughEnd = accruePenalty({ ...common, asOf: to });
  const uncappedBeforeStart = accruePenalty({ ...common, asOf: from });
  const accruedMinor = throughEnd.accruedMinor - beforeStart.accruedMinor;
  const uncappedMinor = uncappedThroughEnd.accruedMinor - uncappedBeforeStart.accruedMinor;
  return {
    daysLate: uncappedThroughEnd.daysLate - uncappedBeforeStart.daysLate,
    accruedMinor,
    liquidatedMinor,
    unliquidatedMinor: accruedMinor - liquidatedMinor,
    capped: accruedMinor < uncappedMinor,
  };
}
