// `validate` over any number of files in flat memory: a file is read, checked and let go, a few
// at a time (queued to the worker threads). What outlives a file is its diagnostics and where its
// case id is written, for the check of ids across files; neither its bytes, nor its parsed YAML,
// nor its case. Files are read synchronously: a promise read is four round trips to the file
// system's threads (open, fstat, read, close), which cost more than the read of a case file.
import { findInputs, readInputSync, statInput, type InputName } from '../load/read-inputs.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkIdsAcrossFiles, type CaseIdPlace } from '../rules/ids-across-files.js';
import type { FileCheck } from './check-file.js';
import type { Io } from './io.js';
import type { FileChecker } from './validate-pool.js';
import type { FileCache, FileRead } from './validate-cache.js';

export interface ValidateRun {
  readonly diagnostics: Diagnostic[];
  readonly filesRead: number;
  /** Of the files checked (not answered by the cache), how many worker threads checked. */
  readonly checkedInWorkers: number;
}

/**
 * Every file the paths name or hold, checked in order; then the ids across files. Unlike the data
 * commands, which keep every case, validate has no budget for the bytes of a run: it keeps none.
 * With a cache, the files it answers for are taken from it first, and only the others are read
 * again and checked, so that threads start only when there are many files left to check.
 */
export async function checkFiles(io: Io, paths: readonly string[], options: CheckOptions): Promise<ValidateRun> {
  const { names, diagnostics } = findInputs(paths, io.cwd);
  const { cache, today } = options;
  const results: FileResult[] = [];
  let toCheck: Named[] = names.map((name, index) => ({ name, index }));
  if (cache !== undefined) {
    const missed: Named[] = [];
    let keptBytes = 0;
    for (const file of toCheck) {
      const answer = fromCache(cache, file.name, io.cwd, today);
      if ('check' in answer) {
        results[file.index] = answer.check;
        continue;
      }
      // A changed file was read to be hashed: its bytes are checked as read, not read again,
      // while what is kept stays within a bound (validate's memory does not grow with its files).
      const { read } = answer;
      const kept = read !== undefined && keptBytes + read.bytes.length <= MAX_KEPT_BYTES;
      if (kept) keptBytes += read.bytes.length;
      missed.push(kept ? { ...file, read } : file);
    }
    toCheck = missed;
  }
  const checkedInWorkers = toCheck.length > 0 ? await checkEach(io, toCheck, results, options) : 0;
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
  return { diagnostics: sortDiagnostics(diagnostics), filesRead, checkedInWorkers };
}

export interface CheckOptions {
  /** YYYY-MM-DD: turns on the freshness check of open cases. */
  readonly today: string | undefined;
  readonly cache?: FileCache;
  /** --threads (undefined: one per core when there are many files; 1: this thread only). */
  readonly threads?: number | undefined;
}

/**
 * Reads and checks the files, in this thread or in workers. The parser, the schema and the rules
 * are loaded with the first file to check: a run that the cache answers for in full needs none.
 * Returns how many files worker threads checked.
 */
async function checkEach(io: Io, files: readonly Named[], results: FileResult[], options: CheckOptions): Promise<number> {
  const { cache, today } = options;
  let pool: { readonly checker: FileChecker; readonly limit: number } | undefined;
  try {
    const inFlight = new Set<Promise<void>>();
    let failure: { readonly error: unknown } | undefined;
    for (const file of files) {
      const read = file.read ?? readInputSync(file.name, io.cwd);
      file.read = undefined;
      if (!('bytes' in read)) {
        results[file.index] = read;
        continue;
      }
      pool ??= await startPool(files.length, options.threads);
      const job = pool.checker.check(file.name.file, read.bytes, today).then(
        (checked) => {
          cache?.remember(file.name.file, read, today, checked);
          results[file.index] = checked;
          inFlight.delete(job);
        },
        (error: unknown) => {
          failure ??= { error };
          inFlight.delete(job);
        },
      );
      inFlight.add(job);
      if (inFlight.size >= pool.limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    // A worker that failed is a bug in dossier, not in the case file: exit 3 through main's handler.
    if (failure !== undefined) throw failure.error;
    return pool?.checker.checkedInWorkers() ?? 0;
  } finally {
    await pool?.checker.close();
  }
}

async function startPool(files: number, threadsOption: number | undefined): Promise<{ checker: FileChecker; limit: number }> {
  const { fileChecker, inFlightLimit, threadCount } = await import('./validate-pool.js');
  const threads = threadCount(files, threadsOption);
  return { checker: fileChecker(threads), limit: inFlightLimit(threads) };
}

/**
 * The cache's answer for a file: from its stat alone when it can be trusted, else from its bytes;
 * or, when it has none, the bytes it read to find out (none when it had no entry to compare with).
 */
function fromCache(cache: FileCache, name: InputName, cwd: string, today: string | undefined): { check: FileCheck } | { read?: FileRead } {
  if (!cache.has(name.file)) return {};
  const stats = statInput(name);
  const unread = stats === undefined ? undefined : cache.lookupStat(name.file, stats, today);
  if (unread !== undefined) return { check: unread };
  const read = readInputSync(name, cwd);
  if (!('bytes' in read)) return {};
  const check = cache.lookup(name.file, read, today);
  return check === undefined ? { read } : { check };
}

/** What the cache pass keeps of the changed files it read, for the checks: 400 case files of 20 KB. */
export const MAX_KEPT_BYTES = 8 * 1024 * 1024;

type FileResult = FileCheck | { readonly diagnostic: Diagnostic };
interface Named {
  readonly name: InputName;
  readonly index: number;
  /** The file's bytes, when the cache pass read them; let go once they are sent to be checked. */
  read?: FileRead | undefined;
}
