// Entry point of the built binary (dist/cli.cjs, which bin/dossier.js requires): wires the real
// process to run() and sets the exit code. The program is the bundle dist/lib/dossier.cjs, run
// through V8's code cache (cli/bundle-loader.ts); `dossier --version` alone is answered here,
// without it. Built as CommonJS (an ES module entry starts some 10 ms of CPU later), so there is
// no top-level await, and __dirname is dist/.
// The process is never made to exit early: that can cut off output still queued for a pipe.
import { join } from 'node:path';
import { loadBundle, preferShortRuns } from './cli/bundle-loader.js';
import { answerVersion, isVersionOnly } from './cli/failure-report.js';
import { withProcessIo } from './cli/io.js';
import type { runProcess } from './cli/main.js';

/** The first 16 hex digits of the bundle's SHA-256, written in by the build (scripts/build.mjs). */
declare const DOSSIER_BUNDLE_HASH: string;

const setExitCode = (code: number): void => {
  process.exitCode = code;
};

const argv = process.argv.slice(2);
if (isVersionOnly(argv)) void withProcessIo(answerVersion).then(setExitCode);
else {
  preferShortRuns();
  const program = loadBundle(join(__dirname, 'lib', 'dossier.cjs'), DOSSIER_BUNDLE_HASH, argv) as {
    runProcess: typeof runProcess;
  };
  void program.runProcess(argv).then(setExitCode);
}
