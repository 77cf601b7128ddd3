import { severityOf, type DiagnosticCode, type Severity } from './codes.js';

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters of the line. */
  readonly column: number;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** One sentence naming the value found and what was expected; no trailing period. */
  readonly message: string;
  /** The path as the user gave it (or relative to the working directory). */
  readonly file: string;
  readonly start: Position;
  readonly end?: Position;
}

/** A finding before it is placed in a file: `path` is the data path to the offending value. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly path: readonly (string | number)[];
  /** Point at the key rather than the value (unknown keys). */
  readonly atKey?: boolean;
}

export function finding(code: DiagnosticCode, path: Finding['path'], message: string): Finding {
  return { code, path, message };
}

export function makeDiagnostic(code: DiagnosticCode, file: string, start: Position, message: string, end?: Position): Diagnostic {
  return end ? { code, severity: severityOf(code), message, file, start, end } : { code, severity: severityOf(code), message, file, start };
}

/** File, line, column, then code: the same order for every formatter, whatever order files were read in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.start.line - b.start.line ||
      a.start.column - b.start.column ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}
