// Each fine as a reader needs it: imposed, in EUR at the ECB rate of the decision date, against
// its legal cap, where the appeals leave it, whether it is enforceable now and why, and what was
// collected. Enforceable means: imposed, notified (or, when the date is unknown, assumed so and
// said), not annulled or remitted, and not suspended, by a recorded suspension or by a pending
// challenge where the jurisdiction's law makes a challenge suspensive.
import type { Case, Fine } from '../model/case-schema.js';
import { convertToEurOn, type Conversion } from '../core/money/convert.js';
import { parseDateText } from '../core/dates/date-text.js';
import { notificationOf, type Notification } from './anchor.js';
import { measureAppeals, type MeasureAppeals } from './appeal-graph.js';
import { lastDay } from './as-known.js';
import type { AnalysisContext, Money } from './context.js';
import { capCheck, type CapCheck } from './fine-cap.js';
import { failureOf, type MoneyProblem } from './money-problem.js';
import { minorOf } from './penalties.js';
import { challengeSuspends, suspensionOn } from './suspensions.js';

/** What qualifies a fine's enforceability, worded by each locale (src/i18n). */
export type FineNote =
  | { readonly kind: 'annulled' }
  | { readonly kind: 'remitted' }
  | { readonly kind: 'not-notified'; readonly asOf: string }
  | { readonly kind: 'payment-suspended'; readonly from: string; readonly by: string; readonly body?: string }
  /** IE: a fine takes effect only once a court confirms it; `rule` is its citation. */
  | { readonly kind: 'needs-confirmation'; readonly rule: string; readonly confirmed: boolean }
  | { readonly kind: 'suspended-by-appeal'; readonly citation: string; readonly confirmed: boolean }
  | { readonly kind: 'reduced' }
  | { readonly kind: 'appeal-not-suspensive'; readonly citation: string }
  | { readonly kind: 'appeal-no-rule'; readonly jurisdiction: string }
  | { readonly kind: 'notification-unknown' };

export type EurAmount = { readonly ok: true; readonly conversion: Conversion } | { readonly ok: false; readonly problem: MoneyProblem };
export type { CapCheck } from './fine-cap.js';

export type Enforceability =
  'enforceable' | 'enforceable-if-notified' | 'not-notified' | 'annulled' | 'remitted' | 'suspended' | 'suspended-by-appeal';

export interface FineView {
  readonly caseId: string;
  readonly measureId: string;
  readonly authority: string;
  readonly country: string;
  readonly respondent: string;
  readonly law: Case['law'];
  readonly tier: Fine['tier'];
  readonly decisionDate: string;
  /** Always true on a record cut to the as-of day; kept for readers of the JSON shape. */
  readonly imposedByAsOf: boolean;
  readonly imposed: Money;
  readonly eur: EurAmount;
  readonly cap: CapCheck;
  readonly proposed?: Money & { readonly approximate: boolean };
  readonly appeal: MeasureAppeals;
  readonly notification: Notification;
  readonly enforceability: Enforceability;
  /** What can be collected now. */
  readonly enforceable: Money;
  /** One line: why the enforceable amount is what it is. */
  /** Why the fine is (not) enforceable beyond its state, as data the renderers word. */
  readonly enforceableNotes?: readonly FineNote[];
  readonly paid: Money;
  readonly paymentStatus: NonNullable<Fine['payment']>['status'];
}

export function caseFines(c: Case, context: AnalysisContext): FineView[] {
  return (c.measures ?? []).filter((m): m is Fine => m.kind === 'fine').map((fine) => fineView(c, fine, context));
}

