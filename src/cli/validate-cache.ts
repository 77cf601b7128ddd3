// `validate --cache`: what each file's check found, kept in one JSON file so that a file read
// again with the same bytes, name and day is not parsed and checked again (ESLint's --cache).
//
// An entry is used only when the cache was written by this version of dossier for this case
// format (the schema's hash), and the file's name and the day of the freshness check match, and
// either the file's stat is the one recorded (validate-cache-stat.ts: then it is not even read) or
// its SHA-256 is. The check of ids across files runs on every run, over cached and fresh ids alike.
// A cache that does not parse, or holds one entry of the wrong shape, is ignored as a whole: never
// trusted in part. A file at the location that is not a dossier cache is left as it is.
import { promises as fsPromises, type BigIntStats } from 'node:fs';
import { join, resolve } from 'node:path';
import committedSchema from '../../cases/dossier.schema.json' with { type: 'json' };
import { codes, type DiagnosticCode } from '../diagnostics/codes.js';
import { makeDiagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { readBoundedTextSync } from '../load/read-file.js';
import { UserError } from './exit-codes.js';
import type { FileCheck } from './check-file.js';
import { clockNs, referenceTime, settledBefore, stampOf, STAMP } from './validate-cache-stat.js';
import { VERSION } from './version.js';

export const CACHE_FORMAT = 'dossier-validate-cache/2';
/** The name of the cache in the working directory, or in the directory --cache-location names. */
export const DEFAULT_CACHE_NAME = '.dossiercache';
/** Far above what 100,000 case files need; a bigger file at the location is not read. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

interface Entry {
  readonly sha256: string;
  /** The file's stat when it was read (stampOf); "" when it is to be trusted only by its bytes. */
  readonly stat: string;
  readonly today: string | null;
  readonly diagnostics: readonly CachedDiagnostic[];
  readonly id?: { readonly id: string; readonly start: Position; readonly end: Position };
}
type CachedDiagnostic = Omit<Diagnostic, 'file' | 'severity'>;

/** A file's bytes and what fstat() said of the handle they were read from. */
export interface FileRead {
  readonly bytes: Uint8Array;
  readonly stats: BigIntStats;
}

export interface FileCache {
  /** Whether there is an entry for `file` at all: a file without one need not be read for lookup(). */
  has(file: string): boolean;
  /** The cached check of `file` on this day when its stat (lstat) is the entry's and is settled: no read needed. */
  lookupStat(file: string, stats: BigIntStats, today: string | undefined): FileCheck | undefined;
  /** The cached check of `file` with these bytes on this day; the entry then takes the new stat. */
  lookup(file: string, read: FileRead, today: string | undefined): FileCheck | undefined;
  remember(file: string, read: FileRead, today: string | undefined, check: FileCheck): void;
  /** Writes the cache atomically if anything changed; a warning (never a failure) when it cannot. */
  save(warn: (message: string) => Promise<void>): Promise<void>;
}

/** The cache file a run uses: --cache-location, a directory it names, or ./.dossiercache. */
export async function cachePath(cwd: string, location: string | undefined): Promise<string> {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_NAME);
  if (/\.ya?ml$/i.test(path))
    throw new UserError(`--cache-location ${location ?? ''} ends in .yaml or .yml, like a case file; give another name`);
  const info = await fsPromises.stat(path).catch(() => undefined);
  return info?.isDirectory() === true ? join(path, DEFAULT_CACHE_NAME) : path;
}

