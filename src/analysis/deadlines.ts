// Every deadline of a case, computed under its jurisdiction's rules, with its status as of a day:
// compliance with orders, payment of fines, and the periods the law attaches to events.
import type { Case, CaseJurisdiction, Due, Fine, LawDeadline, Order } from '../model/case-schema.js';
import { daysBetween } from '../core/time/calendar-date.js';
import type { Assumption, DeadlineResult } from '../core/time/deadline.js';
import type { Anchor } from './anchor.js';
import { firstDay, lastDay } from './as-known.js';
import type { AnalysisContext } from './context.js';
import type { DeadlineProblem, SuspensionCause } from './deadline-problem.js';
import { computeDue, type AlternativeKind, type Computed } from './deadline-compute.js';
import { measureAppeals } from './appeal-graph.js';
import { payableBy, penaltyView, statusKnownOn, type PenaltyView } from './penalties.js';
import { challengeSuspends, suspensionOn } from './suspensions.js';

export type DeadlineKind = 'compliance' | 'payment' | 'legal-period';
export type DeadlineStatus =
  | 'met'
  | 'open'
  | 'missed'
  | 'overdue'
  | 'expired'
  | 'unknown'
  | 'not-started'
  | 'superseded'
  | 'suspended'
  | 'ambiguous'
  | 'not-computable';

export interface DeadlineView {
  readonly caseId: string;
  /** Unique within the case: the measure id for compliance and payment, the deadline id otherwise. */
  readonly id: string;
  readonly kind: DeadlineKind;
  /** As the case file writes it; for a payment, the fine's summary (renderers prefix it). */
  readonly label: string;
  readonly jurisdiction: CaseJurisdiction;
  readonly measureId?: string;
  readonly anchor?: Extract<Anchor, { ok: true }>;
  /** The engine's working, when the deadline is a period. */
  readonly computation?: DeadlineResult;
  /** Another reading of an open point of law, and its last day; status uses the later of the two. */
  /** `kind` names the open point, which renderers word in their locale. */
  readonly alternative?: { readonly end: string; readonly kind: AlternativeKind };
  /** A last day named in the decision itself. */
  readonly fixedDate?: string;
  /** The decision says "before" this day (the first of a month or year it names); `fixedDate` is the day before. */
  readonly fixedBefore?: string;
  readonly end?: string;
  readonly status: DeadlineStatus;
  /** Days from asOf to the end (open deadlines). */
  readonly daysLeft?: number;
  /** Days after the end that the obligation was (or is on record as) unmet. */
  readonly daysLate?: number;
  /** When the obligation was met, if it was. */
  readonly metOn?: string;
  /** `superseded`: the event that took the place of the order. */
  readonly supersededBy?: { readonly eventId: string; readonly date: string };
  /** `not-started`: the day a source last says the decision was not notified. */
  readonly notNotifiedAsOf?: string;
  /** `ambiguous`: the month or year the compliance is dated to, which straddles the end. */
  readonly metWithin?: string;
  /** `suspended`: why. */
  readonly suspendedBy?: SuspensionCause;
  /** `missed`: non-compliance is on record only until this day; days late are counted to it. */
  readonly lateUntil?: string;
  /** `unknown`: the order was complied with on a date the record does not give. */
  readonly compliedUndated?: true;
  readonly penalty?: PenaltyView;
  readonly assumptions: readonly Assumption[];
  readonly basis?: string;
  /** Why the deadline cannot be computed. */
  readonly problem?: DeadlineProblem;
}

export function caseDeadlines(c: Case, context: AnalysisContext): DeadlineView[] {
  const views: DeadlineView[] = [];
  for (const measure of c.measures ?? []) {
    // An order under penalty is listed even without a deadline: its maximum is still exposure.
    if ((measure.kind === 'order' || measure.kind === 'ban') && (measure.due || measure.penalty))
      views.push(complianceDeadline(c, measure, measure.due, context));
    if (measure.kind === 'fine' && measure.due) views.push(paymentDeadline(c, measure, measure.due, context));
  }
  for (const deadline of c.deadlines ?? []) views.push(legalPeriod(c, deadline, context));
  return views;
}

type Timing = Pick<DeadlineView, 'status' | 'daysLeft' | 'daysLate' | 'metOn' | 'notNotifiedAsOf' | 'metWithin'>;

function notStarted(computed: Computed): Timing | undefined {
  return computed.notNotifiedAsOf === undefined ? undefined : { status: 'not-started', notNotifiedAsOf: computed.notNotifiedAsOf };
}

function timing(end: string | undefined, met: string | undefined, asOf: string, late: 'missed' | 'overdue'): Timing {
  if (end === undefined) return { status: 'not-computable' };
  if (met !== undefined) {
    const first = firstDay(met);
    const last = lastDay(met);
    if (first !== undefined && last !== undefined && first !== last && first <= end && end < last)
      return { status: 'ambiguous', metWithin: met };
    if (first !== undefined && first <= asOf)
      return first <= end ? { status: 'met', metOn: met } : { status: late, metOn: met, daysLate: daysBetween(end, first) };
  }
  if (asOf <= end) return { status: 'open', daysLeft: daysBetween(asOf, end) };
  return { status: late, daysLate: daysBetween(end, asOf) };
}

