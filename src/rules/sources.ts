// Every fact has a source: each event, measure and appeal cites at least one, and a source
// that nothing cites is probably a typo in a citation elsewhere.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import { sourceLists } from './walk.js';

export function checkSources(c: Case): Finding[] {
  const findings: Finding[] = [];
  const missing = (what: string, id: string, path: readonly (string | number)[], sources: readonly string[] | undefined) => {
    if (!sources || sources.length === 0)
      findings.push({ code: 'source/missing', path, message: `${what} "${id}" cites no source; add "sources: [<source id>]"` });
  };
  c.events.forEach((e, i) => missing('event', e.id, ['events', i], e.sources));
  (c.measures ?? []).forEach((m, i) => missing('measure', m.id, ['measures', i], m.sources));
  (c.appeals ?? []).forEach((a, i) => missing('appeal', a.id, ['appeals', i], a.sources));

  const cited = new Set(sourceLists(c).flatMap((list) => list.value));
  c.sources.forEach((s, i) => {
    if (!cited.has(s.id))
      findings.push({ code: 'source/unused', path: ['sources', i, 'id'], message: `source "${s.id}" is cited by nothing in this file` });
  });
  return findings;
}
