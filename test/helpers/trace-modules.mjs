// Preloaded into the built binary (NODE_OPTIONS=--import …) by the tests of what a run loads:
// appends the URL of every module file loaded, one a line, to the file DOSSIER_TRACE_MODULES
// names. The same file is the preload, which registers it, and the loader hook it registers.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const trace = process.env['DOSSIER_TRACE_MODULES'];

/**
 * @param {string} url
 * @param {object} context
 * @param {(url: string, context: object) => Promise<object>} nextLoad
 */
export function load(url, context, nextLoad) {
  if (trace !== undefined && url.startsWith('file:')) appendFileSync(trace, `${url}\n`);
  return nextLoad(url, context);
}

// Loader hooks run in a thread of their own, where this file is loaded again: register once.
if (isMainThread) register(import.meta.url);
