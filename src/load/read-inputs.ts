// Finds the case files named on the command line and reads them, refusing what could hang or
// exhaust memory (FIFOs, devices, huge files) before a byte is read.
import { lstatSync, realpathSync, type BigIntStats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readBoundedBytes, readBoundedBytesSync, type ReadFailure } from './read-file.js';

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
export async function readInputs(paths: readonly string[], cwd: string, totalBudget = MAX_TOTAL_BYTES): Promise<Inputs> {
  const { names, diagnostics } = await findInputs(paths, cwd);
  const files: InputFile[] = [];
  let total = 0;
  // One file at a time: bounded memory and no EMFILE, whatever the number of files.
  for (const name of names) {
    // Once over the budget, the remaining files are named but not read.
    const read = total > totalBudget ? undefined : await readInput(name, cwd);
    if (read && 'bytes' in read) total += read.bytes.length;
    if (read === undefined || total > totalBudget) diagnostics.push(overBudget(name.file, totalBudget));
    else if ('bytes' in read) files.push({ file: name.file, bytes: read.bytes });
    else diagnostics.push(read.diagnostic);
  }
  return { files, diagnostics };
}

/** A file to read: the name diagnostics give it, and its bytes when that name is not UTF-8. */
export interface InputName {
  readonly file: string;
  readonly raw?: Buffer;
}

/** The files that paths name or hold, sorted, without reading them; what cannot be listed is a diagnostic. */
export async function findInputs(paths: readonly string[], cwd: string): Promise<{ names: InputName[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const found: Found = { candidates: new Set<string>(), rawNames: new Map() };
  for (const path of paths) await expand(path, cwd, found, diagnostics, true);
  const names = [...found.candidates].sort().map((file) => {
    const raw = found.rawNames.get(file);
    return raw === undefined ? { file } : { file, raw };
  });
  return { names, diagnostics };
}

/** One listed file's bytes, or the diagnostic that says why it was not read. */
export function readInput(name: InputName, cwd: string): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
  return readCaseFile(name.file, cwd, name.raw);
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

/** The files to read, by the name diagnostics give them; a name that is not UTF-8 keeps its bytes. */
interface Found {
  readonly candidates: Set<string>;
  readonly rawNames: Map<string, Buffer>;
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

async function expand(path: string, cwd: string, found: Found, diagnostics: Diagnostic[], named: boolean, raw?: Buffer): Promise<void> {
  const absolute = raw ?? (isAbsolute(path) ? path : join(cwd, path));
  let info;
  try {
    info = await lstat(absolute);
    // A directory named on the command line (or as --cases) may be a link to one: the user chose it.
    if (named && info.isSymbolicLink()) {
      const followed = await stat(absolute).catch(() => undefined);
      if (followed?.isDirectory()) info = followed;
    }
  } catch (error) {
    diagnostics.push(ioDiagnostic(path, error));
    return;
  }
  if (info.isDirectory()) {
    let entries: { name: string; bytes: Buffer; isDirectory: boolean }[];
    try {
      // With their types, which spares an lstat() per entry (Node makes one itself where the file
      // system does not say).
      entries = (await readdir(absolute, { encoding: 'buffer', withFileTypes: true }))
        .map((entry) => ({ name: displayName(entry.name), bytes: entry.name, isDirectory: entry.isDirectory() }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      diagnostics.push(ioDiagnostic(path, error));
      return;
    }
    for (const { name, bytes, isDirectory } of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const child = join(path, name);
      // Names that are not UTF-8 are reached by their bytes (the display name cannot be opened).
      const childRaw =
        name === bytes.toString('utf8') && raw === undefined ? undefined : Buffer.concat([Buffer.from(absolute), Buffer.from(sep), bytes]);
      if (isDirectory) await expand(child, cwd, found, diagnostics, false, childRaw);
      else if (CASE_FILE.test(name)) {
        // Anything else named like a case file (a link, a FIFO) is refused when it is read.
        found.candidates.add(child);
        if (childRaw !== undefined) found.rawNames.set(child, childRaw);
      }
    }
    return;
  }
  // A file named explicitly is read whatever its extension; inside directories only *.yaml/*.yml.
  if (named || CASE_FILE.test(path)) {
    found.candidates.add(path);
    if (raw !== undefined) found.rawNames.set(path, raw);
  }
}

async function readCaseFile(file: string, cwd: string, raw?: Buffer): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
  const absolute = raw ?? (isAbsolute(file) ? file : join(cwd, file));
  try {
    const link = await lstat(absolute);
    if (link.isSymbolicLink()) {
      const outside = linkOutside(file, (await realpath(absolute, { encoding: 'buffer' })).toString(), await realpath(cwd));
      if (outside !== undefined) return { diagnostic: outside };
    }
    const read = await readBoundedBytes(absolute, MAX_FILE_BYTES);
    return read.ok ? { bytes: read.bytes } : { diagnostic: readFailure(file, read) };
  } catch (error) {
    return { diagnostic: ioDiagnostic(file, error) };
  }
}

/** readInput without promises, for validate; with what fstat() said of the file it read. */
export function readInputSync(name: InputName, cwd: string): { bytes: Uint8Array; stats: BigIntStats } | { diagnostic: Diagnostic } {
  const absolute = absoluteOf(name, cwd);
  try {
    if (lstatSync(absolute).isSymbolicLink()) {
      const outside = linkOutside(name.file, realpathSync(absolute, { encoding: 'buffer' }).toString(), realpathSync(cwd));
      if (outside !== undefined) return { diagnostic: outside };
    }
    const read = readBoundedBytesSync(absolute, MAX_FILE_BYTES);
    return read.ok ? { bytes: read.bytes, stats: read.stats } : { diagnostic: readFailure(name.file, read) };
  } catch (error) {
    return { diagnostic: ioDiagnostic(name.file, error) };
  }
}

/** What lstat() says of a listed file, to the nanosecond (validate --cache); undefined when it cannot. */
export function statInput(name: InputName, cwd: string): BigIntStats | undefined {
  try {
    return lstatSync(absoluteOf(name, cwd), { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function absoluteOf(name: InputName, cwd: string): string | Buffer {
  return name.raw ?? (isAbsolute(name.file) ? name.file : join(cwd, name.file));
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
      return makeDiagnostic('file/not-regular', file, START, 'not a regular file (a device, FIFO or socket); case files are plain files');
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
