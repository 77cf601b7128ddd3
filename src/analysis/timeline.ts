// Every event across the cases in one order: by first possible day (a month-only date sorts by
// its first day), then case, then event id, so the parallel proceedings line up.
import type { Case } from '../model/case-schema.js';
import { parseDateText } from '../core/dates/date-text.js';

export interface TimelineEntry {
  readonly caseId: string;
  readonly authority: string;
  readonly country: string;
  readonly eventId: string;
  /** As written in the case: YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly date: string;
  readonly kind: Case['events'][number]['kind'];
  readonly ref?: string;
  readonly summary: string;
  readonly sources: readonly string[];
}

export interface TimelineRange {
  readonly from?: string;
  readonly to?: string;
}

export function timelineEvents(cases: readonly Case[], range: TimelineRange = {}): TimelineEntry[] {
  const rows: (TimelineEntry & { first: string; last: string })[] = [];
  for (const c of cases) {
    for (const e of c.events) {
      const parsed = parseDateText(e.date);
      const first = 'range' in parsed ? parsed.range.first : e.date;
      const last = 'range' in parsed ? parsed.range.last : e.date;
      // A partial date is shown when any day of it falls in the range.
      if (range.from !== undefined && last < range.from) continue;
      if (range.to !== undefined && first > range.to) continue;
      rows.push({
        caseId: c.id,
        authority: c.authority.short,
        country: c.authority.country,
        eventId: e.id,
        date: e.date,
        kind: e.kind,
        ...(e.ref ? { ref: e.ref } : {}),
        summary: e.summary,
        sources: e.sources ?? [],
        first,
        last,
      });
    }
  }
  rows.sort((a, b) => compare(a.first, b.first) || compare(a.caseId, b.caseId) || compare(a.eventId, b.eventId));
  return rows.map(({ first, last, ...entry }) => entry);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
