// The day a period runs from: the notification of the event when the case records it, otherwise
// the event's own date, flagged as an assumption (decisions are often notified later, unpublished).
import type { Case } from '../model/case-schema.js';
import { parseDateText } from '../core/dates/date-text.js';

export type Anchor =
  | {
      readonly ok: true;
      readonly eventId: string;
      readonly date: string;
      readonly basis: 'notified' | 'event-date';
      readonly assumption?: string;
    }
  | { readonly ok: false; readonly eventId: string; readonly reason: string };

export function anchorOf(c: Case, eventId: string): Anchor {
  const event = c.events.find((e) => e.id === eventId);
  if (!event) return { ok: false, eventId, reason: `no event "${eventId}"` };
  if (event.notified !== undefined && event.notified !== 'unknown') return { ok: true, eventId, date: event.notified, basis: 'notified' };
  const parsed = parseDateText(event.date);
  if (!('range' in parsed) || parsed.range.precision !== 'day') {
    return {
      ok: false,
      eventId,
      reason: `event "${eventId}" is dated only to the ${'range' in parsed ? parsed.range.precision : 'unknown'} (${event.date}) and its notification date is unknown`,
    };
  }
  return {
    ok: true,
    eventId,
    date: event.date,
    basis: 'event-date',
    assumption: `notification date of "${eventId}" unknown: counted from the event date ${event.date}`,
  };
}
