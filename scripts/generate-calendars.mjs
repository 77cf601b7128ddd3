// Regenerates src/calendars/generated/non-working-days.json from the statutory calendar files
// (src/calendars/data/*.json) and date-holidays' rule engine: `npm run calendars`. The output is
// committed; test/calendars/generated-table.test.ts fails when it is stale.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const started = Date.now();
// Inside the project, so that the bundle resolves date-holidays from node_modules.
const dir = join('node_modules', '.cache', 'dossier-calendars');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'table.mjs');
try {
  await build({
    entryPoints: ['src/calendars/build/table.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    // Loaded from node_modules, not bundled: the build step may use it, the CLI does not.
    external: ['date-holidays'],
  });
  /** @type {{ buildTable: () => unknown, formatTable: (table: unknown) => string }} */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the bundle was just written; it has no type declarations
  const { buildTable, formatTable } = await import(pathToFileURL(join(process.cwd(), outfile)).href);
  const text = formatTable(buildTable());
  writeFileSync('src/calendars/generated/non-working-days.json', text);
  console.log(`src/calendars/generated/non-working-days.json: ${(text.length / 1024).toFixed(0)} KiB in ${Date.now() - started} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
