// The check of case ids across files when only some files are judged (--staged with names,
// --stdin): the judged files against each other as usual, and each against the rest of the
// set, with the finding always on the judged file, since the others are not being reported on.
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkCaseIdsAcrossFiles, type LoadedCase } from './load-case.js';

export function checkCaseIdsAgainst(judged: readonly LoadedCase[], others: readonly LoadedCase[]): Diagnostic[] {
  const owner = new Map<string, string>();
  for (const other of [...others].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!owner.has(other.case.id)) owner.set(other.case.id, other.file);
  }
  const diagnostics = checkCaseIdsAcrossFiles(judged);
  for (const loaded of judged) {
    const earlier = owner.get(loaded.case.id);
    if (earlier === undefined || diagnostics.some((d) => d.file === loaded.file)) continue;
    const { start, end } = loaded.idRange;
    diagnostics.push(makeDiagnostic('id/duplicate', loaded.file, start, `case id "${loaded.case.id}" is already used by ${earlier}`, end));
  }
  return diagnostics;
}
