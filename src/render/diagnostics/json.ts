// ESLint's JSON shape, one entry per file with problems, plus a format version for scripts.
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.js';

export const DIAGNOSTICS_JSON_FORMAT = 'dossier-diagnostics/1';

export function formatJson(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const results = [...byFile].map(([filePath, list]) => {
    const { errors, warnings } = countBySeverity(list);
    return {
      filePath,
      errorCount: errors,
      warningCount: warnings,
      messages: list.map((d) => ({
        ruleId: d.code,
        severity: d.severity,
        message: d.message,
        line: d.start.line,
        column: d.start.column,
        ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
      })),
    };
  });
  const { errors, warnings } = countBySeverity(diagnostics);
  return `${JSON.stringify({ format: DIAGNOSTICS_JSON_FORMAT, filesChecked, errorCount: errors, warningCount: warnings, results }, null, 2)}\n`;
}
