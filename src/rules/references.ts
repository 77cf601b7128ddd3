// Cross-references inside a case must resolve: sources cited, events that measures, deadlines
// and appeals hang on, respondents a measure is addressed to, and what an appeal challenges.
import type { Case } from '../model/case-schema.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { closest } from '../load/values.js';
import { sourceLists, type Path } from './walk.js';

export function checkReferences(c: Case): Finding[] {
  const findings: Finding[] = [];
  const sources = new Set(c.sources.map((s) => s.id));
  const events = new Set(c.events.map((e) => e.id));
  const measures = new Set((c.measures ?? []).map((m) => m.id));
  const appeals = new Set((c.appeals ?? []).map((a) => a.id));
  const respondents = new Set(c.respondents.flatMap((r) => (r.id === undefined ? [] : [r.id])));
  const challengeable = new Set([...measures, ...(c.findings ?? []).map((f) => f.id), ...events, ...appeals]);
  const everything = new Set([
    ...sources,
    ...challengeable,
    ...respondents,
    ...(c.deadlines ?? []).map((d) => d.id),
    ...(c.suspensions ?? []).map((s) => s.id),
  ]);

  const expect = (code: DiagnosticCode, known: ReadonlySet<string>, what: string, id: string | undefined, path: Path) => {
    if (id === undefined || known.has(id)) return;
    const suggestion = closest(id, known);
    findings.push({ code, path, message: `no ${what} has the id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}` });
  };

  for (const { value, path } of sourceLists(c)) value.forEach((id, k) => expect('ref/source', sources, 'source', id, [...path, k]));
  c.events.forEach((e, i) => expect('ref/event', events, 'event', e['instructed-by'], ['events', i, 'instructed-by']));
  (c.findings ?? []).forEach((f, i) => expect('ref/event', events, 'event', f.decision, ['findings', i, 'decision']));
  (c.measures ?? []).forEach((m, i) => {
    expect('ref/event', events, 'event', m.decision, ['measures', i, 'decision']);
    (m.respondents ?? []).forEach((id, k) => expect('ref/measure', respondents, 'respondent', id, ['measures', i, 'respondents', k]));
    if ('due' in m && m.due && 'from' in m.due) expect('ref/event', events, 'event', m.due.from, ['measures', i, 'due', 'from']);
    if (m.kind === 'fine' && m.proposed) expect('ref/event', events, 'event', m.proposed.event, ['measures', i, 'proposed', 'event']);
    if (m.kind === 'order' || m.kind === 'ban') {
      expect('ref/event', events, 'event', m['superseded-by'], ['measures', i, 'superseded-by']);
      (m.penalty?.liquidations ?? []).forEach((l, j) =>
        expect('ref/event', events, 'event', l.event, ['measures', i, 'penalty', 'liquidations', j, 'event']),
      );
      (m.penalty?.collections ?? []).forEach((l, j) =>
        expect('ref/event', events, 'event', l.event, ['measures', i, 'penalty', 'collections', j, 'event']),
      );
    }
  });
  (c.deadlines ?? []).forEach((d, i) => expect('ref/event', events, 'event', d.from, ['deadlines', i, 'from']));
  (c.appeals ?? []).forEach((a, i) => {
    expect('ref/event', events, 'event', a.decision, ['appeals', i, 'decision']);
    const what = 'measure, finding, decision or appeal';
    a.against.forEach((id, k) => expect('ref/measure', challengeable, what, id, ['appeals', i, 'against', k]));
    (a.effects ?? []).forEach((e, k) => expect('ref/measure', challengeable, what, e.on, ['appeals', i, 'effects', k, 'on']));
    expect('ref/measure', appeals, 'appeal', a['remitted-to'], ['appeals', i, 'remitted-to']);
  });
  (c.suspensions ?? []).forEach((s, i) =>
    (s.measures ?? []).forEach((id, k) => expect('ref/measure', measures, 'measure', id, ['suspensions', i, 'measures', k])),
  );
  (c.notes ?? []).forEach((n, i) => expect('ref/measure', everything, 'item', n.about, ['notes', i, 'about']));
  return findings;
}
