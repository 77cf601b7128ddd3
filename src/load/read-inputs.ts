// Finds the case files named on the command line and reads them, refusing what could hang or
// exhaust memory (FIFOs, devices, huge files) before a byte is read.
import { lstatSync, readdirSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { join, relative, isAbsolute, sep } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readBoundedBytesSync, readUnlinkedBytesSync, type ReadFailure } from './read-file.js';

export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * What one run reads across all its files. Parsed and checked, a case file takes some twenty times
 * its size in memory, so 250 files just under the 1 MiB limit exhausted the heap (a native crash,
 * exit 134); 32 MiB is over a thousand real case files.
 */
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const CASE_FILE = /\.ya?ml$/i;
const START = { line: 1, column: 1 } as const;

export interface InputFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface Inputs {
  readonly files: InputFile[];
  readonly diagnostics: Diagnostic[];
}

/** Expands files and directories (recursively, to *.yaml and *.yml), deduplicated and sorted. */
export function readInputs(paths: readonly string[], cwd: string, totalBudget = MAX_TOTAL_BYTES): Inputs {
  const { names, diagnostics } = findInputs(paths, cwd);
  const files: InputFile[] = [];
  let total = 0;
  // One file at a time: bounded memory and no EMFILE, whatever the number of files. Read
  // synchronously, as validate reads (see readInputSync).
  for (const name of names) {
    // Once over the budget, the remaining files are named but not read.
    const read = total > totalBudget ? undefined : readInputSync(name, cwd);
    if (read && 'bytes' in read) total += read.bytes.length;
    if (read === undefined || total > totalBudget) diagnostics.push(overBudget(name.file, totalBudget));
    else if ('bytes' in read) files.push({ file: name.file, bytes: read.bytes });
    else diagnostics.push(read.diagnostic);
  }
  return { files, diagnostics };
}

/** A file to read: the name diagnostics give it, and the path to open (its bytes when that name is not UTF-8). */
export interface InputName {
  readonly file: string;
  readonly path: string | Buffer;
}

/**
 * The files that paths name or hold, sorted, without reading them; what cannot be listed is a
 * diagnostic. Synchronous: listing a directory is one call, and a promise for each was slower.
 */
