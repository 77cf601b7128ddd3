// A penalty payment as of a day, in the three figures a lawyer keeps apart: what is payable
// (liquidated by a later decision, or forfeited and collected by one), what accrued but is not
// payable (at most rate × days: the authority may liquidate less, Décret 2019-536 art. 44), and the
// maximum exposure. Accrual runs only over days on which non-compliance is on record.
import type { Case, Compliance, Order, Penalty, Suspension } from '../model/case-schema.js';
import { addDays, addMonths, addYears, daysBetween, minDate } from '../core/time/calendar-date.js';
import { parseAmount, toSafeMinor } from '../core/money/amount.js';
import { parseSimplePeriod, type PeriodPart } from '../core/time/period.js';
import { firstDay, lastDay } from './as-known.js';
import { suspendedDays } from './suspensions.js';

export interface LiquidationView {
  readonly eventId: string;
  /** The day of the liquidation decision, when the case dates it to the day. */
  readonly decidedOn?: string;
  readonly from: string;
  readonly to: string;
  /** to − from: one end of the period is not counted (the CNIL's 19 Dec 2022 – 9 Feb 2023 is 52 days). */
  readonly days: number;
  readonly amountMinor: number;
  /** days × rate (per-day penalties only): the most the authority could have liquidated for the period. */
  readonly rateTimesDaysMinor?: number;
  /** `equal` to rate × days, `below` it (the authority's discretion), or `above` (a question to ask). */
  readonly comparedWithRate?: 'equal' | 'below' | 'above';
  /** False while the decision is dated only to a month that has not ended: not counted as payable yet. */
  readonly payable: boolean;
}

export interface CollectionView {
  readonly eventId: string;
  readonly amountMinor: number;
  readonly payable: boolean;
}

export type AccrualEnd = 'complied' | 'as-of' | 'last-known-non-compliance' | 'no-evidence' | 'not-computable';

export interface PenaltyView {
  readonly currency: string;
  readonly per: Penalty['per'];
  readonly amountMinor?: number;
  readonly maximumMinor?: number;
  readonly payableBy?: Penalty['payable-by'];
  /** The first day the penalty can run: the day after the deadline, or the penalty's own start. */
  readonly firstDay: string;
  /** The last day counted, when any is. */
  readonly lastDay?: string;
  /** Why the count stops where it does. */
  readonly end: AccrualEnd;
  readonly daysLate: number;
  readonly suspendedDays: number;
  /** What the rate gives over the days counted, under the maximum; undefined when the form does not allow it (per breach, unknown). */
  readonly accruedMinor?: number;
  readonly capped: boolean;
  readonly liquidations: readonly LiquidationView[];
  readonly collections: readonly CollectionView[];
  /** Liquidated (astreinte) or collected (dwangsom): the only part that is a sum due. */
  readonly payableMinor: number;
  /** Accrued minus payable: for a liquidation, the most that could still be liquidated, at the authority's discretion; for a forfeiture, forfeited but not collected. */
  readonly notPayableMinor?: number;
  /** What the figures rest on, as data; the renderers word it (src/i18n). */
  readonly notes: readonly PenaltyNote[];
}

export type PenaltyNote =
  | { readonly kind: 'no-deadline' }
  | { readonly kind: 'suspended'; readonly days: number }
  | { readonly kind: 'compliance-unknown' }
  | { readonly kind: 'complied-undated' }
  | { readonly kind: 'no-evidence' }
  /** Counted only to the last day non-compliance is on record. */
  | { readonly kind: 'counted-to'; readonly date: string }
  | { readonly kind: 'per-breach' }
  | { readonly kind: 'breakdown-unknown' }
  /** Each period begun counts in full (assumed); `per` as the case file writes it ("1 week"). */
  | { readonly kind: 'period-begun'; readonly per: string };

export interface PenaltyInput {
  readonly order: Order;
  readonly penalty: Penalty;
  /** The compliance deadline; undefined when none is recorded (then nothing is counted as accrued). */
  readonly deadlineEnd: string | undefined;
  readonly asOf: string;
  readonly eventDates: ReadonlyMap<string, string>;
  readonly suspensions: readonly Suspension[];
  readonly payableBy: Penalty['payable-by'] | undefined;
  /** Publication dates of the case's sources: a status without its own date is as old as its newest source. */
  readonly published: ReadonlyMap<string, string | undefined>;
}

