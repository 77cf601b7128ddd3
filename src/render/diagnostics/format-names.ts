// The names of validate's output formats, apart from the formatters: the option parser needs the
// names for every command, the formatters (SARIF's hashes load node:crypto) only validate does.
export const DIAGNOSTIC_FORMATS = ['stylish', 'compact', 'json', 'github', 'sarif'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];
