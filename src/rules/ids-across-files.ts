// Case ids are unique across the files read together (they key exports and calendar UIDs). Kept
// apart from the loading of a case: validate compares the ids its cache remembers without
// loading the parser, the schema or the other rules.
import { makeDiagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';

/** Where one file's case id is written, all the check across files needs of a case. */
export interface CaseIdPlace {
  readonly file: string;
  readonly id: string;
  readonly idRange: { readonly start: Position; readonly end: Position };
}

/** Each id used again is an error at the later file (by name), naming the first. */
export function checkIdsAcrossFiles(places: readonly CaseIdPlace[]): Diagnostic[] {
  const first = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const place of [...places].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const earlier = first.get(place.id);
    if (earlier === undefined) {
      first.set(place.id, place.file);
      continue;
    }
    const { start, end } = place.idRange;
    diagnostics.push(makeDiagnostic('id/duplicate', place.file, start, `case id "${place.id}" is already used by ${earlier}`, end));
  }
  return diagnostics;
}
