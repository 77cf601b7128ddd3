// GitHub Actions workflow commands: each problem becomes an annotation on the file and line.
// Escaping follows actions/toolkit (command.ts): data %, CR, LF; properties also ':' and ','.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.start.line}`,
        `col=${d.start.column}`,
        ...(d.end ? [`endLine=${d.end.line}`, `endColumn=${d.end.column}`] : []),
        `title=${escapeProperty(d.code)}`,
      ].join(',');
      return `::${d.severity} ${properties}::${escapeData(d.message)}\n`;
    })
    .join('');
}

// Control characters other than CR and LF are dropped: a runner's log is a terminal too.
const stripControls = (s: string) => s.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu, '');
const escapeData = (s: string) => stripControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
