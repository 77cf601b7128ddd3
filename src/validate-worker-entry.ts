// Entry point of a validate worker thread (dist/validate-worker.cjs): it runs the program bundle
// through V8's code cache, as dist/cli.cjs does, reading the cache that `validate` itself wrote (the
// checks a worker runs are those validate's own thread compiled), and serves the checks. Built as
// CommonJS, like dist/cli.cjs, for the same faster start; __dirname is dist/.
import { join } from 'node:path';
import { loadBundle } from './cli/bundle-loader.js';
import type { serveChecks } from './cli/validate-worker.js';

/** The first 16 hex digits of the bundle's SHA-256, written in by the build (scripts/build.mjs). */
declare const DOSSIER_BUNDLE_HASH: string;

const program = loadBundle(join(__dirname, 'lib', 'dossier.cjs'), DOSSIER_BUNDLE_HASH, ['validate'], undefined, {
  writeCache: false,
}) as { serveChecks: typeof serveChecks };
void program.serveChecks();
