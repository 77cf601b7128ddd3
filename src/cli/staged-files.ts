// The case files as staged: blobs read from the index (`git ls-files -s`, `git cat-file`), not
// from the working tree, so that a partly staged file is judged on what will be committed and
// an untracked draft is not read at all.
import { isAbsolute, normalize, relative } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES, type InputFile } from '../load/read-inputs.js';
import { runGit } from './git.js';
import type { Io } from './io.js';

const CASE_FILE = /\.ya?ml$/i;
const START = { line: 1, column: 1 } as const;
const REGULAR_FILE = /^100(644|755)$/;
const SYMBOLIC_LINK = '120000';

interface IndexEntry {
  readonly mode: string;
  readonly object: string;
  readonly stage: string;
  /** Relative to the working directory, as git prints it. */
  readonly path: string;
}

export interface StagedFiles {
  /** The files to check: the named ones, or every staged case file in the cases directory. */
  readonly targets: InputFile[];
  /** The other staged case files of the cases directory: read for the check of ids across files. */
  readonly others: InputFile[];
  readonly diagnostics: Diagnostic[];
}

/** `named` empty: every staged *.yaml / *.yml under casesDir is a target. */
export async function readStagedFiles(io: Io, casesDir: string, named: readonly string[]): Promise<StagedFiles> {
  const wanted = named.map((path) => tidy(io.cwd, path));
  const cases = tidy(io.cwd, casesDir);
  const listing = await runGit(io, ['ls-files', '--stage', '-z', '--', cases, ...wanted]);
  const entries = parseLsFiles(listing.toString('utf8'));
  const diagnostics: Diagnostic[] = [];
  const isTarget = (entry: IndexEntry) =>
    wanted.length === 0
      ? CASE_FILE.test(entry.path)
      : wanted.some((w) => entry.path === w || (inside(entry.path, w) && CASE_FILE.test(entry.path)));
  for (const path of wanted) {
    if (!entries.some((entry) => entry.path === path || inside(entry.path, path))) {
      diagnostics.push(makeDiagnostic('file/not-found', path, START, 'not in the git index (git add it, or check it without --staged)'));
    }
  }
  const chosen: IndexEntry[] = [];
  const context: IndexEntry[] = [];
  for (const entry of uniqueByPath(entries)) {
    const target = isTarget(entry);
    if (!target && !(CASE_FILE.test(entry.path) && inside(entry.path, cases))) continue;
    const problem = entryProblem(entry, entries);
    if (problem !== undefined) {
      if (target) diagnostics.push(problem);
      continue;
    }
    (target ? chosen : context).push(entry);
  }
  const blobs = await readBlobs(io, [...chosen, ...context], diagnostics);
  const toInput = (entry: IndexEntry): InputFile[] => {
    const bytes = blobs.get(entry.path);
    return bytes === undefined ? [] : [{ file: entry.path, bytes }];
  };
  return { targets: chosen.flatMap(toInput), others: context.flatMap(toInput), diagnostics };
}

/** `-z` records: "<mode> SP <object> SP <stage> TAB <path> NUL". */
export function parseLsFiles(text: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const record of text.split('\0')) {
    const match = /^(\d{6}) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record);
    if (match) entries.push({ mode: match[1] ?? '', object: match[2] ?? '', stage: match[3] ?? '', path: match[4] ?? '' });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function uniqueByPath(entries: readonly IndexEntry[]): IndexEntry[] {
  return entries.filter((entry, i) => i === 0 || entries[i - 1]?.path !== entry.path);
}

function entryProblem(entry: IndexEntry, all: readonly IndexEntry[]): Diagnostic | undefined {
  if (all.some((other) => other.path === entry.path && other.stage !== '0')) {
    return makeDiagnostic(
      'file/unreadable',
      entry.path,
      START,
      'not checked: the file has unresolved merge conflicts in the index; resolve them and git add it',
    );
  }
  if (entry.mode === SYMBOLIC_LINK)
    return makeDiagnostic('file/not-regular', entry.path, START, 'staged as a symbolic link; case files are plain files');
  if (!REGULAR_FILE.test(entry.mode)) return makeDiagnostic('file/not-regular', entry.path, START, 'staged as a submodule, not a file');
  return undefined;
}

/** Sizes first (`--batch-check`), so that an oversized blob is refused before a byte of it is read. */
async function readBlobs(io: Io, entries: readonly IndexEntry[], diagnostics: Diagnostic[]): Promise<Map<string, Uint8Array>> {
  const blobs = new Map<string, Uint8Array>();
  if (entries.length === 0) return blobs;
  const request = Buffer.from(entries.map((e) => `${e.object}\n`).join(''));
  const sizes = (await runGit(io, ['cat-file', '--batch-check=%(objectsize)'], request)).toString('utf8').trim().split('\n').map(Number);
  const accepted: IndexEntry[] = [];
  let total = 0;
  entries.forEach((entry, i) => {
    const size = sizes[i] ?? Number.NaN;
    if (!Number.isFinite(size)) {
      diagnostics.push(makeDiagnostic('file/unreadable', entry.path, START, 'cannot read the staged blob'));
    } else if (size > MAX_FILE_BYTES) {
      diagnostics.push(
        makeDiagnostic(
          'file/too-large',
          entry.path,
          START,
          `the staged file has ${String(size)} bytes; a case file may have at most ${String(MAX_FILE_BYTES)} (1 MiB)`,
        ),
      );
    } else if (total + size > MAX_TOTAL_BYTES) {
      diagnostics.push(
        makeDiagnostic(
          'file/total-too-large',
          entry.path,
          START,
          'not checked: the staged files together exceed 32 MiB; check fewer files at a time',
        ),
      );
    } else {
      total += size;
      accepted.push(entry);
    }
  });
  if (accepted.length === 0) return blobs;
  const output = await runGit(io, ['cat-file', '--batch'], Buffer.from(accepted.map((e) => `${e.object}\n`).join('')));
  let offset = 0;
  for (const entry of accepted) {
    // Each object: "<object> blob <size>\n<content>\n".
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    const start = headerEnd + 1;
    blobs.set(entry.path, new Uint8Array(output.subarray(start, start + size)));
    offset = start + size + 1;
  }
  return blobs;
}

/** A path as git prints it relative to the working directory: normalised, no "./", no trailing "/". */
function tidy(cwd: string, path: string): string {
  const relativePath = isAbsolute(path) ? relative(cwd, path) : path;
  const normal = normalize(relativePath).replace(/\/+$/, '');
  return normal === '' ? '.' : normal;
}

function inside(path: string, dir: string): boolean {
  return dir === '.' ? !path.startsWith('../') : path.startsWith(`${dir}/`);
}
