// SARIF 2.1.0 for code-scanning uploads: stable rule ids and relative URIs keep alerts from
// being duplicated between runs.
import { codes } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export function formatSarif(diagnostics: readonly Diagnostic[], toolVersion: string): string {
  const ruleIds = [...new Set(diagnostics.map((d) => d.code))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dossier',
            version: toolVersion,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: codes[id].title },
              defaultConfiguration: { level: codes[id].severity },
            })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: ruleIds.indexOf(d.code),
          level: d.severity,
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file.split('\\').join('/') },
                region: {
                  startLine: d.start.line,
                  startColumn: d.start.column,
                  ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
