// validate --cache trusts a file's stat (size, mtime, ctime, inode, device) as git trusts its
// index, except for "racy" entries, whose times are not clearly older than the cache: those files
// are read and hashed again. Here the cache is edited to stand for what a test cannot make on a
// file system with nanosecond times: a stale entry whose stat still matches.
import { spawnSync } from 'node:child_process';
import { type BigIntStats, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RACY_WINDOW_NS, referenceTime, settledBefore } from '../../src/cli/validate-cache-stat.js';
import { ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const AS_OF = ['--as-of', '2026-12-03'];
const AP = 'cases/ap-clearview-ai.yaml';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-stat-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'cases'), join(dir, 'cases'), { recursive: true });
  return dir;
}

const validate = (cwd: string) => runInProcess(['validate', 'cases', ...AS_OF, '--cache'], { cwd });
const uncached = (cwd: string) => runInProcess(['validate', 'cases', ...AS_OF], { cwd });

interface CacheFile {
  runStarted: string;
  entries: Record<string, { sha256: string; stat: string; diagnostics: { message: string }[] }>;
}
const readCache = (cwd: string) => JSON.parse(readFileSync(join(cwd, '.dossiercache'), 'utf8')) as CacheFile;

/** Sets a file's mtime to the nanosecond (GNU touch), as `touch -d` back to an old time does. */
function setMtime(path: string, ns: bigint): void {
  const stamp = `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, '0')}`;
  expect(spawnSync('touch', ['-m', '-d', stamp, path]).status).toBe(0);
  expect(statSync(path, { bigint: true }).mtimeNs).toBe(ns);
}

const stampOf = (path: string) => {
  const s = statSync(path, { bigint: true });
  return `${s.size} ${s.mtimeNs} ${s.ctimeNs} ${s.ino} ${s.dev}`;
};

const minuteAhead = () => BigInt(Date.now() + 60_000) * 1_000_000n;

/**
 * Rewrites the cache: `edit` changes it, then its run's start and its own mtime are set, by
 * default a minute ahead, which makes every entry settled (the files were written just now).
 */
function rewriteCache(cwd: string, edit: (cache: CacheFile) => void, runStarted = minuteAhead(), written = runStarted): void {
  const cache = readCache(cwd);
  edit(cache);
  cache.runStarted = String(runStarted);
  const path = join(cwd, '.dossiercache');
  writeFileSync(path, JSON.stringify(cache));
  setMtime(path, written);
}

/** An entry that can only have come from the cache: its hash is wrong, its message made up. */
function remembered(cache: CacheFile): void {
  const ap = cache.entries[AP]!;
  ap.sha256 = '0'.repeat(64);
  ap.diagnostics[0]!.message = 'as remembered';
}

/** The same length, another fine: the cap warning's amounts change. */
const editFine = (cwd: string) =>
  writeFileSync(join(cwd, AP), readFileSync(join(cwd, AP), 'utf8').replace('amount: "30500000"', 'amount: "30600000"'));

