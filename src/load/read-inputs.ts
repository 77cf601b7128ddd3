// Finds the case files named on the command line and reads them, refusing what could hang or
// exhaust memory (FIFOs, devices, huge files) before a byte is read.
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readBoundedBytes } from './read-file.js';

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
  const diagnostics: Diagnostic[] = [];
  const candidates = new Set<string>();
  for (const path of paths) await expand(path, cwd, candidates, diagnostics, true);
  const files: InputFile[] = [];
  let total = 0;
  // One file at a time: bounded memory and no EMFILE, whatever the number of files.
  for (const file of [...candidates].sort()) {
    // Once over the budget, the remaining files are named but not read.
    const read = total > totalBudget ? undefined : await readCaseFile(file, cwd);
    if (read && 'bytes' in read) total += read.bytes.length;
    if (read === undefined || total > totalBudget) diagnostics.push(overBudget(file, totalBudget));
    else if ('bytes' in read) files.push({ file, bytes: read.bytes });
    else diagnostics.push(read.diagnostic);
  }
  return { files, diagnostics };
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

async function expand(path: string, cwd: string, into: Set<string>, diagnostics: Diagnostic[], named: boolean): Promise<void> {
  const absolute = isAbsolute(path) ? path : join(cwd, path);
  let info;
  try {
    info = await lstat(absolute);
  } catch (error) {
    diagnostics.push(ioDiagnostic(path, error));
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(absolute)).sort();
    } catch (error) {
      diagnostics.push(ioDiagnostic(path, error));
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith('.') || entry === 'node_modules') continue;
      const child = join(path, entry);
      const childInfo = await lstat(join(absolute, entry)).catch(() => undefined);
      if (childInfo?.isDirectory() || CASE_FILE.test(entry)) await expand(child, cwd, into, diagnostics, false);
    }
    return;
  }
  // A file named explicitly is read whatever its extension; inside directories only *.yaml/*.yml.
  if (named || CASE_FILE.test(path)) into.add(path);
}

async function readCaseFile(file: string, cwd: string): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
  const absolute = isAbsolute(file) ? file : join(cwd, file);
  try {
    const link = await lstat(absolute);
    if (link.isSymbolicLink()) {
      const target = await realpath(absolute);
      const inside = relative(await realpath(cwd), target);
      if (inside.startsWith('..') || isAbsolute(inside)) {
        return {
          diagnostic: makeDiagnostic(
            'file/not-regular',
            file,
            START,
            `the file is a link to ${target}, outside the working directory; case files are read only inside it`,
          ),
        };
      }
    }
    const read = await readBoundedBytes(absolute, MAX_FILE_BYTES);
    if (read.ok) return { bytes: read.bytes };
    switch (read.kind) {
      case 'not-regular':
        return {
          diagnostic: makeDiagnostic(
            'file/not-regular',
            file,
            START,
            'not a regular file (a device, FIFO or socket); case files are plain files',
          ),
        };
      case 'too-large':
        return { diagnostic: tooLarge(file, read.size) };
      case 'not-found':
        return { diagnostic: makeDiagnostic('file/not-found', file, START, 'no such file or directory') };
      case 'unreadable':
        return { diagnostic: makeDiagnostic('file/unreadable', file, START, `cannot read: ${read.reason}`) };
    }
  } catch (error) {
    return { diagnostic: ioDiagnostic(file, error) };
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
