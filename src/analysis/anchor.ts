// The day a period runs from: the notification of the event when the case records it, otherwise
// the event's own date, flagged as an assumption (decisions are often notified later, unpublished).
// A decision that a source says was not yet notified starts no period at all.
import type { Case, CaseEvent } from '../model/case-schema.js';
import { parseDateText } from '../core/dates/date-text.js';
import type { DeadlineProblem } from './deadline-problem.js';
import type { Assumption } from '../core/time/working.js';

export type Anchor =
  | {
      readonly ok: true;
      readonly eventId: string;
      readonly date: string;
      readonly basis: 'notified' | 'event-date';
      readonly assumption?: Assumption;
    }
  | { readonly ok: false; readonly eventId: string; readonly reason: DeadlineProblem; readonly notNotified?: NotNotified };

export interface NotNotified {
  /** The last day a source says the decision had still not been notified. */
  readonly asOf: string;
  readonly sources: readonly string[];
}

export type Notification =
  | { readonly state: 'notified'; readonly on: string }
  | { readonly state: 'not-notified'; readonly asOf: string; readonly sources: readonly string[] }
  | { readonly state: 'unknown' };

export function notificationOf(event: CaseEvent): Notification {
  const n = event.notified;
  if (n === undefined || n === 'unknown') return { state: 'unknown' };
  if (typeof n === 'string') return { state: 'notified', on: n };
  return { state: 'not-notified', asOf: n['as-of'], sources: n.sources ?? [] };
}

export function anchorOf(c: Case, eventId: string): Anchor {
  const event = c.events.find((e) => e.id === eventId);
  if (!event) return { ok: false, eventId, reason: { kind: 'no-event', eventId } };
  const notification = notificationOf(event);
  if (notification.state === 'notified') return { ok: true, eventId, date: notification.on, basis: 'notified' };
  if (notification.state === 'not-notified') {
    return {
      ok: false,
      eventId,
      reason: { kind: 'not-notified', eventId, asOf: notification.asOf },
      notNotified: { asOf: notification.asOf, sources: notification.sources },
    };
  }
  const parsed = parseDateText(event.date);
  if (!('range' in parsed) || parsed.range.precision !== 'day') {
    return {
      ok: false,
      eventId,
      reason: { kind: 'dated-imprecisely', eventId, precision: 'range' in parsed ? parsed.range.precision : 'unknown', date: event.date },
    };
  }
  return {
    ok: true,
    eventId,
    date: event.date,
    basis: 'event-date',
    assumption: { kind: 'notification-unknown', eventId, date: event.date },
  };
}
