// Ids name things across the whole file (notes may point at any of them), so they are unique
// within a file; a case id equals its file name so that a file can be found from its id.
import type { Case } from '../model/case-schema.js';
import type { Finding } from '../diagnostics/diagnostic.js';
import type { Path } from './walk.js';

export function checkIds(c: Case, fileStem: string): Finding[] {
  const findings: Finding[] = [];
  if (c.id !== fileStem) {
    findings.push({
      code: 'id/file-name',
      path: ['id'],
      message: `the case id is "${c.id}" but the file is named "${fileStem}"; rename one so they match`,
    });
  }
  const seen = new Map<string, Path>();
  const note = (id: string, path: Path) => {
    const first = seen.get(id);
    if (first) findings.push({ code: 'id/duplicate', path, message: `id "${id}" is already used at ${first.join('.')}` });
    else seen.set(id, path);
  };
  c.respondents.forEach((r, i) => {
    if (r.id !== undefined) note(r.id, ['respondents', i, 'id']);
  });
  c.sources.forEach((s, i) => note(s.id, ['sources', i, 'id']));
  c.events.forEach((e, i) => note(e.id, ['events', i, 'id']));
  (c.findings ?? []).forEach((f, i) => note(f.id, ['findings', i, 'id']));
  (c.measures ?? []).forEach((m, i) => note(m.id, ['measures', i, 'id']));
  (c.deadlines ?? []).forEach((d, i) => note(d.id, ['deadlines', i, 'id']));
  (c.appeals ?? []).forEach((a, i) => note(a.id, ['appeals', i, 'id']));
  (c.suspensions ?? []).forEach((s, i) => note(s.id, ['suspensions', i, 'id']));
  return findings;
}
