// Measures the CLI as a user runs it: wall time of each command (median of N spawns), which bundle
// chunks each command loads (the holiday tables load only for the commands that count days), and
// whether the date-holidays library was loaded at all (only for an EU period in a Member State
// without a table). Run after `npm run build`: `npm run bench`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const chunks = readdirSync('dist/chunks').map((name) => ({ name, bytes: readFileSync(join('dist/chunks', name)).length }));
const holidayChunk = chunks.find((c) => readFileSync(join('dist/chunks', c.name), 'utf8').includes('dossier-non-working-days/1'))?.name;

// A resolve hook that records every module file the CLI loads.
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const hooks = join(dir, 'hooks.mjs');
writeFileSync(
  hooks,
  "export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes('/dist/') || r.url.includes('/date-holidays/')) process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n",
);
const register = join(dir, 'register.mjs');
// date-holidays is loaded with require(), which the ESM hook does not see: patch the CommonJS resolver too.
writeFileSync(
  register,
  `import Module, { register } from 'node:module'; register(${JSON.stringify(`file://${hooks}`)});\n` +
    "const resolve = Module._resolveFilename; Module._resolveFilename = function (...args) { const file = resolve.apply(this, args); if (file.includes('/date-holidays/')) process.stderr.write(`LOADED ${file}\\n`); return file; };\n",
);

const commands = [
  ['--version'],
  ['schema'],
  ['validate'],
  ['due', '2022-10-18', '2 months', '--jurisdiction', 'FR'],
  ['due', '2022-12-24', '1 day', '--jurisdiction', 'EU', '--holiday-country', 'ES'],
  ['deadlines', '--as-of', '2023-02-09'],
  ['fines', '--as-of', '2023-02-09'],
  ['report', '--as-of', '2023-02-09'],
  ['export', '--format', 'json', '--as-of', '2023-02-09'],
];

const env = { ...process.env, NO_COLOR: '1' };
/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const baseline = median(Array.from({ length: RUNS }, () => time(['-e', ''])));

console.log(`node ${process.version}, ${RUNS} runs each; empty node process: ${baseline.toFixed(0)} ms`);
const holidayBytes = chunks.find((c) => c.name === holidayChunk)?.bytes ?? 0;
console.log(`holiday table chunk: ${holidayChunk ?? 'none'} (${(holidayBytes / 1024).toFixed(0)} KiB)`);
console.log('');
console.log('command'.padEnd(66), 'median ms', ' over node', ' chunks', ' tables', ' date-holidays');
for (const args of commands) {
  const ms = median(Array.from({ length: RUNS }, () => time(['bin/dossier.js', ...args])));
  const trace = spawnSync(process.execPath, ['--import', register, 'bin/dossier.js', ...args], { env, encoding: 'utf8' });
  const loaded = [...new Set(trace.stderr.split('\n').filter((l) => l.startsWith('LOADED') && l.includes('/chunks/')))];
  const tables = holidayChunk !== undefined && loaded.some((l) => l.includes(holidayChunk));
  const library = trace.stderr.includes('/date-holidays/');
  console.log(
    `dossier ${args.join(' ')}`.padEnd(66),
    ms.toFixed(0).padStart(9),
    `+${(ms - baseline).toFixed(0)}`.padStart(10),
    String(loaded.length).padStart(7),
    (tables ? 'yes' : 'no').padStart(7),
    (library ? 'yes' : 'no').padStart(14),
  );
}

/**
 * @param {string[]} args
 * @returns {number} milliseconds
 */
function time(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (result.status !== 0 && args.length > 1) throw new Error(`${args.join(' ')} exited ${String(result.status)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}
