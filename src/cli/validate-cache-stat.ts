// validate --cache trusts a file's stat, as git trusts its index: an entry records the size, the
// modification and change times (in nanoseconds), the inode and the device of the file it was
// read from, and when all five are the same the file is taken to hold the same bytes, unread.
//
// A stat says nothing of an edit made within the same tick of the file system's clock as the
// entry's read: such a file keeps its times (and, edited to the same length, its size). So, as
// git does with "racily clean" entries, an entry whose times are not clearly older than the run
// that read the file is never trusted from its stat alone: the file is read and hashed again.
// "Clearly older" is by more than RACY_WINDOW_NS before the earlier of two times, the start of
// the run that wrote the cache (the system clock) and the cache file's own modification time
// (the file system's clock); the window covers file systems that count time in whole seconds.
import type { BigIntStats } from 'node:fs';

/** FAT keeps modification times to 2 seconds; ext3, HFS+ and some network file systems to 1. */
export const RACY_WINDOW_NS = 2_000_000_000n;

/** What the cache records of a file's stat: "size mtimeNs ctimeNs inode device". */
export function stampOf(stats: BigIntStats): string {
  return `${stats.size} ${stats.mtimeNs} ${stats.ctimeNs} ${stats.ino} ${stats.dev}`;
}

/** A stamp as stampOf writes it; "" for an entry that is to be checked against the file's bytes. */
export const STAMP = /^(?:\d+ -?\d+ -?\d+ \d+ \d+)?$/;

/** Whether a stamp's times are clearly older than `referenceNs`, so that a matching stat can be trusted. */
export function settledBefore(stamp: string, referenceNs: bigint): boolean {
  const [, mtime, ctime] = stamp.split(' ');
  if (mtime === undefined || ctime === undefined) return false;
  const settled = referenceNs - RACY_WINDOW_NS;
  return BigInt(mtime) < settled && BigInt(ctime) < settled;
}

/** The moment a cache's entries are judged against: the earlier of its run's start and its file's mtime. */
export function referenceTime(runStartedNs: bigint, cacheFile: BigIntStats): bigint {
  return runStartedNs < cacheFile.mtimeNs ? runStartedNs : cacheFile.mtimeNs;
}

/** Now on the system clock, in nanoseconds since the epoch (to the millisecond). */
export function clockNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}
