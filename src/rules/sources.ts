// Every fact has a source: each event, finding, measure, appeal and suspension cites at least
// one, and a source that nothing cites is probably a typo in a citation elsewhere. An open case
// whose newest source was checked (or published) more than a year before today is stale.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { addYears } from '../core/time/calendar-date.js';
import { lastDay } from '../analysis/as-known.js';
import { sourceLists } from './walk.js';

const LIVE = new Set(['open', 'under-appeal', 'remitted']);

export function checkSources(c: Case, today?: string): Finding[] {
  const findings: Finding[] = [];
  const missing = (what: string, id: string, path: readonly (string | number)[], sources: readonly string[] | undefined) => {
    if (!sources || sources.length === 0)
      findings.push({ code: 'source/missing', path, message: `${what} "${id}" cites no source; add "sources: [<source id>]"` });
  };
  c.events.forEach((e, i) => missing('event', e.id, ['events', i], e.sources));
  (c.findings ?? []).forEach((f, i) => missing('finding', f.id, ['findings', i], f.sources));
  (c.measures ?? []).forEach((m, i) => missing('measure', m.id, ['measures', i], m.sources));
  (c.appeals ?? []).forEach((a, i) => missing('appeal', a.id, ['appeals', i], a.sources));
  (c.suspensions ?? []).forEach((s, i) => missing('suspension', s.id, ['suspensions', i], s.sources));

  const cited = new Set(sourceLists(c).flatMap((list) => list.value));
  c.sources.forEach((s, i) => {
    if (!cited.has(s.id))
      findings.push({ code: 'source/unused', path: ['sources', i, 'id'], message: `source "${s.id}" is cited by nothing in this file` });
  });
  if (today !== undefined && LIVE.has(c.status)) {
    const newest = c.sources
      .map((s) => lastDay(s.checked ?? s.published))
      .reduce<string | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined);
    if (newest === undefined || newest < addYears(today, -1)) {
      findings.push({
        code: 'source/stale',
        path: ['status'],
        message: `the case is ${c.status} but its newest source was ${newest === undefined ? 'never checked' : `last checked or published on ${newest}`}; check the sources and record "checked: <date>" on each`,
      });
    }
  }
  return findings;
}
