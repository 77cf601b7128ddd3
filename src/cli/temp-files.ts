// The temp files an export writes before renaming them into place: their names, their removal
// when the run is interrupted, and the sweep of those an earlier run left behind (kill -9, a
// power cut).
//
// Names are short and fixed-shape, `.dossier-<pid>-<12 hex>.tmp`, whatever the target is called:
// a temp name built from the target's name failed for targets of 238 to 255 bytes (the limit of
// most file systems), and a fixed shape lets the sweep recognise its own files and nothing else.
import { randomBytes } from 'node:crypto';
import { promises as fsPromises, unlinkSync } from 'node:fs';
// node:fs's `promises` is loaded on first use: importing node:fs/promises costs every run some 2 ms.
import { join } from 'node:path';

const TEMP_NAME = /^\.dossier-(\d{1,10})-[0-9a-f]{12}\.tmp$/;
const HANDLED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type HandledSignal = (typeof HANDLED_SIGNALS)[number];

/** A temp file left by a run that is gone is swept after this; one whose pid is alive after an hour (pid reuse). */
export const STALE_AFTER_DEAD_MS = 60_000;
export const STALE_AFTER_MS = 60 * 60_000;

export function tempNameFor(directory: string, pid = process.pid): string {
  return join(directory, `.dossier-${String(pid)}-${randomBytes(6).toString('hex')}.tmp`);
}

const pending = new Set<string>();

/**
 * Removes `file` if the process is interrupted (SIGINT, SIGTERM, SIGHUP) before `release()` is
 * called, then ends the process by that same signal, so the parent sees the real cause (a shell
 * reports 128 + the signal's number). The handlers are in place only while a temp file exists, so
 * the default behaviour is otherwise untouched.
 */
export function removeOnInterrupt(file: string): () => void {
  if (pending.size === 0) for (const signal of HANDLED_SIGNALS) process.on(signal, onSignal);
  pending.add(file);
  return () => {
    pending.delete(file);
    if (pending.size === 0) for (const signal of HANDLED_SIGNALS) process.off(signal, onSignal);
  };
}

function onSignal(signal: HandledSignal): void {
  removePending();
  // Re-raise with the default action rather than exiting with a code: nothing is cut short that the
  // signal itself would not have cut, and the exit is reported as the signal it was.
  for (const handled of HANDLED_SIGNALS) process.off(handled, onSignal);
  process.kill(process.pid, signal);
}

/** Synchronous on purpose: it runs from a signal handler, just before the process exits. */
export function removePending(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone (renamed into place, or removed by someone else): nothing to clean.
    }
  }
  pending.clear();
}

export interface SweepOptions {
  readonly now: number;
  readonly uid: number | undefined;
  readonly isAlive: (pid: number) => boolean;
}

/**
 * Removes this program's stale temp files from `directory`: only names of the exact shape above,
 * only regular files (never a link), only the current user's, and only when the run that made
 * them is gone (and a minute has passed, for file systems shared between hosts) or an hour has
 * passed. Best effort: a failure to sweep never fails the export.
 */
export async function sweepStaleTempFiles(directory: string, options: SweepOptions = defaultSweepOptions()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fsPromises.readdir(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const file = join(directory, name);
    try {
      const info = await fsPromises.lstat(file);
      if (!info.isFile() || (options.uid !== undefined && info.uid !== options.uid)) continue;
      const age = options.now - info.mtimeMs;
      const pid = Number(match[1]);
      const stale = age > STALE_AFTER_MS || (age > STALE_AFTER_DEAD_MS && pid !== process.pid && !options.isAlive(pid));
      if (!stale) continue;
      await fsPromises.unlink(file);
      removed.push(file);
    } catch {
      // Removed meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

function defaultSweepOptions(): SweepOptions {
  return { now: Date.now(), uid: process.getuid?.(), isAlive: pidIsAlive };
}

/** Signal 0 checks for a process without touching it; EPERM means it exists but is someone else's. */
export function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
