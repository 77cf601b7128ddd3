// Bundles the CLI into one ES module: startup then pays for one file instead of hundreds.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: false,
  sourcemap: false,
  logLevel: 'warning',
  // CommonJS dependencies (commander, cli-table3) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __dossierCreateRequire } from 'node:module';\nconst require = __dossierCreateRequire(import.meta.url);" },
});
