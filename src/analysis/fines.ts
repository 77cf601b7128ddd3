// Each fine as a reader needs it: imposed, in EUR at the ECB rate of the decision date, against
// its legal cap, where the appeals leave it, what is enforceable now, and what was collected.
import type { Case, Fine } from '../model/case-schema.js';
import { convertToEurOn, type Conversion } from '../core/money/convert.js';
import { checkFineAgainstCap, fineCap, type FineCap } from '../core/money/caps.js';
import { parseDateText } from '../core/dates/date-text.js';
import { appealStatusOf, type AppealStatus } from './appeals.js';
import type { AnalysisContext, Money } from './context.js';
import { minorOf } from './penalties.js';

export type EurAmount = { readonly ok: true; readonly conversion: Conversion } | { readonly ok: false; readonly reason: string };
export type CapCheck =
  | { readonly ok: true; readonly cap: FineCap; readonly status: ReturnType<typeof checkFineAgainstCap>['status'] }
  | { readonly ok: false; readonly reason: string };

export interface FineView {
  readonly caseId: string;
  readonly measureId: string;
  readonly authority: string;
  readonly country: string;
  readonly respondent: string;
  readonly law: Case['law'];
  readonly tier: Fine['tier'];
  readonly decisionDate: string;
  /** False when the decision comes after the as-of day: the fine did not exist yet and counts in no total. */
  readonly imposedByAsOf: boolean;
  readonly imposed: Money;
  readonly eur: EurAmount;
  readonly cap: CapCheck;
  readonly proposed?: Money & { readonly approximate: boolean };
  readonly appeal: AppealStatus;
  /** What can be collected now, after appeals (a pending UK appeal suspends it). */
  readonly enforceable: Money;
  readonly enforceableNote?: string;
  readonly paid: Money;
  readonly paymentStatus: NonNullable<Fine['payment']>['status'];
}

export function caseFines(c: Case, context: AnalysisContext): FineView[] {
  return (c.measures ?? []).filter((m): m is Fine => m.kind === 'fine').map((fine) => fineView(c, fine, context));
}

function fineView(c: Case, fine: Fine, context: AnalysisContext): FineView {
  const decisionDate = c.events.find((e) => e.id === fine.decision)?.date ?? '';
  const imposed = { minor: minorOf(fine.amount, fine.currency), currency: fine.currency };
  const appeal = appealStatusOf(c, fine.id, context.asOf);
  const imposedByAsOf = decisionDate.slice(0, 10) <= context.asOf;
  const { enforceable, note } = imposedByAsOf
    ? enforceableAmount(c, fine, imposed, appeal)
    : { enforceable: { minor: 0, currency: fine.currency }, note: 'not yet imposed on the as-of day' };
  const proposedCurrency = fine.proposed?.currency ?? fine.currency;
  return {
    caseId: c.id,
    measureId: fine.id,
    authority: c.authority.short,
    country: c.authority.country,
    respondent: c.respondent.name,
    law: c.law,
    tier: fine.tier,
    decisionDate,
    imposedByAsOf,
    imposed,
    eur: toEur(imposed, decisionDate, context),
    cap: capCheck(c, fine),
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
    enforceable,
    ...(note ? { enforceableNote: note } : {}),
    paid: { minor: paidAsOf(fine, context.asOf), currency: fine.currency },
    paymentStatus: fine.payment?.status ?? 'unknown',
  };
}

function enforceableAmount(c: Case, fine: Fine, imposed: Money, appeal: AppealStatus): { enforceable: Money; note?: string } {
  const zero = { minor: 0, currency: imposed.currency };
  const settledAmount = (): Money =>
    appeal.settled === 'annulled'
      ? zero
      : appeal.settled === 'reduced'
        ? { minor: minorOf(appeal.reducedTo ?? fine.amount, fine.currency), currency: fine.currency }
        : imposed;
  switch (appeal.state) {
    case 'annulled':
      return { enforceable: zero, note: 'annulled on appeal' };
    case 'reduced':
      return { enforceable: settledAmount(), note: 'as reduced on appeal' };
    case 'pending':
    case 'remitted':
      // DPA 2018 Sch 16 (recalled, unconfirmed): no enforcement until the appeal is determined.
      // Elsewhere an appeal does not suspend a fine by itself (an interim order would be needed),
      // so the last decided outcome stands.
      if (c.jurisdiction === 'GB') return { enforceable: zero, note: 'suspended until the appeal is determined (DPA 2018 Sch 16)' };
      return { enforceable: settledAmount(), note: 'appeal pending; not suspensive by itself' };
    case 'none':
    case 'upheld':
      return { enforceable: imposed };
  }
}

function toEur(amount: Money, date: string, context: AnalysisContext): EurAmount {
  const day = parseDateText(date);
  if (!('range' in day) || day.range.precision !== 'day') return { ok: false, reason: `the decision date ${date} is not known to the day` };
  const result = convertToEurOn(context.rates, amount.minor, amount.currency, date);
  return result.ok ? { ok: true, conversion: result.conversion } : { ok: false, reason: result.detail };
}

/** The fine against the Art. 83 (or UK GDPR) maximum that applies to it. */
export function capCheck(c: Case, fine: Fine): CapCheck {
  const imposed = { minor: minorOf(fine.amount, fine.currency), currency: fine.currency };
  const decisionYear = Number(c.events.find((e) => e.id === fine.decision)?.date.slice(0, 4));
  // Art. 83(4)-(6): the turnover of the preceding financial year.
  const turnover = (c.respondent.turnover ?? []).find((t) => t.year === decisionYear - 1);
  const result = fineCap({
    law: c.law,
    tier: fine.tier,
    ...(turnover
      ? { turnover: { minor: minorOf(turnover.amount, turnover.currency), currency: turnover.currency, year: turnover.year } }
      : {}),
  });
  if (!result.ok) return { ok: false, reason: result.detail };
  if (result.cap.currency !== imposed.currency)
    return { ok: false, reason: `the cap is in ${result.cap.currency} and the fine in ${imposed.currency}` };
  return { ok: true, cap: result.cap, status: checkFineAgainstCap(imposed.minor, result.cap).status };
}

/** What had been collected by the as-of day: a payment dated later does not count yet. */
function paidAsOf(fine: Fine, asOf: string): number {
  const payment = fine.payment;
  if (payment?.paid === undefined) return 0;
  if (payment.date?.length === 10 && payment.date > asOf) return 0;
  return minorOf(payment.paid, fine.currency);
}
