// Entry point of the built binary (dist/cli.js): wires the real process to run() and sets the exit
// code. The program is the bundle dist/lib/dossier.cjs, run through V8's code cache
// (cli/bundle-loader.ts); `dossier --version` alone is answered here, without it.
// The process is never made to exit early: that can cut off output still queued for a pipe.
import { fileURLToPath } from 'node:url';
import { loadBundle, preferShortRuns } from './cli/bundle-loader.js';
import { answerVersion, isVersionOnly } from './cli/failure-report.js';
import { withProcessIo } from './cli/io.js';
import type { runProcess } from './cli/main.js';

/** The first 16 hex digits of the bundle's SHA-256, written in by the build (scripts/build.mjs). */
declare const DOSSIER_BUNDLE_HASH: string;

const argv = process.argv.slice(2);
if (isVersionOnly(argv)) process.exitCode = await withProcessIo(answerVersion);
else {
  preferShortRuns();
  const program = loadBundle(fileURLToPath(new URL('lib/dossier.cjs', import.meta.url)), DOSSIER_BUNDLE_HASH, argv) as {
    runProcess: typeof runProcess;
  };
  process.exitCode = await program.runProcess(argv);
}
