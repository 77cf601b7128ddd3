// The check of case ids across files when only some files are judged (--staged with names,
// --stdin): the judged files against each other as usual, and each against the rest of the
// set, with the finding always on the judged file, since the others are not being reported on.
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkIdsAcrossFiles, type CaseIdPlace } from './load-case.js';

export function checkCaseIdsAgainst(judged: readonly CaseIdPlace[], others: readonly CaseIdPlace[]): Diagnostic[] {
  const owner = new Map<string, string>();
  for (const other of [...others].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!owner.has(other.id)) owner.set(other.id, other.file);
  }
  const diagnostics = checkIdsAcrossFiles(judged);
  for (const place of judged) {
    const earlier = owner.get(place.id);
    if (earlier === undefined || diagnostics.some((d) => d.file === place.file)) continue;
    const { start, end } = place.idRange;
    diagnostics.push(makeDiagnostic('id/duplicate', place.file, start, `case id "${place.id}" is already used by ${earlier}`, end));
  }
  return diagnostics;
}
