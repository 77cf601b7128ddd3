// Every deadline of a case, computed under its jurisdiction's rules, with its status as of a day:
// compliance with orders, payment of fines, and the periods the law attaches to events.
import type { Case, Due, Fine, LawDeadline, Order } from '../model/case-schema.js';
import { computeDeadline, type DeadlineResult } from '../core/time/deadline.js';
import { daysBetween } from '../core/time/calendar-date.js';
import { parsePeriod } from '../core/time/period.js';
import type { Jurisdiction } from '../core/time/conventions.js';
import { anchorOf, type Anchor } from './anchor.js';
import type { AnalysisContext } from './context.js';
import { penaltyView, type PenaltyView } from './penalties.js';

export type DeadlineKind = 'compliance' | 'payment' | 'legal-period';
export type DeadlineStatus = 'met' | 'open' | 'missed' | 'expired' | 'unknown' | 'not-computable';

export interface DeadlineView {
  readonly caseId: string;
  /** Unique within the case: the measure id for compliance and payment, the deadline id otherwise. */
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly label: string;
  readonly jurisdiction: Jurisdiction;
  readonly measureId?: string;
  readonly anchor?: Extract<Anchor, { ok: true }>;
  /** The engine's working, when the deadline is a period. */
  readonly computation?: DeadlineResult;
  /** A last day named in the decision itself. */
  readonly fixedDate?: string;
  readonly end?: string;
  readonly status: DeadlineStatus;
  /** Days from asOf to the end (open deadlines). */
  readonly daysLeft?: number;
  /** Days after the end that the obligation was (or still is) unmet. */
  readonly daysLate?: number;
  /** When the obligation was met, if it was. */
  readonly metOn?: string;
  readonly penalty?: PenaltyView;
  readonly assumptions: readonly string[];
  readonly basis?: string;
  /** Why the deadline cannot be computed. */
  readonly problem?: string;
}

export function caseDeadlines(c: Case, context: AnalysisContext): DeadlineView[] {
  const views: DeadlineView[] = [];
  for (const measure of c.measures ?? []) {
    if ((measure.kind === 'order' || measure.kind === 'ban') && measure.due)
      views.push(complianceDeadline(c, measure, measure.due, context));
    if (measure.kind === 'fine' && measure.due) views.push(paymentDeadline(c, measure, measure.due, context));
  }
  for (const deadline of c.deadlines ?? []) views.push(legalPeriod(c, deadline, context));
  return views;
}

interface Computed {
  readonly jurisdiction: Jurisdiction;
  readonly anchor?: Extract<Anchor, { ok: true }>;
  readonly computation?: DeadlineResult;
  readonly fixedDate?: string;
  readonly end?: string;
  readonly assumptions: string[];
  readonly problem?: string;
}

function compute(c: Case, due: Due | LawDeadline, periodSource: 'statute' | 'decision', context: AnalysisContext): Computed {
  const jurisdiction: Jurisdiction = 'jurisdiction' in due && due.jurisdiction ? due.jurisdiction : c.jurisdiction;
  if ('date' in due) return { jurisdiction, fixedDate: due.date, end: due.date, assumptions: [] };
  const anchor = anchorOf(c, due.from);
  if (!anchor.ok) return { jurisdiction, assumptions: [], problem: anchor.reason };
  const period = parsePeriod(due.period);
  if (!period) return { jurisdiction, anchor, assumptions: [], problem: `"${due.period}" is not a period` };
  try {
    const computation = computeDeadline(
      {
        start: anchor.date,
        period,
        jurisdiction,
        periodSource,
        ...(due.extend === undefined ? {} : { extend: due.extend }),
        ...(due.franc ? { francDelay: true } : {}),
        ...(due['summer-suspension'] ? { summerSuspension: true } : {}),
      },
      context.calendarFor(jurisdiction, {
        ...(due['holiday-country'] ? { holidayCountry: due['holiday-country'] } : {}),
        ...(due['saturday-working'] ? { saturdayWorking: true } : {}),
      }),
    );
    const assumptions = [...(anchor.assumption ? [anchor.assumption] : []), ...computation.assumptions];
    return { jurisdiction, anchor, computation, end: computation.end, assumptions };
  } catch (error) {
    return { jurisdiction, anchor, assumptions: [], problem: error instanceof Error ? error.message : String(error) };
  }
}