describe('validate --cache and the stat of files', () => {
  it('answers for a settled file from its stat alone, without reading it (a wrong hash goes unnoticed)', async () => {
    const cwd = workspace();
    await validate(cwd);
    expect(readCache(cwd).entries[AP]?.stat).toBe(stampOf(join(cwd, AP)));
    rewriteCache(cwd, remembered);
    expect((await validate(cwd)).stdout).toContain('warning as remembered [money/cap-needs-turnover]');
  });

  it('an edit that keeps the size and the mtime (touch -d back to it) is caught by the ctime', async () => {
    const cwd = workspace();
    await validate(cwd);
    rewriteCache(cwd, () => undefined);
    const before = statSync(join(cwd, AP), { bigint: true });
    editFine(cwd);
    setMtime(join(cwd, AP), before.mtimeNs);
    expect(statSync(join(cwd, AP)).size).toBe(Number(before.size));
    const warm = await validate(cwd);
    expect(warm.stdout).toContain('EUR 30600000.00');
    expect(warm).toEqual(await uncached(cwd));
  });

  // On a file system that keeps times to the second, an edit soon after the cache was written
  // leaves the stat as it was: the entry below is stale and its stat matches.
  const SECOND = 1_000_000_000n;
  it.each([
    ['the cache file was written', undefined, 0n],
    ['the cache file was written, within a second', undefined, SECOND],
    ['its run started, the cache being written long after', SECOND, undefined],
  ])('an edit with the same stat and an mtime as new as when %s is caught by the racy rule', async (_, started, written) => {
    const cwd = workspace();
    await validate(cwd);
    editFine(cwd);
    const mtime = statSync(join(cwd, AP), { bigint: true }).mtimeNs;
    const at = (after: bigint | undefined) => (after === undefined ? minuteAhead() : mtime + after);
    rewriteCache(
      cwd,
      (cache) => {
        cache.entries[AP]!.stat = stampOf(join(cwd, AP));
      },
      at(started),
      at(written),
    );
    const warm = await validate(cwd);
    expect(warm.stdout).toContain('EUR 30600000.00');
    expect(warm).toEqual(await uncached(cwd));
    // The entry was read again and its hash checked; the cache now holds the edited file's.
    expect(readCache(cwd).entries[AP]?.stat).toBe(stampOf(join(cwd, AP)));
  });

  it('a racy entry whose bytes are unchanged is answered from the cache, and written again with a new start', async () => {
    const cwd = workspace();
    await validate(cwd);
    const mtime = statSync(join(cwd, AP), { bigint: true }).mtimeNs;
    rewriteCache(
      cwd,
      (cache) => {
        cache.entries[AP]!.diagnostics[0]!.message = 'as remembered';
      },
      mtime,
    );
    expect((await validate(cwd)).stdout).toContain('warning as remembered');
    // Rewritten with this run's start, after which the entry will be settled.
    expect(BigInt(readCache(cwd).runStarted)).toBeGreaterThan(mtime);
    expect(readCache(cwd).entries[AP]?.stat).toBe(stampOf(join(cwd, AP)));
  });

  it('a racy entry left out of a run is not settled by the cache that run writes (git smudges such entries)', async () => {
    const cwd = workspace();
    await validate(cwd);
    rewriteCache(cwd, remembered, statSync(join(cwd, AP), { bigint: true }).mtimeNs);
    // Long enough for the next cache's start to be clearly newer than the files.
    await new Promise((resolve) => setTimeout(resolve, Number(RACY_WINDOW_NS / 1_000_000n) + 200));
    await runInProcess(['validate', 'cases/cnil-clearview-ai.yaml', ...AS_OF, '--cache'], { cwd });
    expect(BigInt(readCache(cwd).runStarted)).toBeGreaterThan(statSync(join(cwd, AP), { bigint: true }).ctimeNs + RACY_WINDOW_NS);
    expect(await validate(cwd)).toEqual(await uncached(cwd));
  });

  it('a file renamed over another is read, whatever its stat: the results follow the bytes', async () => {
    const cwd = workspace();
    await validate(cwd);
    rewriteCache(cwd, () => undefined);
    renameSync(join(cwd, 'cases/dsb-clearview-ai.yaml'), join(cwd, 'cases/moved.yaml'));
    renameSync(join(cwd, 'cases/ico-clearview-ai.yaml'), join(cwd, 'cases/dsb-clearview-ai.yaml'));
    renameSync(join(cwd, 'cases/moved.yaml'), join(cwd, 'cases/ico-clearview-ai.yaml'));
    const warm = await validate(cwd);
    expect(warm.stdout).toContain('cases/dsb-clearview-ai.yaml:3:5: error the case id is "ico-clearview-ai"');
    expect(warm).toEqual(await uncached(cwd));
  });

  it('judges entries by the earlier of the run start and the cache file mtime, with a window of 2 s', () => {
    const stamp = (mtime: bigint, ctime: bigint) => `10 ${mtime} ${ctime} 1 2`;
    const at = 10n * RACY_WINDOW_NS;
    expect(settledBefore(stamp(at - RACY_WINDOW_NS - 1n, at - RACY_WINDOW_NS - 1n), at)).toBe(true);
    expect(settledBefore(stamp(at - RACY_WINDOW_NS, 0n), at)).toBe(false);
    expect(settledBefore(stamp(0n, at - RACY_WINDOW_NS), at)).toBe(false);
    expect(settledBefore('', at)).toBe(false);
    const cacheFile = (mtimeNs: bigint) => ({ mtimeNs }) as BigIntStats;
    expect(referenceTime(at, cacheFile(at + 1n))).toBe(at);
    expect(referenceTime(at, cacheFile(at - 1n))).toBe(at - 1n);
  });
});
