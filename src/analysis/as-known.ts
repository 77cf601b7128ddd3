// "As of" a day means as known that day: the record is cut down to the facts dated on or before
// it, so that no computation and no output can show what happened later. A fact dated to the
// month or year is kept from the first day of its range (it may have happened by then).
import type { Appeal, Case, CaseEvent, Compliance, Measure, Suspension } from '../model/case-schema.js';
import { parseDateText } from '../core/dates/date-text.js';
import { sourceLists } from '../rules/walk.js';

export function firstDay(text: string | undefined): string | undefined {
  if (text === undefined || text === 'unknown') return undefined;
  const parsed = parseDateText(text);
  return 'range' in parsed ? parsed.range.first : undefined;
}

function compareDays(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

export function lastDay(text: string | undefined): string | undefined {
  if (text === undefined || text === 'unknown') return undefined;
  const parsed = parseDateText(text);
  return 'range' in parsed ? parsed.range.last : undefined;
}

const after = (text: string | undefined, asOf: string) => {
  const day = firstDay(text);
  return day !== undefined && day > asOf;
};

export function recordAsOf(c: Case, asOf: string): Case {
  const sources = c.sources.filter((s) => !after(s.published, asOf));
  const published = new Map(sources.map((s) => [s.id, s.published]));
  // A status (payment, compliance) is as old as its newest source when it carries no date itself.
  const statusAfter = (record: { readonly 'as-of'?: string; readonly date?: string; readonly sources?: readonly string[] }) =>
    after(record['as-of'] ?? record.date, asOf) || (record.sources ?? []).some((id) => !published.has(id));

  // In the order they happened, whatever the file's order (a month-only date from its first day;
  // the sort is stable, so events on the same day keep the file's order).
  const events = c.events
    .filter((e) => !after(e.date, asOf))
    .map((e) => eventAsOf(e, asOf))
    .sort((a, b) => compareDays(firstDay(a.date), firstDay(b.date)));
  const known = new Set(events.map((e) => e.id));
  const measures = (c.measures ?? []).filter((m) => known.has(m.decision)).map((m) => measureAsOf(m, known, statusAfter));
  const findings = (c.findings ?? []).filter((f) => known.has(f.decision));
  const items = new Set([...known, ...measures.map((m) => m.id), ...findings.map((f) => f.id)]);
  const appeals = appealsAsOf(c.appeals ?? [], items, known, asOf, c);
  const suspensions = (c.suspensions ?? []).filter((s) => !after(s.from, asOf)).map((s) => suspensionAsOf(s, asOf));
  const everything = new Set([
    ...items,
    ...appeals.map((a) => a.id),
    ...suspensions.map((s) => s.id),
    ...sources.map((s) => s.id),
    ...c.respondents.map((r) => r.id),
  ]);
  const deadlines = (c.deadlines ?? []).filter((d) => known.has(d.from));
  for (const d of deadlines) everything.add(d.id);
  const notes = (c.notes ?? []).filter(
    (n) => (n.about === undefined || everything.has(n.about)) && (n.sources ?? []).every((id) => published.has(id)),
  );
  const cut: Case = {
    ...c,
    sources,
    events,
    ...(c.findings ? { findings } : {}),
    ...(c.measures ? { measures } : {}),
    ...(c.deadlines ? { deadlines } : {}),
    ...(c.appeals ? { appeals } : {}),
    ...(c.suspensions ? { suspensions } : {}),
    ...(c.notes ? { notes } : {}),
  };
  // A source that nothing known that day cites is not part of that day's record.
  const cited = new Set(sourceLists(cut).flatMap((list) => list.value));
  // The recorded status is the file's latest; when later facts were cut it was still running then.
  const later = events.length < c.events.length || appeals.length < (c.appeals ?? []).length;
  const running = appeals.some((a) => a.outcome === 'pending' || a.outcome === 'unknown') ? 'under-appeal' : 'open';
  return { ...cut, status: later ? running : c.status, sources: sources.filter((s) => cited.has(s.id)) };
}

function eventAsOf(e: CaseEvent, asOf: string): CaseEvent {
  const { final, ...rest } = e;
  const kept: CaseEvent = final !== undefined && !after(final, asOf) ? { ...rest, final } : rest;
  const notified = e.notified;
  // Notified later, or said to be still unnotified later: on the day, it had not been notified.
  if (typeof notified === 'string' && notified !== 'unknown' && after(notified, asOf))
    return { ...kept, notified: { status: 'not-notified', 'as-of': asOf } };
  if (typeof notified === 'object' && after(notified['as-of'], asOf))
    return { ...kept, notified: { ...notified, 'as-of': asOf, sources: [] } };
  return kept;
}

function measureAsOf(m: Measure, known: ReadonlySet<string>, statusAfter: (r: object) => boolean): Measure {
  if (m.kind === 'fine') {
    const { payment, ...rest } = m;
    return payment && !statusAfter(payment) ? { ...rest, payment } : rest;
  }
  if (m.kind !== 'order' && m.kind !== 'ban') return m;
  const { compliance, penalty, 'superseded-by': supersededBy, ...rest } = m;
  const kept: Measure = { ...rest, ...(supersededBy !== undefined && known.has(supersededBy) ? { 'superseded-by': supersededBy } : {}) };
  const withCompliance = compliance && !statusAfter(compliance) ? { ...kept, compliance: compliance satisfies Compliance } : kept;
  if (!penalty) return withCompliance;
  return {
    ...withCompliance,
    penalty: {
      ...penalty,
      ...(penalty.liquidations ? { liquidations: penalty.liquidations.filter((l) => known.has(l.event)) } : {}),
      ...(penalty.collections ? { collections: penalty.collections.filter((l) => known.has(l.event)) } : {}),
    },
  };
}

function appealsAsOf(appeals: readonly Appeal[], items: Set<string>, known: ReadonlySet<string>, asOf: string, c: Case): Appeal[] {
  const out: Appeal[] = [];
  const eventDay = (id: string | undefined) => firstDay(c.events.find((e) => e.id === id)?.date);
  // The decision an `against` entry stands for: a measure's decision, an earlier appeal's judgment, or the event itself.
  const decisionOf = (id: string): string | undefined =>
    (c.measures ?? []).find((m) => m.id === id)?.decision ?? (c.appeals ?? []).find((a) => a.id === id)?.decision ?? id;
  for (const appeal of appeals) {
    if (!appeal.against.some((id) => items.has(id))) continue;
    // Without a filing date an appeal counts from the day the decision it challenges was given;
    // an onward appeal against a judgment not yet given that day cannot have been brought.
    const challengedOn = appeal.against.map((id) => eventDay(decisionOf(id))).find(Boolean);
    const challengesUndecided = appeal.against.some((id) => out.some((a) => a.id === id && a.decision === undefined));
    if (after(appeal.filed ?? challengedOn, asOf) || (appeal.filed === undefined && challengesUndecided)) continue;
    items.add(appeal.id);
    if (appeal.decision === undefined || known.has(appeal.decision)) {
      out.push(appeal);
      continue;
    }
    const { decision: _decided, effects: _effects, 'remitted-to': _remitted, ...pending } = appeal;
    out.push({ ...pending, outcome: 'pending' });
  }
  return out;
}

function suspensionAsOf(s: Suspension, asOf: string): Suspension {
  const { to, ...rest } = s;
  return to !== undefined && !after(to, asOf) ? { ...rest, to } : rest;
}