export function findInputs(paths: readonly string[], cwd: string): { names: InputName[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const found: Found = { candidates: new Map() };
  for (const path of paths) expand(path, cwd, found, diagnostics, true);
  const names = [...found.candidates.keys()].sort().map((file) => ({ file, path: found.candidates.get(file) ?? file }));
  return { names, diagnostics };
}

function overBudget(file: string, budget: number): Diagnostic {
  const mib = Math.round(budget / (1024 * 1024));
  return makeDiagnostic(
    'file/total-too-large',
    file,
    START,
    `not checked: the files read together exceed ${String(mib)} MiB; check fewer files or directories at a time`,
  );
}

/** The files to read, by the name diagnostics give them, each with the path to open. */
interface Found {
  readonly candidates: Map<string, string | Buffer>;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name as diagnostics show it: bytes that are not UTF-8 as visible `\xHH` escapes. */
function displayName(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return [...bytes].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  }
}

function expand(path: string, cwd: string, found: Found, diagnostics: Diagnostic[], named: boolean, raw?: Buffer): void {
  const absolute = raw ?? (isAbsolute(path) ? path : join(cwd, path));
  let info;
  try {
    info = lstatSync(absolute);
    // A directory named on the command line (or as --cases) may be a link to one: the user chose it.
    if (named && info.isSymbolicLink()) {
      const followed = statSync(absolute, { throwIfNoEntry: false });
      if (followed?.isDirectory() === true) info = followed;
    }
  } catch (error) {
    diagnostics.push(ioDiagnostic(path, error));
    return;
  }
  if (info.isDirectory()) {
    let entries: readonly Listed[];
    try {
      entries = listDirectory(absolute);
    } catch (error) {
      diagnostics.push(ioDiagnostic(path, error));
      return;
    }
    // join(path, name) and join(absolute, name), for names that hold no separator and are not
    // "." or "..": a prefix made once per directory, as path.join is slow over thousands of names.
    const shown = join(path, '_').slice(0, -1);
    const opened = typeof absolute === 'string' ? join(absolute, '_').slice(0, -1) : undefined;
    for (const { name, bytes, isDirectory } of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = shown + name;
      // Names that are not UTF-8 are reached by their bytes (the display name cannot be opened).
      const childPath =
        opened !== undefined && (bytes === undefined || name === bytes.toString('utf8'))
          ? opened + name
          : Buffer.concat([Buffer.from(absolute), Buffer.from(sep), bytes ?? Buffer.from(name)]);
      if (isDirectory) expand(child, cwd, found, diagnostics, false, typeof childPath === 'string' ? undefined : childPath);
      // Anything else named like a case file (a link, a FIFO) is refused when it is read.
      else if (CASE_FILE.test(name)) found.candidates.set(child, childPath);
    }
    return;
  }
  // A file named explicitly is read whatever its extension; inside directories only *.yaml/*.yml.
  if (named || CASE_FILE.test(path)) found.candidates.set(path, absolute);
}

/** A directory entry by the name diagnostics give it; with its bytes when the directory holds a name that is not UTF-8. */
interface Listed {
  readonly name: string;
  readonly bytes?: Buffer;
  readonly isDirectory: boolean;
}

/**
 * A directory's entries, sorted, with their types (which spares an lstat() per entry; Node makes
 * one itself where the file system does not say). Listed as text, which is cheaper; Node gives
 * U+FFFD for bytes that are not UTF-8, and only then is the directory listed again as bytes, so
 * that such a name can be opened and shown escaped.
 */
function listDirectory(absolute: string | Buffer): Listed[] {
  const listed = readdirSync(absolute, { withFileTypes: true });
  const entries: Listed[] = listed.some((entry) => entry.name.includes('\uFFFD'))
    ? readdirSync(absolute, { encoding: 'buffer', withFileTypes: true }).map((entry) => ({
        name: displayName(entry.name),
        bytes: entry.name,
        isDirectory: entry.isDirectory(),
      }))
    : listed.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * One listed file's bytes, with what fstat() said of the file it read, or the diagnostic that says
 * why it was not read. Without promises: a promise read is four round trips to the file system's
 * threads (open, fstat, read, close), which cost more than the read of a case file, and loading
 * node:fs/promises costs a data command some 2 ms.
 */
export function readInputSync(name: InputName, cwd: string): { bytes: Uint8Array; stats: BigIntStats } | { diagnostic: Diagnostic } {
  const absolute = name.path;
  try {
    // Most files are no link: opened without following one, they need no lstat() first.
    const unlinked = readUnlinkedBytesSync(absolute, MAX_FILE_BYTES);
    if (unlinked !== undefined)
      return unlinked.ok ? { bytes: unlinked.bytes, stats: unlinked.stats } : { diagnostic: readFailure(name.file, unlinked) };
    if (lstatSync(absolute).isSymbolicLink()) {
      // The native realpath: the JavaScript one decodes a Buffer path as UTF-8, and so loses a
      // name that is not UTF-8 (ENOENT); fs/promises' realpath, above, is native already.
      const target = realpathSync.native(absolute, { encoding: 'buffer' }).toString();
      const outside = linkOutside(name.file, target, realpathSync(cwd));
      if (outside !== undefined) return { diagnostic: outside };
    }
    const read = readBoundedBytesSync(absolute, MAX_FILE_BYTES);
    return read.ok ? { bytes: read.bytes, stats: read.stats } : { diagnostic: readFailure(name.file, read) };
  } catch (error) {
    return { diagnostic: ioDiagnostic(name.file, error) };
  }
}

/** What lstat() says of a listed file, to the nanosecond (validate --cache); undefined when it cannot. */
export function statInput(name: InputName): BigIntStats | undefined {
  try {
    return lstatSync(name.path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A link to a file outside the working directory is refused (`target` and `cwd` are real paths). */
function linkOutside(file: string, target: string, cwd: string): Diagnostic | undefined {
  const inside = relative(cwd, target);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return undefined;
  return makeDiagnostic(
    'file/not-regular',
    file,
    START,
    `the file is a link to ${target}, outside the working directory; case files are read only inside it`,
  );
}

function readFailure(file: string, failure: ReadFailure): Diagnostic {
  switch (failure.kind) {
    case 'not-regular':
      return makeDiagnostic(
        'file/not-regular',
        file,
        START,
        'not a regular file (a directory, device, FIFO or socket); case files are plain files',
      );
    case 'too-large':
      return tooLarge(file, failure.size);
    case 'not-found':
      return makeDiagnostic('file/not-found', file, START, 'no such file or directory');
    case 'unreadable':
      return makeDiagnostic('file/unreadable', file, START, `cannot read: ${failure.reason}`);
  }
}

function tooLarge(file: string, size: number): Diagnostic {
  return makeDiagnostic(
    'file/too-large',
    file,
    START,
    `the file has ${String(size)} bytes or more; a case file may have at most ${MAX_FILE_BYTES} (1 MiB)`,
  );
}

function ioDiagnostic(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return makeDiagnostic('file/not-found', file, START, 'no such file or directory');
  const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error));
  return makeDiagnostic('file/unreadable', file, START, `cannot read: ${reason}`);
}
