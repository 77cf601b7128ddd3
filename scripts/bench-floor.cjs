// The least any warm `validate --cache` run does, timed by `npm run bench` against a cold validate:
// list the directory's case files, lstat each one (the cache trusts an unchanged stat, as git
// does, and must still take it) and parse the cache file. Nothing is checked or printed; CommonJS
// and node: modules only, so that nothing but this work is added to an empty node's start.
// Usage: node scripts/bench-floor.cjs DIR CACHE-FILE. Prints the number of files stat'ed.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [dir, cacheFile] = process.argv.slice(2);
if (dir === undefined || cacheFile === undefined) {
  process.stderr.write('usage: node scripts/bench-floor.cjs DIR CACHE-FILE\n');
  process.exit(2);
}
let files = 0;
for (const name of fs.readdirSync(dir)) {
  if (!name.endsWith('.yaml')) continue;
  fs.lstatSync(path.join(dir, name), { bigint: true });
  files += 1;
}
JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
process.stdout.write(`${String(files)} files\n`);
