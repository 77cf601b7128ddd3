// One line per problem, for editors and grep: `file:line:col: severity message [code]`.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sanitizeForTerminal } from '../sanitize.js';

export function formatCompact(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${clean(d.file)}:${d.start.line}:${d.start.column}: ${d.severity} ${clean(d.message)} [${d.code}]\n`)
    .join('');
}

const clean = (s: string) => sanitizeForTerminal(s, { singleLine: true });
