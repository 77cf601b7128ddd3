// Loads every case for the commands that compute and report (not `validate`): they refuse to
// compute from files with errors, and say which command shows the details.
import { readInputs } from '../load/read-inputs.js';
import { checkCaseIdsAcrossFiles, loadCase, type LoadedCase } from '../load/load-case.js';
import { isIoCode } from '../diagnostics/codes.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatCompact } from '../render/diagnostics/compact.js';
import { ExitCode, UserError } from './exit-codes.js';
import type { Io } from './io.js';

export async function loadCaseSet(io: Io, casesDir: string): Promise<LoadedCase[]> {
  const { cases, diagnostics, filesRead } = loadAll(io, [casesDir]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    await io.stderr.write(formatCompact(errors));
    const code = errors.some((d) => isIoCode(d.code)) ? ExitCode.Failure : ExitCode.Invalid;
    throw new UserError(`${errors.length} error(s) in the case files; fix them first (dossier validate ${casesDir})`, code);
  }
  if (filesRead === 0) throw new UserError(`no case files (*.yaml) in ${casesDir}; pass --cases DIR`, ExitCode.Failure);
  return cases;
}

export function loadAll(
  io: Io,
  paths: readonly string[],
  today?: string,
): { cases: LoadedCase[]; diagnostics: Diagnostic[]; filesRead: number } {
  const inputs = readInputs(paths, io.cwd);
  const diagnostics: Diagnostic[] = [...inputs.diagnostics];
  const cases: LoadedCase[] = [];
  for (const { file, bytes } of inputs.files) {
    const result = loadCase(file, bytes, today === undefined ? {} : { today });
    diagnostics.push(...result.diagnostics);
    if (result.loaded) cases.push(result.loaded);
  }
  diagnostics.push(...checkCaseIdsAcrossFiles(cases));
  return { cases, diagnostics: sortDiagnostics(diagnostics), filesRead: inputs.files.length };
}
