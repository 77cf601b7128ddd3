// `validate` over any number of files in flat memory: one file is read, checked and let go at a
// time. What outlives a file is its diagnostics and where its case id is written, for the check of
// ids across files; neither its bytes, nor its parsed YAML, nor its case.
import { checkIdsAcrossFiles, loadCase, type CaseIdPlace } from '../load/load-case.js';
import { findInputs, readInput } from '../load/read-inputs.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Io } from './io.js';
import type { FileCache } from './validate-cache.js';

/** Files read at once: enough to keep the file system busy, few enough for flat memory (1 MiB each at most). */
const READ_AHEAD = 16;

/** What validate keeps of one file. */
export interface FileCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** Absent when the file holds no case that passed the schema (its diagnostics say why). */
  readonly id?: CaseIdPlace;
}

export interface ValidateRun {
  readonly diagnostics: Diagnostic[];
  readonly filesRead: number;
}

/** `today` (YYYY-MM-DD) turns on the freshness check of open cases. */
export function checkFile(file: string, bytes: Uint8Array, today: string | undefined): FileCheck {
  const result = loadCase(file, bytes, today === undefined ? {} : { today });
  const diagnostics = result.diagnostics.map(detached);
  if (result.loaded === undefined) return { diagnostics };
  return { diagnostics, id: { file, id: copyOf(result.loaded.case.id), idRange: result.loaded.idRange } };
}

/**
 * Every file the paths name or hold, checked in order; then the ids across files. Unlike the data
 * commands, which keep every case, validate has no budget for the bytes of a run: it keeps none.
 */
export async function checkFiles(io: Io, paths: readonly string[], today: string | undefined, cache?: FileCache): Promise<ValidateRun> {
  const { names, diagnostics } = await findInputs(paths, io.cwd);
  const ids: CaseIdPlace[] = [];
  let filesRead = 0;
  // A few files are read ahead while one is checked: each read is several round trips to the
  // file system's threads, which one at a time left the process idle most of a warm run.
  const reads: (Promise<Awaited<ReturnType<typeof readInput>>> | undefined)[] = [];
  const readAhead = (index: number): void => {
    const name = names[index];
    if (name !== undefined) reads[index] = readInput(name, io.cwd);
  };
  for (let index = 0; index < READ_AHEAD; index += 1) readAhead(index);
  for (const [index, name] of names.entries()) {
    const read = await (reads[index] ?? readInput(name, io.cwd));
    reads[index] = undefined;
    readAhead(index + READ_AHEAD);
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    filesRead += 1;
    let checked = cache?.lookup(name.file, read.bytes, today);
    if (checked === undefined) {
      checked = checkFile(name.file, read.bytes, today);
      cache?.remember(name.file, read.bytes, today, checked);
    }
    diagnostics.push(...checked.diagnostics);
    if (checked.id !== undefined) ids.push(checked.id);
  }
  diagnostics.push(...checkIdsAcrossFiles(ids));
  return { diagnostics: sortDiagnostics(diagnostics), filesRead };
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
