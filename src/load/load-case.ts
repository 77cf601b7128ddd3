// One file's bytes to a checked case, or to the diagnostics that say why not. Never throws on
// bad input: every problem becomes a diagnostic with a line and a column.
import { basename, extname } from 'node:path';
import type { Case } from '../model/case-schema.js';
import { makeDiagnostic, type Diagnostic, type Finding, type Position } from '../diagnostics/diagnostic.js';
import { checkIdsAcrossFiles } from '../rules/ids-across-files.js';
import { validate as matchesCaseSchema } from '../model/generated/case-validator.js';
import { checkCase } from '../rules/index.js';
import { parseYaml } from './parse-yaml.js';
// Loaded on its first call in the program bundle (scripts/build.mjs): it builds the zod schemas,
// which only a file that fails the compiled schema needs.
import { checkSchema, type SchemaResult } from './schema-findings.js';

export { checkIdsAcrossFiles, type CaseIdPlace } from '../rules/ids-across-files.js';

export interface LoadedCase {
  readonly file: string;
  readonly case: Case;
  /** Where the case id is written, for the check across files; the parsed YAML itself is not kept (memory). */
  readonly idRange: { readonly start: Position; readonly end: Position };
}

export interface LoadResult {
  readonly loaded?: LoadedCase;
  readonly diagnostics: Diagnostic[];
}

/** `today` (YYYY-MM-DD) turns on the freshness check of open cases. */
export function loadCase(file: string, bytes: Uint8Array, options: { readonly today?: string } = {}): LoadResult {
  const parsed = parseYaml(bytes);
  if (!parsed.ok) return { diagnostics: parsed.problems.map((p) => makeDiagnostic(p.code, file, p.start, p.message, p.end)) };
  const place = (f: Finding): Diagnostic => {
    const { start, end } = parsed.sourceMap.locate(f.path, f.atKey);
    return makeDiagnostic(f.code, file, start, f.message, end);
  };
  const value = schemaChecked(parsed.data);
  if (!value.ok) return { diagnostics: value.findings.map(place) };
  const stem = basename(file, extname(file));
  const diagnostics = checkCase(value.value, stem, options.today).map(place);
  return { loaded: { file, case: value.value, idRange: parsed.sourceMap.locate(['id']) }, diagnostics };
}

/**
 * The schema compiled from zod's (src/model/generated/case-validator.js) admits the data, which is
 * then the case as it is; if it does not, zod, the definition, says why (or, should the two ever
 * disagree, admits it after all).
 */
function schemaChecked(data: unknown): SchemaResult {
  return matchesCaseSchema(data) ? { ok: true, value: data } : checkSchema(data);
}

/** Case ids are unique across the files read together (they key exports and calendar UIDs). */
export function checkCaseIdsAcrossFiles(cases: readonly LoadedCase[]): Diagnostic[] {
  return checkIdsAcrossFiles(cases.map((loaded) => ({ file: loaded.file, id: loaded.case.id, idRange: loaded.idRange })));
}
