// GitHub Actions workflow commands: each problem becomes an annotation on the file and line.
// Escaping follows actions/toolkit (command.ts): data %, CR, LF; properties also ':' and ','.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sanitizeForTerminal } from '../sanitize.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const lines = diagnostics.map((d) => {
    const properties = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.start.line}`,
      `col=${d.start.column}`,
      ...(d.end ? [`endLine=${d.end.line}`, `endColumn=${d.end.column}`] : []),
      `title=${escapeProperty(d.code)}`,
    ].join(',');
    return `::${d.severity} ${properties}::${escapeData(d.message)}\n`;
  });
  return lines.join('') + cutNotice(diagnostics);
}

/** Beyond GitHub's limit the annotations are dropped without a word, so say how many and where to see them. */
function cutNotice(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const cut = {
    errors: Math.max(0, errors - ANNOTATIONS_PER_LEVEL),
    warnings: Math.max(0, diagnostics.length - errors - ANNOTATIONS_PER_LEVEL),
  };
  if (cut.errors === 0 && cut.warnings === 0) return '';
  const parts = [
    ...(cut.errors > 0 ? [`${cut.errors} more error${cut.errors === 1 ? '' : 's'}`] : []),
    ...(cut.warnings > 0 ? [`${cut.warnings} more warning${cut.warnings === 1 ? '' : 's'}`] : []),
  ];
  const message = `${parts.join(' and ')} than GitHub annotates (${ANNOTATIONS_PER_LEVEL} of each per step); see them all in the log or with dossier validate --format compact`;
  return `::notice title=${escapeProperty('dossier validate')}::${escapeData(message)}\n`;
}

// A runner's log is a terminal too: control and bidi characters are shown as visible escapes,
// as in the compact format (ESC as \x1B), and a TAB as \t so a quoted key reads as it was
// written, and a CR as \x0D (it could rewrite the line); LF stays toolkit-escaped as %0A.
const escapeData = (s: string) => sanitizeForTerminal(s).replace(/\t/g, '\\t').replace(/%/g, '%25').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
