// Finds the case files named on the command line and reads them, refusing what could hang or
// exhaust memory (FIFOs, devices, huge files) before a byte is read.
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export const MAX_FILE_BYTES = 1024 * 1024;
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
export async function readInputs(paths: readonly string[], cwd: string): Promise<Inputs> {
  const diagnostics: Diagnostic[] = [];
  const candidates = new Set<string>();
  for (const path of paths) await expand(path, cwd, candidates, diagnostics, true);
  const files: InputFile[] = [];
  // One file at a time: bounded memory and no EMFILE, whatever the number of files.
  for (const file of [...candidates].sort()) {
    const read = await readCaseFile(file, cwd);
    if ('bytes' in read) files.push({ file, bytes: read.bytes });
    else diagnostics.push(read.diagnostic);
  }
  return { files, diagnostics };
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
    const info = await stat(absolute);
    if (!info.isFile())
      return {
        diagnostic: makeDiagnostic(
          'file/not-regular',
          file,
          START,
          'not a regular file (a device, FIFO or socket); case files are plain files',
        ),
      };
    if (info.size > MAX_FILE_BYTES) return { diagnostic: tooLarge(file, info.size) };
    const handle = await open(absolute, 'r');
    try {
      // Read at most one byte more than allowed, in case the file grew since stat().
      const buffer = new Uint8Array(MAX_FILE_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > MAX_FILE_BYTES) return { diagnostic: tooLarge(file, length) };
      }
      return { bytes: buffer.slice(0, length) };
    } finally {
      await handle.close();
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
    `the file has ${size} bytes; a case file may have at most ${MAX_FILE_BYTES} (1 MiB)`,
  );
}

function ioDiagnostic(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return makeDiagnostic('file/not-found', file, START, 'no such file or directory');
  const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error));
  return makeDiagnostic('file/unreadable', file, START, `cannot read: ${reason}`);
}
