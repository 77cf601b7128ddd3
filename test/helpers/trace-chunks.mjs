// Preloaded into a CLI run (node --import): writes `loaded FILE` to stderr for every module of the
// bundle the run loads, so a test can check that a command leaves a costly chunk alone.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.includes('/dist/')) process.stderr.write('loaded ' + resolved.url + '\\n');
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
