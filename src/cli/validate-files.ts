// `validate` over any number of files in flat memory: a file is read, checked and let go, a few
// at a time (read ahead, and queued to the worker threads). What outlives a file is its diagnostics and where its case id is written, for the check of
// ids across files; neither its bytes, nor its parsed YAML, nor its case.
import { checkIdsAcrossFiles, type CaseIdPlace } from '../load/load-case.js';
import { findInputs, readInput } from '../load/read-inputs.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileCheck } from './check-file.js';
import { fileChecker, inFlightLimit, threadCount } from './validate-pool.js';
import type { Io } from './io.js';
import type { FileCache } from './validate-cache.js';

/** Files read at once: enough to keep the file system busy, few enough for flat memory (1 MiB each at most). */
const READ_AHEAD = 16;

export interface ValidateRun {
  readonly diagnostics: Diagnostic[];
  readonly filesRead: number;
}

/**
 * Every file the paths name or hold, checked in order; then the ids across files. Unlike the data
 * commands, which keep every case, validate has no budget for the bytes of a run: it keeps none.
 * With a cache, the files it answers for are taken from it first, and only the others are read
 * again and checked, so that threads start only when there are many files left to check.
 */
export async function checkFiles(io: Io, paths: readonly string[], options: CheckOptions): Promise<ValidateRun> {
  const { names, diagnostics } = await findInputs(paths, io.cwd);
  const { cache, today } = options;
  const results: FileResult[] = [];
  let toCheck = names.map((name, index) => ({ name, index }));
  if (cache !== undefined) {
    const missed: typeof toCheck = [];
    await eachRead(io, toCheck, (file, read) => {
      const checked = 'bytes' in read ? cache.lookup(file.name.file, read.bytes, today) : undefined;
      if (checked === undefined) missed.push(file);
      else results[file.index] = checked;
    });
    toCheck = missed;
  }
  const threads = threadCount(toCheck.length, options.threads);
  const checker = fileChecker(threads);
  try {
    const inFlight = new Set<Promise<void>>();
    let failure: { readonly error: unknown } | undefined;
    await eachRead(io, toCheck, async (file, read) => {
      if (!('bytes' in read)) {
        results[file.index] = read;
        return;
      }
      const job = checker.check(file.name.file, read.bytes, today).then(
        (checked) => {
          cache?.remember(file.name.file, read.bytes, today, checked);
          results[file.index] = checked;
          inFlight.delete(job);
        },
        (error: unknown) => {
          failure ??= { error };
          inFlight.delete(job);
        },
      );
      inFlight.add(job);
      if (inFlight.size >= inFlightLimit(threads)) await Promise.race(inFlight);
    });
    await Promise.all(inFlight);
    // A worker that failed is a bug in dossier, not in the case file: exit 3 through main's handler.
    if (failure !== undefined) throw failure.error;
  } finally {
    await checker.close();
  }
  const ids: CaseIdPlace[] = [];
  let filesRead = 0;
  for (const result of results) {
    if ('diagnostic' in result) {
      diagnostics.push(result.diagnostic);
      continue;
    }
    filesRead += 1;
    diagnostics.push(...result.diagnostics);
    if (result.id !== undefined) ids.push(result.id);
  }
  diagnostics.push(...checkIdsAcrossFiles(ids));
  return { diagnostics: sortDiagnostics(diagnostics), filesRead };
}

export interface CheckOptions {
  /** YYYY-MM-DD: turns on the freshness check of open cases. */
  readonly today: string | undefined;
  readonly cache?: FileCache;
  /** --threads (undefined: one per core when there are many files; 1: this thread only). */
  readonly threads?: number | undefined;
}

type Read = Awaited<ReturnType<typeof readInput>>;
type FileResult = FileCheck | { readonly diagnostic: Diagnostic };
interface Named {
  readonly name: Parameters<typeof readInput>[0];
  readonly index: number;
}

/**
 * Reads the files in order, a few ahead of the one handed to `use`: each read is several round
 * trips to the file system's threads, which one at a time left the process idle most of a warm run.
 */
async function eachRead(io: Io, files: readonly Named[], use: (file: Named, read: Read) => void | Promise<void>): Promise<void> {
  const reads: (Promise<Read> | undefined)[] = [];
  const readAhead = (position: number): void => {
    const file = files[position];
    if (file !== undefined) reads[position] = readInput(file.name, io.cwd);
  };
  for (let position = 0; position < READ_AHEAD; position += 1) readAhead(position);
  for (const [position, file] of files.entries()) {
    const read = await (reads[position] ?? readInput(file.name, io.cwd));
    reads[position] = undefined;
    readAhead(position + READ_AHEAD);
    await use(file, read);
  }
}
