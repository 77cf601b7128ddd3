// Suspensions recorded in a case (an interim order, the State's forbearance, the law) and the
// default effect of a pending challenge in the case's jurisdiction.
import type { Case, Suspension } from '../model/case-schema.js';
import { daysBetween } from '../core/time/calendar-date.js';
import { challengeEffect } from '../core/law/challenge-effects.js';
import { firstDay, lastDay } from './as-known.js';

type Scope = Suspension['scope'][number];

function covers(s: Suspension, measureId: string, scopes: readonly Scope[]): boolean {
  return (s.measures === undefined || s.measures.includes(measureId)) && s.scope.some((x) => scopes.includes(x));
}

/** The recorded suspension of that scope in force on a day, if any. */
export function suspensionOn(
  suspensions: readonly Suspension[],
  measureId: string,
  scopes: readonly Scope[],
  day: string,
): Suspension | undefined {
  return suspensions.find((s) => {
    const from = firstDay(s.from);
    const to = s.to === undefined ? undefined : lastDay(s.to);
    return covers(s, measureId, scopes) && from !== undefined && from <= day && (to === undefined || day <= to);
  });
}

/** How many days of [from, to] a suspension of that scope covers (overlaps counted once). */
export function suspendedDays(
  suspensions: readonly Suspension[],
  measureId: string,
  scopes: readonly Scope[],
  from: string,
  to: string,
): number {
  const windows = suspensions
    .filter((s) => covers(s, measureId, scopes))
    .map((s) => {
      const start = firstDay(s.from) ?? to;
      const end = s.to === undefined ? to : (lastDay(s.to) ?? to);
      return [start < from ? from : start, end > to ? to : end] as const;
    })
    .filter(([a, b]) => a <= b)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let total = 0;
  let reached: string | undefined;
  for (const [start, end] of windows) {
    const begin = reached !== undefined && start <= reached ? reached : start;
    if (reached !== undefined && end <= reached) continue;
    total += daysBetween(begin, end) + (reached !== undefined && start <= reached ? 0 : 1);
    reached = end;
  }
  return total;
}

export interface DefaultSuspension {
  readonly suspends: boolean;
  readonly citation: string;
  readonly confirmed: boolean;
  readonly note?: string;
  /** The rule under which a fine takes effect only once confirmed by a court or upheld on appeal. */
  readonly fineNeedsConfirmation?: string;
}

/** Whether a pending challenge suspends payment (fines) or compliance (orders) under the case's law. */
export function challengeSuspends(c: Case, what: 'payment' | 'compliance'): DefaultSuspension | undefined {
  const rule = challengeEffect(c.jurisdiction);
  if (!rule) return undefined;
  return {
    suspends: what === 'payment' ? rule.suspendsPayment : rule.suspendsCompliance,
    citation: rule.citation,
    confirmed: rule.confidence === 'C',
    ...(rule.note ? { note: rule.note } : {}),
    ...(rule.fineNeedsConfirmation ? { fineNeedsConfirmation: rule.fineNeedsConfirmation } : {}),
  };
}
