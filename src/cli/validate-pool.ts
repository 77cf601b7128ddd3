// Worker threads for `validate` over many files: parsing and checking a case file is all CPU, so
// with several cores the files are shared among threads. Each answer is put back in its file's
// place, so the output is the same as in one thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkFile, type FileCheck } from './check-file.js';

export interface CheckRequest {
  readonly job: number;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly today: string | undefined;
}
export interface CheckAnswer {
  readonly job: number;
  readonly checked: FileCheck;
}

/** Checks files, in this thread or in workers; `check` resolves in any order, `close` ends the threads. */
export interface FileChecker {
  check(file: string, bytes: Uint8Array, today: string | undefined): Promise<FileCheck>;
  close(): Promise<void>;
  /** How many files the worker threads have checked so far (the rest were checked in this thread). */
  checkedInWorkers(): number;
}

/**
 * Below this many files one thread is as fast and cheaper: a worker first loads and warms up the
 * parser and the schema (about 0.3 s of CPU and 20 MiB), and a bundled case file takes about
 * 0.4 ms to check. On 2 cores, 2,000 files: 0.88 s wall in one thread, 0.86 s in two (and 40 %
 * more CPU); 10,000 files: 3.3 s and 2.6 s.
 */
export const MIN_FILES_FOR_WORKERS = 5000;
/** Requests queued per worker: enough to keep it busy between two turns of this thread's event loop, few enough to keep memory flat. */
const QUEUE_PER_WORKER = 32;
/** A worker with this many requests queued is busy enough for this thread to check the next file. */
const BUSY = QUEUE_PER_WORKER;

/**
 * The worker script exists only in the bundle (dist/validate-worker.cjs beside dist/lib/);
 * run from the sources (the unit tests) there is none, and files are checked in this thread.
 */
function workerScript(): string | undefined {
  const path = fileURLToPath(new URL('../validate-worker.cjs', import.meta.url));
  return existsSync(path) ? path : undefined;
}

/** `threads`: the --threads option (undefined: one per core when there are many files). */
export function threadCount(files: number, threads: number | undefined): number {
  if (threads !== undefined) return threads;
  return files >= MIN_FILES_FOR_WORKERS ? Math.min(availableParallelism(), 8) : 1;
}

export function inThisThread(): FileChecker {
  return {
    check: (file, bytes, today) => Promise.resolve(checkFile(file, bytes, today)),
    close: () => Promise.resolve(),
    checkedInWorkers: () => 0,
  };
}

export function fileChecker(threads: number): FileChecker {
  const script = threads > 1 ? workerScript() : undefined;
  return script === undefined ? inThisThread() : workerPool(script, threads);
}

interface Pending {
  readonly resolve: (checked: FileCheck) => void;
  readonly reject: (error: unknown) => void;
}

function workerPool(script: string, threads: number): FileChecker {
  const pending = new Map<number, Pending>();
  const queued = new Map<Worker, number>();
  let nextJob = 0;
  let answered = 0;
  let failure: Error | undefined;
  const fail = (error: unknown): void => {
    failure ??= error instanceof Error ? error : new Error('a validate worker thread failed');
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  // This thread is one of the `threads`: it reads the files and checks one itself whenever every
  // worker has work queued, which saves a worker's start-up and heap.
  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(script);
    queued.set(worker, 0);
    worker.on('message', (answer: CheckAnswer) => {
      queued.set(worker, (queued.get(worker) ?? 1) - 1);
      answered += 1;
      pending.get(answer.job)?.resolve(answer.checked);
      pending.delete(answer.job);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`a validate worker thread stopped (exit code ${code}) with files left to check`));
    });
    return worker;
  });
  const leastBusy = (): Worker => workers.reduce((best, worker) => ((queued.get(worker) ?? 0) < (queued.get(best) ?? 0) ? worker : best));
  return {
    check(file, bytes, today) {
      if (failure !== undefined) return Promise.reject(failure);
      const worker = leastBusy();
      // Checked on a later turn of the event loop, not at once: files are read synchronously, and
      // without that turn the workers' answers would wait, their queues stay full, and this
      // thread would check nearly every file itself (9,998 of 10,000 did).
      if ((queued.get(worker) ?? 0) >= BUSY) return onLaterTurn(() => checkFile(file, bytes, today));
      const job = nextJob++;
      queued.set(worker, (queued.get(worker) ?? 0) + 1);
      return new Promise<FileCheck>((resolve, reject) => {
        pending.set(job, { resolve, reject });
        const request: CheckRequest = { job, file, bytes, today };
        worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
    checkedInWorkers: () => answered,
  };
}

/**
 * `check` run on a later turn of the event loop. A throw there (a bug in dossier) rejects, as a
 * worker's failure does, so that main reports it (exit 3); thrown from the setImmediate callback it
 * would escape every handler and end the process with a stack trace.
 */
export function onLaterTurn(check: () => FileCheck): Promise<FileCheck> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(check());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** How many checks may be in flight at once: the workers' queues, so memory stays flat. */
export function inFlightLimit(threads: number): number {
  return threads > 1 ? threads * QUEUE_PER_WORKER : 1;
}