export function penaltyView(input: PenaltyInput): PenaltyView {
  const { order, penalty, deadlineEnd, asOf, eventDates } = input;
  const minor = (text: string | undefined) => (text === undefined ? undefined : minorOf(text, penalty.currency));
  const amountMinor = minor(penalty.amount);
  const maximumMinor = minor(penalty.maximum);
  const notes: PenaltyNote[] = [];
  const dayAfter = deadlineEnd === undefined ? undefined : addDays(deadlineEnd, 1);
  const ownStart = firstDay(penalty.from);
  const start = dayAfter === undefined ? (ownStart ?? asOf) : ownStart !== undefined && ownStart > dayAfter ? ownStart : dayAfter;
  if (deadlineEnd === undefined) notes.push({ kind: 'no-deadline' });
  const stop: { day?: string; end: AccrualEnd } =
    deadlineEnd === undefined ? { end: 'not-computable' } : accrualStop(order.compliance, asOf, input.published, notes);
  const lastCounted = stop.day === undefined ? undefined : minDate(stop.day, asOf);
  const span = lastCounted !== undefined && lastCounted >= start ? { from: start, to: lastCounted } : undefined;
  const suspended = span ? suspendedDays(input.suspensions, order.id, ['accrual', 'compliance'], span.from, span.to) : 0;
  const daysLate = span ? daysBetween(start, span.to) + 1 - suspended : 0;
  if (suspended > 0) notes.push({ kind: 'suspended', days: suspended });
  const raw = deadlineEnd === undefined ? undefined : accrue(penalty, amountMinor, span, daysLate, notes);
  const accruedMinor = raw === undefined ? undefined : maximumMinor === undefined ? raw : Math.min(raw, maximumMinor);

  const liquidations = (penalty.liquidations ?? []).map((l): LiquidationView => {
    const amount = minorOf(l.amount, penalty.currency);
    const days = daysBetween(l.from, l.to);
    const rate = penalty.per === 'day' && amountMinor !== undefined ? safeProduct(days, amountMinor) : undefined;
    const decided = eventDates.get(l.event);
    return {
      eventId: l.event,
      ...(decided?.length === 10 ? { decidedOn: decided } : {}),
      from: l.from,
      to: l.to,
      days,
      amountMinor: amount,
      ...(rate === undefined
        ? {}
        : { rateTimesDaysMinor: rate, comparedWithRate: amount === rate ? 'equal' : amount < rate ? 'below' : 'above' }),
      // A decision known only to the month counts once the whole month has passed.
      payable: (lastDay(decided) ?? '9999-12-31') <= asOf,
    };
  });
  const collections = (penalty.collections ?? []).map((l): CollectionView => ({
    eventId: l.event,
    amountMinor: minorOf(l.amount, penalty.currency),
    payable: (lastDay(eventDates.get(l.event)) ?? '9999-12-31') <= asOf,
  }));
  // In BigInt: liquidations can add up past 2^53 minor units; toSafeMinor then refuses (RangeError).
  const payableMinor = toSafeMinor(
    [...liquidations, ...collections].filter((l) => l.payable).reduce((sum, l) => sum + BigInt(l.amountMinor), 0n),
    'the payable total',
  );
  return {
    currency: penalty.currency,
    per: penalty.per,
    ...(amountMinor === undefined ? {} : { amountMinor }),
    ...(maximumMinor === undefined ? {} : { maximumMinor }),
    ...(input.payableBy ? { payableBy: input.payableBy } : {}),
    firstDay: start,
    ...(span ? { lastDay: span.to } : {}),
    end: stop.end,
    daysLate,
    suspendedDays: suspended,
    ...(accruedMinor === undefined ? {} : { accruedMinor, notPayableMinor: Math.max(0, accruedMinor - payableMinor) }),
    capped: raw !== undefined && maximumMinor !== undefined && raw > maximumMinor,
    liquidations,
    collections,
    payableMinor,
    notes,
  };
}

