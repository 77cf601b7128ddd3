// Bundles the CLI into ES modules: startup then pays for a few files instead of hundreds, and
// code splitting keeps the rarely needed parts (the holiday tables, the calendar-file writer)
// in chunks that load only when a command asks for them.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  logLevel: 'warning',
  // Not bundled: the supported jurisdictions read the generated holiday tables; date-holidays is
  // loaded from node_modules only for an EU period in a Member State without a table.
  external: ['date-holidays'],
  // CommonJS dependencies (commander, date-holidays) call require(); give every
  // chunk one, under a name that cannot clash with the bundle's own identifiers.
  banner: {
    js: "import { createRequire as __dossierCreateRequire } from 'node:module';\nconst require = __dossierCreateRequire(import.meta.url);",
  },
});
