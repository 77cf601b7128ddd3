// Orders of dates that the procedures require. Dates known only to the month or year are ranges:
// a rule fails only when no day of the ranges could satisfy it.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { canBeOnOrBefore, parseDateText, type DateRange } from '../core/dates/date-text.js';
import type { Path } from './walk.js';

const NOTICE_KINDS = new Set(['formal-notice', 'notice-of-intent']);

export function checkChronology(c: Case): Finding[] {
  const findings: Finding[] = [];
  const rangeOf = (text: string | undefined): DateRange | undefined => {
    if (text === undefined || text === 'unknown') return undefined;
    const parsed = parseDateText(text);
    return 'range' in parsed ? parsed.range : undefined;
  };
  const eventDate = new Map(c.events.map((e) => [e.id, rangeOf(e.date)]));
  const requireOrder = (earlier: DateRange | undefined, later: DateRange | undefined, path: Path, what: string) => {
    if (earlier && later && !canBeOnOrBefore(earlier, later)) {
      findings.push({ code: 'chronology/order', path, message: `${what}: ${earlier.text} is after ${later.text}` });
    }
  };

  c.events.forEach((e, i) => {
    if (typeof e.notified === 'string')
      requireOrder(rangeOf(e.date), rangeOf(e.notified), ['events', i, 'notified'], `event "${e.id}" is notified before it happened`);
    else if (e.notified)
      requireOrder(
        rangeOf(e.date),
        rangeOf(e.notified['as-of']),
        ['events', i, 'notified', 'as-of'],
        `event "${e.id}" is said to be unnotified before it happened`,
      );
    requireOrder(rangeOf(e.date), rangeOf(e.final), ['events', i, 'final'], `event "${e.id}" is final before it happened`);
  });
  (c.suspensions ?? []).forEach((s, i) =>
    requireOrder(rangeOf(s.from), rangeOf(s.to), ['suspensions', i, 'to'], `suspension "${s.id}" ends before it starts`),
  );

  // A decision does not precede the notice that opened the procedure (formal notice, notice of intent).
  const notices = c.events.filter((e) => NOTICE_KINDS.has(e.kind));
  const firstNotice = notices.map((e) => rangeOf(e.date)).find((r) => r !== undefined);
  c.events.forEach((e, i) => {
    if (e.kind === 'decision' && firstNotice && notices.length > 0) {
      requireOrder(firstNotice, rangeOf(e.date), ['events', i, 'date'], `decision "${e.id}" precedes the case's first notice`);
    }
  });

  (c.measures ?? []).forEach((m, i) => {
    const decided = eventDate.get(m.decision);
    if (m.kind === 'fine' && m.proposed) {
      requireOrder(
        eventDate.get(m.proposed.event),
        decided,
        ['measures', i, 'decision'],
        `fine "${m.id}" is imposed before the notice that proposed it`,
      );
    }
    if ((m.kind === 'order' || m.kind === 'ban') && m.penalty) {
      (m.penalty.liquidations ?? []).forEach((l, j) => {
        const at: Path = ['measures', i, 'penalty', 'liquidations', j];
        requireOrder(rangeOf(l.from), rangeOf(l.to), [...at, 'to'], 'the liquidated period ends before it starts');
        requireOrder(decided, rangeOf(l.from), [...at, 'from'], `the liquidated period starts before the decision that set the penalty`);
        requireOrder(
          rangeOf(l.to),
          eventDate.get(l.event),
          [...at, 'event'],
          'the liquidation is decided before the end of the period it liquidates',
        );
      });
    }
  });

  (c.appeals ?? []).forEach((a, i) => {
    for (const target of a.against) {
      const measure = (c.measures ?? []).find((m) => m.id === target);
      if (measure)
        requireOrder(
          eventDate.get(measure.decision),
          rangeOf(a.filed),
          ['appeals', i, 'filed'],
          `appeal "${a.id}" is filed before the decision it challenges`,
        );
    }
    if (a.decision)
      requireOrder(
        rangeOf(a.filed),
        eventDate.get(a.decision),
        ['appeals', i, 'decision'],
        `appeal "${a.id}" is decided before it was filed`,
      );
  });
  return findings;
}
