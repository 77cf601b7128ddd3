// A penalty payment as of a day: what accrued since the deadline, what was liquidated, and what
// accrued but has not been liquidated.
import type { Order, Penalty } from '../model/case-schema.js';
import { accruePenalty, checkLiquidation, penaltyForPeriod, type PenaltyAccrual } from '../core/time/penalty.js';
import { parseAmount, toSafeMinor } from '../core/money/amount.js';
import { parseDateText } from '../core/dates/date-text.js';

export interface LiquidationView {
  readonly eventId: string;
  /** The day of the liquidation decision, when the case dates it to the day. */
  readonly decidedOn?: string;
  /** A liquidation decided after the as-of day is shown, but not counted as liquidated yet. */
  readonly afterAsOf: boolean;
  readonly from: string;
  readonly to: string;
  /** to − from: the CNIL counted "19 Dec 2022 – 9 Feb 2023" as 52 days. */
  readonly days: number;
  readonly amountMinor: number;
  /** days × daily rate, limited by what the cap leaves after earlier liquidations. */
  readonly expectedMinor: number;
  readonly matchesRate: boolean;
  /** What this dossier computes as accrued inside the period (it can differ from `days` when the deadline moved). */
  readonly accruedInPeriodMinor: number;
}

export interface PenaltyView {
  readonly currency: string;
  readonly dailyMinor: number;
  readonly capMinor?: number;
  readonly accrual: PenaltyAccrual;
  readonly liquidations: readonly LiquidationView[];
  /** Liquidations decided on or before the as-of day. */
  readonly liquidatedMinor: number;
  /** Accrued as of the day minus liquidated; never below zero. Arithmetic (days × rate), not a sum anyone has claimed. */
  readonly notLiquidatedMinor: number;
}

export function penaltyView(
  order: Order,
  penalty: Penalty,
  deadlineEnd: string,
  asOf: string,
  eventDates: ReadonlyMap<string, string>,
): PenaltyView {
  const dailyMinor = minorOf(penalty.daily, penalty.currency);
  const capMinor = penalty.cap === undefined ? undefined : minorOf(penalty.cap, penalty.currency);
  const compliedOn = order.compliance?.status === 'complied' ? order.compliance.date : undefined;
  const common = { deadlineEnd, dailyMinor, ...(compliedOn ? { compliedOn } : {}), ...(capMinor === undefined ? {} : { capMinor }) };
  const accrual = accruePenalty({ ...common, asOf });
  let liquidatedBefore = 0;
  const liquidations = (penalty.liquidations ?? []).map((l): LiquidationView => {
    const amountMinor = minorOf(l.amount, penalty.currency);
    const check = checkLiquidation({ from: l.from, to: l.to, amountMinor, dailyMinor });
    const inPeriod = penaltyForPeriod({ ...common, from: l.from, to: l.to, liquidatedMinor: amountMinor });
    // Under a cap (Awb 5:32b), nothing more is forfeited once the cap is reached.
    const expectedMinor =
      capMinor === undefined ? check.expectedMinor : Math.min(check.expectedMinor, Math.max(0, capMinor - liquidatedBefore));
    liquidatedBefore += amountMinor;
    const decided = parseDateText(eventDates.get(l.event) ?? '');
    const range = 'range' in decided ? decided.range : undefined;
    return {
      eventId: l.event,
      ...(range?.precision === 'day' ? { decidedOn: range.first } : {}),
      // A decision known only to the month counts once the whole month has passed.
      afterAsOf: range === undefined || range.last > asOf,
      from: l.from,
      to: l.to,
      days: check.days,
      amountMinor,
      expectedMinor,
      matchesRate: amountMinor === expectedMinor,
      accruedInPeriodMinor: inPeriod.accruedMinor,
    };
  });
  // In BigInt: liquidations can add up past 2^53 minor units; toSafeMinor then refuses (RangeError).
  const liquidatedMinor = toSafeMinor(
    liquidations.filter((l) => !l.afterAsOf).reduce((sum, l) => sum + BigInt(l.amountMinor), 0n),
    'the liquidated total',
  );
  return {
    currency: penalty.currency,
    dailyMinor,
    ...(capMinor === undefined ? {} : { capMinor }),
    accrual,
    liquidations,
    liquidatedMinor,
    notLiquidatedMinor: Math.max(0, accrual.accruedMinor - liquidatedMinor),
  };
}

/** Amounts were checked by validation; a failure here is a bug, not bad input. */
export function minorOf(text: string, currency: string): number {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new Error(`amount "${text}" ${currency} was not validated: ${parsed.detail}`);
  return parsed.minor;
}
