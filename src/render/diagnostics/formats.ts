// The output formats of `dossier validate`. Each formatter is a pure function of the sorted
// diagnostics; only `stylish` uses colour, and it receives its Chalk instance.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import type { DiagnosticFormat } from './format-names.js';
import { formatStylish } from './stylish.js';

export { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from './format-names.js';

export interface FormatContext {
  readonly chalk: ChalkInstance;
  readonly filesChecked: number;
  readonly toolVersion: string;
  /** The working directory, absolute: SARIF's %SRCROOT%. */
  readonly root: string;
}

export function formatDiagnostics(format: DiagnosticFormat, diagnostics: readonly Diagnostic[], context: FormatContext): string {
  switch (format) {
    case 'stylish':
      return formatStylish(diagnostics, context.chalk, context.filesChecked);
    case 'compact':
      return formatCompact(diagnostics);
    case 'json':
      return formatJson(diagnostics, context.filesChecked);
    case 'github':
      return formatGithub(diagnostics);
    case 'sarif':
      return formatSarif(diagnostics, context);
  }
}