function complianceDeadline(c: Case, order: Order, due: Due | undefined, context: AnalysisContext): DeadlineView {
  const computed: Computed = due
    ? computeDue(c, due, 'decision', context)
    : { jurisdiction: c.jurisdiction, assumptions: [], problem: { kind: 'no-compliance-deadline' } };
  const compliance = order.compliance;
  const metOn = compliance?.status === 'complied' ? compliance.date : undefined;
  let status = notStarted(computed) ?? timing(computed.end, metOn, context.asOf, 'missed');
  let supersededBy: DeadlineView['supersededBy'];
  let lateUntil: string | undefined;
  let suspendedBy: SuspensionCause | undefined;
  const superseding = c.events.find((e) => e.id === order['superseded-by']);
  const supersededOn = firstDay(superseding?.date);
  if (superseding && supersededOn !== undefined && computed.end !== undefined) {
    supersededBy = { eventId: superseding.id, date: superseding.date };
    // Days late stop counting at the event that took the order's place.
    status = {
      status: 'superseded',
      ...(supersededOn > computed.end && metOn === undefined ? { daysLate: daysBetween(computed.end, supersededOn) } : {}),
    };
  } else if (status.status === 'missed' || status.status === 'open') {
    const recorded = suspensionOn(c.suspensions ?? [], order.id, ['compliance'], context.asOf);
    const byChallenge = challengeSuspends(c, 'compliance');
    if (recorded)
      suspendedBy = { kind: 'recorded', from: recorded.from, by: recorded.by, ...(recorded.body ? { body: recorded.body } : {}) };
    else if (byChallenge?.suspends === true && measureAppeals(c, order).pending)
      suspendedBy = { kind: 'pending-appeal', citation: byChallenge.citation, confirmed: byChallenge.confirmed };
    if (suspendedBy !== undefined) status = { status: 'suspended' };
    else if (status.status === 'missed' && compliance?.status === 'complied' && metOn === undefined) status = { status: 'unknown' };
    else if (
      status.status === 'missed' &&
      metOn === undefined &&
      compliance?.status === 'not-complied' &&
      compliance.continuing !== true &&
      lastKnownLate(c, compliance, context.asOf) !== undefined
    ) {
      const until = lastKnownLate(c, compliance, context.asOf) ?? context.asOf;
      status =
        computed.end !== undefined && until > computed.end ? { status: 'missed', daysLate: daysBetween(computed.end, until) } : status;
      lateUntil = until;
    } else if (
      status.status === 'missed' &&
      metOn === undefined &&
      compliance?.status !== 'not-complied' &&
      compliance?.status !== 'partly-complied'
    ) {
      // Past the deadline with compliance unknown, the record cannot say the order was missed.
      status = { status: 'unknown' };
    }
  }
  const eventDates = new Map(c.events.map((e) => [e.id, e.date]));
  let penalty: PenaltyView | undefined;
  let problem: DeadlineProblem | undefined;
  try {
    penalty =
      order.penalty && supersededBy === undefined && status.status !== 'not-started' && (computed.end !== undefined || due === undefined)
        ? penaltyView({
            order,
            penalty: order.penalty,
            deadlineEnd: computed.end,
            asOf: context.asOf,
            eventDates,
            suspensions: c.suspensions ?? [],
            payableBy: payableBy(c, order.penalty),
            published: new Map(c.sources.map((s) => [s.id, s.published])),
          })
        : undefined;
  } catch (error) {
    // Days × rate or a sum of liquidations past 2^53 minor units: the case's data, not a bug.
    if (!(error instanceof RangeError)) throw error;
    problem = { kind: 'penalty-too-large', message: error.message };
  }
  return {
    caseId: c.id,
    id: order.id,
    kind: 'compliance',
    label: order.summary,
    measureId: order.id,
    ...withoutUndefined(computed),
    ...status,
    ...(supersededBy ? { supersededBy } : {}),
    ...(suspendedBy ? { suspendedBy } : {}),
    ...(lateUntil ? { lateUntil } : {}),
    ...(status.status === 'unknown' && compliance?.status === 'complied' ? { compliedUndated: true as const } : {}),
    ...(penalty ? { penalty } : {}),
    ...(problem === undefined ? {} : { problem }),
    ...(due && 'basis' in due && due.basis ? { basis: due.basis } : {}),
  };
}

function paymentDeadline(c: Case, fine: Fine, due: Due, context: AnalysisContext): DeadlineView {
  const computed = computeDue(c, due, 'decision', context);
  const payment = fine.payment;
  const metOn = payment?.status === 'paid' ? payment.date : undefined;
  let status = notStarted(computed) ?? timing(computed.end, metOn, context.asOf, 'overdue');
  // A missed payment does not expire: the sum is overdue. Without a payment record it is unknown.
  if (status.status === 'overdue' && metOn === undefined && (payment === undefined || payment.status === 'unknown'))
    status = { status: 'unknown' };
  return {
    caseId: c.id,
    id: fine.id,
    kind: 'payment',
    // The renderers put the locale's "Payment: " before a payment's label (src/render/deadline-label.ts).
    label: fine.summary,
    measureId: fine.id,
    ...withoutUndefined(computed),
    ...status,
    ...('basis' in due && due.basis ? { basis: due.basis } : {}),
  };
}

function legalPeriod(c: Case, deadline: LawDeadline, context: AnalysisContext): DeadlineView {
  const computed = computeDue(c, deadline, 'statute', context);
  const status: Timing =
    notStarted(computed) ??
    (computed.end === undefined
      ? { status: 'not-computable' }
      : context.asOf <= computed.end
        ? { status: 'open', daysLeft: daysBetween(context.asOf, computed.end) }
        : { status: 'expired' });
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
  const key = (v: DeadlineView) => `${v.end ?? '9999-99-99'}\u0000${v.caseId}\u0000${v.id}`;
  return [...views].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The last day a not-complied status is on record before the as-of day: its `as-of`, or its newest source. */
function lastKnownLate(c: Case, compliance: NonNullable<Order['compliance']>, asOf: string): string | undefined {
  const known = statusKnownOn(compliance, new Map(c.sources.map((s) => [s.id, s.published])));
  return known !== undefined && known < asOf ? known : undefined;
}