function fineView(c: Case, fine: Fine, context: AnalysisContext): FineView {
  const decision = c.events.find((e) => e.id === fine.decision);
  const decisionDate = decision?.date ?? '';
  const imposed = { minor: minorOf(fine.amount, fine.currency), currency: fine.currency };
  const appeal = measureAppeals(c, fine);
  const notification: Notification = decision ? notificationOf(decision) : { state: 'unknown' };
  const { enforceability, amount, notes } = enforceable(c, fine, imposed, appeal, notification, context.asOf);
  const proposedCurrency = fine.proposed?.currency ?? fine.currency;
  const addressed = fine.respondents ?? c.respondents.map((r) => r.id);
  return {
    caseId: c.id,
    measureId: fine.id,
    authority: c.authority.short,
    country: c.authority.country,
    respondent: c.respondents
      .filter((r) => addressed.includes(r.id))
      .map((r) => r.name)
      .join(' and '),
    law: c.law,
    tier: fine.tier,
    decisionDate,
    imposedByAsOf: true,
    imposed,
    eur: toEur(imposed, decisionDate, context),
    cap: capCheck(c, fine, context.rates),
    ...(fine.proposed
      ? {
          proposed: {
            minor: minorOf(fine.proposed.amount, proposedCurrency),
            currency: proposedCurrency,
            approximate: fine.proposed.approximate === true,
          },
        }
      : {}),
    appeal,
    notification,
    enforceability,
    enforceable: amount,
    ...(notes ? { enforceableNotes: notes } : {}),
    paid: { minor: paidAsOf(fine, context.asOf), currency: fine.currency },
    paymentStatus: fine.payment?.status ?? 'unknown',
  };
}

function enforceable(
  c: Case,
  fine: Fine,
  imposed: Money,
  appeal: MeasureAppeals,
  notification: Notification,
  asOf: string,
): { enforceability: Enforceability; amount: Money; notes?: readonly FineNote[] } {
  const zero = { minor: 0, currency: imposed.currency };
  if (appeal.standing === 'annulled') return { enforceability: 'annulled', amount: zero, notes: [{ kind: 'annulled' }] };
  if (appeal.standing === 'remitted') return { enforceability: 'remitted', amount: zero, notes: [{ kind: 'remitted' }] };
  if (notification.state === 'not-notified')
    return { enforceability: 'not-notified', amount: zero, notes: [{ kind: 'not-notified', asOf: notification.asOf }] };
  const recorded = suspensionOn(c.suspensions ?? [], fine.id, ['payment'], asOf);
  if (recorded)
    return {
      enforceability: 'suspended',
      amount: zero,
      notes: [{ kind: 'payment-suspended', from: recorded.from, by: recorded.by, ...(recorded.body ? { body: recorded.body } : {}) }],
    };
  const rule = challengeSuspends(c, 'payment');
  // IE: with no appeal decided, a fine has not taken effect; no confirmation can be recorded yet.
  if (rule?.fineNeedsConfirmation !== undefined && !appeal.pending && appeal.state === 'none')
    return {
      enforceability: 'suspended',
      amount: zero,
      notes: [{ kind: 'needs-confirmation', rule: rule.fineNeedsConfirmation, confirmed: rule.confirmed }],
    };
  if (appeal.pending && rule?.suspends === true)
    return {
      enforceability: 'suspended-by-appeal',
      amount: zero,
      notes: [{ kind: 'suspended-by-appeal', citation: rule.citation, confirmed: rule.confirmed }],
    };
  const amount =
    appeal.standing === 'reduced' ? { minor: minorOf(appeal.reducedTo ?? fine.amount, fine.currency), currency: fine.currency } : imposed;
  const notes: FineNote[] = [
    ...(appeal.standing === 'reduced' ? [{ kind: 'reduced' } as const] : []),
    ...(appeal.pending
      ? [
          rule
            ? ({ kind: 'appeal-not-suspensive', citation: rule.citation } as const)
            : ({ kind: 'appeal-no-rule', jurisdiction: c.jurisdiction } as const),
        ]
      : []),
    ...(notification.state === 'unknown' ? [{ kind: 'notification-unknown' } as const] : []),
  ];
  return {
    enforceability: notification.state === 'unknown' ? 'enforceable-if-notified' : 'enforceable',
    amount,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function toEur(amount: Money, date: string, context: AnalysisContext): EurAmount {
  const day = parseDateText(date);
  if (!('range' in day) || day.range.precision !== 'day') return { ok: false, problem: { kind: 'date-imprecise', date } };
  const result = convertToEurOn(context.rates, amount.minor, amount.currency, date);
  return result.ok
    ? { ok: true, conversion: result.conversion }
    : { ok: false, problem: { kind: 'conversion', failure: failureOf(result) } };
}

/** What had been collected by the as-of day: a payment dated to a month counts once the month is over. */
function paidAsOf(fine: Fine, asOf: string): number {
  const payment = fine.payment;
  if (payment?.paid === undefined) return 0;
  const last = lastDay(payment.date);
  if (last !== undefined && last > asOf) return 0;
  return minorOf(payment.paid, fine.currency);
}
