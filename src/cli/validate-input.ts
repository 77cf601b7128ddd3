// Where `dossier validate` reads from besides the paths on the command line: the git index
// (--staged, for hooks) or stdin (--stdin --stdin-filename PATH, for editors and other hooks).
// Only the files judged are reported on; the rest of the case set is read for the check of
// ids across files.
import { resolve } from 'node:path';
import { makeDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { checkCaseIdsAgainst } from '../load/case-ids-against.js';
import type { CaseIdPlace } from '../load/load-case.js';
import { MAX_FILE_BYTES, readInputs, type InputFile } from '../load/read-inputs.js';
import { checkFile } from './check-file.js';
import { UserError } from './exit-codes.js';
import type { Input, Io } from './io.js';
import { readStagedFiles } from './staged-files.js';
import type { ValidateInput } from './validate-input-choice.js';

export interface Loaded {
  readonly diagnostics: Diagnostic[];
  readonly filesRead: number;
}

export async function loadValidateInput(io: Io, input: ValidateInput, today: string): Promise<Loaded> {
  if (input.kind === 'staged') {
    const staged = await readStagedFiles(io, input.casesDir, input.paths);
    return judge(staged.targets, staged.others, staged.diagnostics, today);
  }
  const text = await readStdin(io.stdin, input.filename);
  if ('diagnostic' in text) return { diagnostics: [text.diagnostic], filesRead: 0 };
  const judged = resolve(io.cwd, input.filename);
  const onDisk = readInputs([input.casesDir], io.cwd);
  // The file being edited is judged from stdin, never from its (older) copy on disk; the other
  // files' own read problems are not this run's to report.
  const others = onDisk.files.filter((f) => resolve(io.cwd, f.file) !== judged);
  return judge([{ file: input.filename, bytes: text.bytes }], others, [], today);
}

/** The targets checked as `validate` checks any file (check-file.ts), their ids against the others'. */
function judge(targets: readonly InputFile[], others: readonly InputFile[], found: readonly Diagnostic[], today: string): Loaded {
  const diagnostics: Diagnostic[] = [...found];
  const judged: CaseIdPlace[] = [];
  for (const { file, bytes } of targets) {
    const checked = checkFile(file, bytes, today);
    diagnostics.push(...checked.diagnostics);
    if (checked.id !== undefined) judged.push(checked.id);
  }
  // The other files count only for their ids; their own problems are not this run's to report.
  const context = others.flatMap(({ file, bytes }) => checkFile(file, bytes, undefined).id ?? []);
  diagnostics.push(...checkCaseIdsAgainst(judged, context));
  return { diagnostics: sortDiagnostics(diagnostics), filesRead: targets.length };
}

async function readStdin(stdin: Input | undefined, filename: string): Promise<{ bytes: Uint8Array } | { diagnostic: Diagnostic }> {
  if (stdin === undefined) throw new UserError('--stdin: there is no standard input to read here');
  // Waiting for a person to type a case file would look like a hang.
  if (stdin.isTTY) {
    throw new UserError(
      '--stdin reads the case file from a pipe, and stdin is a terminal (dossier validate --stdin --stdin-filename F < F)',
    );
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stdin.chunks()) {
    length += chunk.length;
    // Refused as soon as it is too long: a case file may not exceed 1 MiB, and stdin may not end.
    if (length > MAX_FILE_BYTES) {
      const message = `stdin has more than ${String(MAX_FILE_BYTES)} bytes; a case file may have at most 1 MiB`;
      return { diagnostic: makeDiagnostic('file/too-large', filename, { line: 1, column: 1 }, message) };
    }
    chunks.push(chunk);
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)) };
}
