// Cross-references inside a case must resolve: sources cited, events that measures, deadlines
// and appeals hang on, and the measures or appeals an appeal challenges.
import type { Case } from '../model/case-schema.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { closest } from '../load/values.js';
import { sourceLists, type Path } from './walk.js';

export function checkReferences(c: Case): Finding[] {
  const findings: Finding[] = [];
  const sources = new Set(c.sources.map((s) => s.id));
  const events = new Set(c.events.map((e) => e.id));
  const challengeable = new Set([...(c.measures ?? []).map((m) => m.id), ...(c.appeals ?? []).map((a) => a.id)]);
  const everything = new Set([...sources, ...events, ...challengeable, ...(c.deadlines ?? []).map((d) => d.id)]);

  const expect = (code: DiagnosticCode, known: ReadonlySet<string>, what: string, id: string | undefined, path: Path) => {
    if (id === undefined || known.has(id)) return;
    const suggestion = closest(id, known);
    findings.push({ code, path, message: `no ${what} has the id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}` });
  };

  for (const { value, path } of sourceLists(c)) value.forEach((id, k) => expect('ref/source', sources, 'source', id, [...path, k]));
  (c.measures ?? []).forEach((m, i) => {
    expect('ref/event', events, 'event', m.decision, ['measures', i, 'decision']);
    if ('due' in m && m.due && 'from' in m.due) expect('ref/event', events, 'event', m.due.from, ['measures', i, 'due', 'from']);
    if (m.kind === 'fine' && m.proposed) expect('ref/event', events, 'event', m.proposed.event, ['measures', i, 'proposed', 'event']);
    if (m.kind === 'order' || m.kind === 'ban') {
      (m.penalty?.liquidations ?? []).forEach((l, j) =>
        expect('ref/event', events, 'event', l.event, ['measures', i, 'penalty', 'liquidations', j, 'event']),
      );
    }
  });
  (c.deadlines ?? []).forEach((d, i) => expect('ref/event', events, 'event', d.from, ['deadlines', i, 'from']));
  (c.appeals ?? []).forEach((a, i) => {
    expect('ref/event', events, 'event', a.decision, ['appeals', i, 'decision']);
    a.against.forEach((id, k) => expect('ref/measure', challengeable, 'measure or appeal', id, ['appeals', i, 'against', k]));
  });
  (c.notes ?? []).forEach((n, i) => expect('ref/measure', everything, 'item', n.about, ['notes', i, 'about']));
  return findings;
}