function timing(
  end: string | undefined,
  metOn: string | undefined,
  asOf: string,
): Pick<DeadlineView, 'status' | 'daysLeft' | 'daysLate' | 'metOn'> {
  if (end === undefined) return { status: 'not-computable' };
  if (metOn !== undefined && metOn <= asOf) {
    return metOn <= end ? { status: 'met', metOn } : { status: 'missed', metOn, daysLate: daysBetween(end, metOn) };
  }
  if (asOf <= end) return { status: 'open', daysLeft: daysBetween(asOf, end) };
  return { status: 'missed', daysLate: daysBetween(end, asOf) };
}

function complianceDeadline(c: Case, order: Order, due: Due, context: AnalysisContext): DeadlineView {
  const computed = compute(c, due, 'decision', context);
  const compliance = order.compliance;
  const metOn = compliance?.status === 'complied' ? compliance.date : undefined;
  let status = timing(computed.end, metOn, context.asOf);
  // Past the deadline with compliance unknown, the record cannot say the order was missed.
  if (
    status.status === 'missed' &&
    metOn === undefined &&
    compliance?.status !== 'not-complied' &&
    compliance?.status !== 'partly-complied'
  ) {
    status = { status: 'unknown' };
  }
  const eventDates = new Map(c.events.map((e) => [e.id, e.date]));
  let penalty: PenaltyView | undefined;
  let problem: string | undefined;
  try {
    penalty =
      order.penalty && computed.end && status.status !== 'not-computable'
        ? penaltyView(order, order.penalty, computed.end, context.asOf, eventDates)
        : undefined;
  } catch (error) {
    // Days × rate or a sum of liquidations past 2^53 minor units: the case's data, not a bug.
    if (!(error instanceof RangeError)) throw error;
    problem = `the penalty payment cannot be computed exactly: ${error.message}`;
  }
  return {
    caseId: c.id,
    id: order.id,
    kind: 'compliance',
    label: order.summary,
    measureId: order.id,
    ...withoutUndefined(computed),
    ...status,
    ...(penalty ? { penalty } : {}),
    ...(problem === undefined ? {} : { problem }),
    ...('basis' in due && due.basis ? { basis: due.basis } : {}),
  };
}

function paymentDeadline(c: Case, fine: Fine, due: Due, context: AnalysisContext): DeadlineView {
  const computed = compute(c, due, 'decision', context);
  const payment = fine.payment;
  const metOn = payment?.status === 'paid' ? payment.date : undefined;
  let status = timing(computed.end, metOn, context.asOf);
  if (status.status === 'missed' && metOn === undefined && (payment === undefined || payment.status === 'unknown'))
    status = { status: 'unknown' };
  return {
    caseId: c.id,
    id: fine.id,
    kind: 'payment',
    label: `Payment: ${fine.summary}`,
    measureId: fine.id,
    ...withoutUndefined(computed),
    ...status,
    ...('basis' in due && due.basis ? { basis: due.basis } : {}),
  };
}

function legalPeriod(c: Case, deadline: LawDeadline, context: AnalysisContext): DeadlineView {
  const computed = compute(c, deadline, 'statute', context);
  const status: Pick<DeadlineView, 'status' | 'daysLeft'> =
    computed.end === undefined
      ? { status: 'not-computable' }
      : context.asOf <= computed.end
        ? { status: 'open', daysLeft: daysBetween(context.asOf, computed.end) }
        : { status: 'expired' };
  return {
    caseId: c.id,
    id: deadline.id,
    kind: 'legal-period',
    label: deadline.label,
    ...withoutUndefined(computed),
    ...status,
    ...(deadline.basis ? { basis: deadline.basis } : {}),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Earliest first; then by case and id, so that the order never depends on file order. */
export function sortDeadlines(views: readonly DeadlineView[]): DeadlineView[] {
  const key = (v: DeadlineView) => v.end ?? '9999-99-99';
  return [...views].sort((a, b) =>
    key(a) < key(b)
      ? -1
      : key(a) > key(b)
        ? 1
        : a.caseId < b.caseId
          ? -1
          : a.caseId > b.caseId
            ? 1
            : a.id < b.id
              ? -1
              : a.id > b.id
                ? 1
                : 0,
  );
}
