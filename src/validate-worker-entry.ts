// Entry point of a validate worker thread (dist/validate-worker.js): it runs the program bundle
// through V8's code cache, as dist/cli.js does, reading the cache that `validate` itself wrote (the
// checks a worker runs are those validate's own thread compiled), and serves the checks.
import { fileURLToPath } from 'node:url';
import { loadBundle } from './cli/bundle-loader.js';
import type { serveChecks } from './cli/validate-worker.js';

/** The first 16 hex digits of the bundle's SHA-256, written in by the build (scripts/build.mjs). */
declare const DOSSIER_BUNDLE_HASH: string;

const program = loadBundle(fileURLToPath(new URL('lib/dossier.cjs', import.meta.url)), DOSSIER_BUNDLE_HASH, ['validate'], undefined, {
  writeCache: false,
}) as { serveChecks: typeof serveChecks };
await program.serveChecks();
