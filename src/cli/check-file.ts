// What `validate` keeps of one checked file, in this thread or in a worker (src/cli/validate-pool.ts).
import { loadCase, type CaseIdPlace } from '../load/load-case.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What validate keeps of one file. */
export interface FileCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** Absent when the file holds no case that passed the schema (its diagnostics say why). */
  readonly id?: CaseIdPlace;
}

/** `today` (YYYY-MM-DD) turns on the freshness check of open cases. */
export function checkFile(file: string, bytes: Uint8Array, today: string | undefined): FileCheck {
  const result = loadCase(file, bytes, today === undefined ? {} : { today });
  const diagnostics = result.diagnostics.map(detached);
  if (result.loaded === undefined) return { diagnostics };
  return { diagnostics, id: { file, id: copyOf(result.loaded.case.id), idRange: result.loaded.idRange } };
}

/**
 * A string that shares no memory with the file it came from: V8 keeps a substring as a view of
 * its whole parent, so an id or a message quoting a value would keep the file's text alive.
 */
function copyOf(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

function detached(diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, message: copyOf(diagnostic.message) };
}