export function openFileCache(path: string): FileCache {
  // Before any case file is read: the entries this run writes are judged against this moment.
  const runStarted = clockNs();
  const key = cacheKey();
  const read = readBoundedTextSync(path, MAX_CACHE_BYTES);
  // Only a missing file, an empty one or one that says it is a dossier cache is ever replaced.
  const replaceable = !read.ok ? read.kind === 'not-found' : read.text === '' || read.text.startsWith(`{"format":"dossier-validate-cache/`);
  const entries = (read.ok && read.stats !== undefined ? parseCache(read.text, key, read.stats) : undefined) ?? new Map<string, Entry>();
  let changed = false;
  const answer = (file: string, entry: Entry): FileCheck => {
    // Rebuilt field by field: nothing the file holds beyond what is checked reaches the output.
    const diagnostics = entry.diagnostics.map((d) =>
      makeDiagnostic(d.code, file, position(d.start), d.message, d.end === undefined ? undefined : position(d.end)),
    );
    if (entry.id === undefined) return { diagnostics };
    return { diagnostics, id: { file, id: entry.id.id, idRange: { start: position(entry.id.start), end: position(entry.id.end) } } };
  };
  return {
    has: (file) => entries.has(file),
    lookupStat(file, stats, today) {
      const entry = entries.get(file);
      if (entry?.today !== (today ?? null) || entry.stat === '' || !stats.isFile() || entry.stat !== stampOf(stats)) return undefined;
      return answer(file, entry);
    },
    lookup(file, { bytes, stats }, today) {
      const entry = entries.get(file);
      if (entry?.today !== (today ?? null) || entry.sha256 !== sha256(bytes)) return undefined;
      const stamp = stampOf(stats);
      if (entry.stat !== stamp) {
        entries.set(file, { ...entry, stat: stamp });
        changed = true;
      }
      return answer(file, entry);
    },
    remember(file, { bytes, stats }, today, check) {
      const diagnostics = check.diagnostics.map(({ code, message, start, end }) =>
        end ? { code, message, start, end } : { code, message, start },
      );
      const id = check.id === undefined ? {} : { id: { id: check.id.id, start: check.id.idRange.start, end: check.id.idRange.end } };
      entries.set(file, { sha256: sha256(bytes), stat: stampOf(stats), today: today ?? null, diagnostics, ...id });
      changed = true;
    },
    async save(warn) {
      if (!changed) return;
      if (!replaceable) {
        await warn(`${path} is not a dossier cache file; it was left as it is and the results were not cached`);
        return;
      }
      const header = `{"format":${JSON.stringify(CACHE_FORMAT)},"key":${JSON.stringify(key)},"runStarted":"${runStarted}"`;
      const text = `${header},"entries":${JSON.stringify(Object.fromEntries(entries))}}\n`;
      try {
        const { writeOutputFile } = await import('./write-output.js');
        await writeOutputFile(path, text, { force: true });
      } catch (error) {
        await warn(`the cache was not written: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

/** What the results depend on besides a file's bytes, name and day: the tool and the case format. */
function cacheKey(): string {
  return `dossier ${VERSION}, schema ${fingerprint(JSON.stringify(committedSchema))}`;
}

/**
 * 53 bits that tell one version of the schema from another: cyrb53's two 32-bit multiplicative
 * lanes over the UTF-8 bytes, four at a time (in the machine's byte order: a cache carried to a
 * machine of the other order is ignored, never misread). Not SHA-256: in a run that the cache
 * answers for in full, which hashes no file, loading node:crypto took longer than this takes.
 */
function fingerprint(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  let h1 = 0xdeadbeef ^ bytes.length;
  let h2 = 0x41c6ce57 ^ bytes.length;
  for (let i = 0; i < words.length + (bytes.length & 3); i += 1) {
    // The last bytes, fewer than four, one by one.
    const unit = i < words.length ? (words[i] ?? 0) : (bytes[words.length * 4 + i - words.length] ?? 0);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function position(p: Position): Position {
  return { line: p.line, column: p.column };
}

// A file missing from the cache is hashed in lookup() and again in remember(): once is enough.
let lastHashed: { bytes: Uint8Array; hash: string } | undefined;
function sha256(bytes: Uint8Array): string {
  if (lastHashed?.bytes !== bytes) {
    const { createHash } = process.getBuiltinModule('node:crypto');
    lastHashed = { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
  }
  return lastHashed.hash;
}

/**
 * The entries of a cache written for `key`; undefined for anything else, whole or in part. An
 * entry whose stat is not settled before the cache was written loses it (git "smudges" such
 * entries): its file is read and hashed again, and it cannot pass for settled in a later cache.
 */
export function parseCache(text: string, key: string, cacheFile: BigIntStats): Map<string, Entry> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['format'] !== CACHE_FORMAT || data['key'] !== key || !isRecord(data['entries'])) return undefined;
  const runStarted = data['runStarted'];
  if (typeof runStarted !== 'string' || !/^\d{1,30}$/.test(runStarted)) return undefined;
  const reference = referenceTime(BigInt(runStarted), cacheFile);
  const entries = new Map<string, Entry>();
  const stored = data['entries'];
  // for…in: Object.entries would make an array per entry, for the collector to sweep.
  for (const file in stored) {
    const entry = stored[file];
    if (!isEntry(entry)) return undefined;
    entries.set(file, entry.stat === '' || settledBefore(entry.stat, reference) ? entry : { ...entry, stat: '' });
  }
  return entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is Entry {
  if (!isRecord(value)) return false;
  const { sha256: hash, stat: stamp, today, diagnostics, id } = value;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return false;
  if (typeof stamp !== 'string' || !STAMP.test(stamp)) return false;
  if (today !== null && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today))) return false;
  if (!Array.isArray(diagnostics) || !diagnostics.every(isCachedDiagnostic)) return false;
  if (id === undefined) return true;
  return isRecord(id) && typeof id['id'] === 'string' && isPosition(id['start']) && isPosition(id['end']);
}

function isCachedDiagnostic(value: unknown): value is CachedDiagnostic {
  if (!isRecord(value)) return false;
  const { code, message, start, end } = value;
  return (
    typeof code === 'string' &&
    Object.hasOwn(codes, code) &&
    !(codes[code as DiagnosticCode] as { io?: true }).io &&
    typeof message === 'string' &&
    isPosition(start) &&
    (end === undefined || isPosition(end))
  );
}

function isPosition(value: unknown): value is Position {
  if (!isRecord(value)) return false;
  const { line, column } = value;
  return Number.isSafeInteger(line) && Number.isSafeInteger(column) && (line as number) >= 1 && (column as number) >= 1;
}