/** The last day non-compliance is on record, and why the count stops there. */
function accrualStop(
  compliance: Compliance | undefined,
  asOf: string,
  published: ReadonlyMap<string, string | undefined>,
  notes: PenaltyNote[],
): { day?: string; end: AccrualEnd } {
  if (compliance === undefined || compliance.status === 'unknown') {
    notes.push({ kind: 'compliance-unknown' });
    return { end: 'no-evidence' };
  }
  if (compliance.status === 'complied') {
    const day = firstDay(compliance.date);
    if (day === undefined) {
      notes.push({ kind: 'complied-undated' });
      return { end: 'no-evidence' };
    }
    // The compliance day itself is a day late (the CNIL's example: "2 mois et 10 jours" is 10 days).
    return { day, end: 'complied' };
  }
  if (compliance.continuing === true) return { day: asOf, end: 'as-of' };
  const known = statusKnownOn(compliance, published);
  if (known === undefined) {
    notes.push({ kind: 'no-evidence' });
    return { end: 'no-evidence' };
  }
  if (known < asOf) notes.push({ kind: 'counted-to', date: known });
  return { day: known, end: known < asOf ? 'last-known-non-compliance' : 'as-of' };
}

function accrue(
  penalty: Penalty,
  amountMinor: number | undefined,
  span: { from: string; to: string } | undefined,
  days: number,
  notes: PenaltyNote[],
) {
  if (penalty.per === 'breach' || penalty.per === 'unknown' || amountMinor === undefined) {
    notes.push({ kind: penalty.per === 'breach' ? 'per-breach' : 'breakdown-unknown' });
    return undefined;
  }
  if (span === undefined || days <= 0) return 0;
  if (penalty.per === 'day') return safeProduct(days, amountMinor);
  if (penalty.per === 'lump-sum') return amountMinor;
  const period = parseSimplePeriod(penalty.per);
  if (period === undefined) return undefined;
  notes.push({ kind: 'period-begun', per: penalty.per });
  let periods = 0;
  for (let begins = span.from; begins <= span.to && periods <= days; begins = advance(span.from, period, periods)) periods++;
  return safeProduct(periods, amountMinor);
}

/** from + n periods (weeks as 7 days; months and years by the calendar). */
function advance(from: string, period: PeriodPart, n: number): string {
  const count = period.count * n;
  if (period.unit === 'month') return addMonths(from, count);
  if (period.unit === 'year') return addYears(from, count);
  return addDays(from, period.unit === 'week' ? count * 7 : count);
}

function safeProduct(count: number, unitMinor: number): number {
  const product = count * unitMinor;
  if (!Number.isSafeInteger(product)) throw new RangeError(`penalty too large to compute exactly: ${count} × ${unitMinor}`);
  return product;
}

/** The day a status is last confirmed: its own `as-of`, or else the newest publication among its sources. */
export function statusKnownOn(
  status: { readonly 'as-of'?: string | undefined; readonly sources?: readonly string[] | undefined },
  published: ReadonlyMap<string, string | undefined>,
): string | undefined {
  const newestSource = (status.sources ?? [])
    .map((id) => firstDay(published.get(id)))
    .reduce<string | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined);
  return firstDay(status['as-of']) ?? newestSource;
}

/** How a penalty becomes payable when the case does not say: the jurisdiction's instrument. */
export function payableBy(c: Case, penalty: Penalty): Penalty['payable-by'] | undefined {
  if (penalty['payable-by'] !== undefined) return penalty['payable-by'];
  if (c.jurisdiction === 'FR') return 'liquidation'; // Décret 2019-536 art. 44
  if (c.jurisdiction === 'NL') return 'forfeiture'; // Awb 5:33
  return undefined;
}

/** Amounts were checked by validation; a failure here is a bug, not bad input. */
export function minorOf(text: string, currency: string): number {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) throw new Error(`amount "${text}" ${currency} was not validated: ${parsed.detail}`);
  return parsed.minor;
}
