// Measures the CLI as a user runs it: wall time of each command (median of N spawns) and its ratio
// to an empty node process measured in the same run, which bundle
// chunks each command loads (the holiday tables load only for the commands that count days), and
// whether the date-holidays library was loaded at all (only for an EU period in a Member State
// without a table); then validate on 2,000 generated case files (copies of the bundled ones with
// unique ids). Run after `npm run build`: `npm run bench` (BENCH_RUNS, BENCH_LARGE_RUNS: spawns each).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const LARGE_FILES = 2000;
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

/**
 * Median time of a command and of an empty node process spawned alternately with it, so that the
 * ratio holds when other work loads the machine.
 * @param {string[]} args
 * @param {number} runs
 */
function ratioToNode(args, runs) {
  const node = [];
  const command = [];
  for (let i = 0; i < runs; i += 1) {
    node.push(time(['-e', '']));
    command.push(time(args));
  }
  return { ms: median(command), node: median(node) };
}

console.log(`node ${process.version}, ${RUNS} runs each; empty node process: ${baseline.toFixed(0)} ms`);
const holidayBytes = chunks.find((c) => c.name === holidayChunk)?.bytes ?? 0;
console.log(`holiday table chunk: ${holidayChunk ?? 'none'} (${(holidayBytes / 1024).toFixed(0)} KiB)`);
console.log('');
console.log('command'.padEnd(66), 'median ms', ' over node', ' ratio', ' chunks', ' tables', ' date-holidays');
for (const args of commands) {
  const { ms, node } = ratioToNode(['bin/dossier.js', ...args], RUNS);
  const trace = spawnSync(process.execPath, ['--import', register, 'bin/dossier.js', ...args], { env, encoding: 'utf8' });
  const loaded = [...new Set(trace.stderr.split('\n').filter((l) => l.startsWith('LOADED') && l.includes('/chunks/')))];
  const tables = holidayChunk !== undefined && loaded.some((l) => l.includes(holidayChunk));
  const library = trace.stderr.includes('/date-holidays/');
  console.log(
    `dossier ${args.join(' ')}`.padEnd(66),
    ms.toFixed(0).padStart(9),
    `+${(ms - node).toFixed(0)}`.padStart(10),
    `${(ms / node).toFixed(2)}x`.padStart(6),
    String(loaded.length).padStart(7),
    (tables ? 'yes' : 'no').padStart(7),
    (library ? 'yes' : 'no').padStart(14),
  );
}

const corpus = join(dir, 'cases');
mkdirSync(corpus);
const bundled = readdirSync('cases').filter((file) => file.endsWith('.yaml'));
for (let i = 0; i < LARGE_FILES; i += 1) {
  const file = bundled[i % bundled.length] ?? '';
  const id = `${file.slice(0, -'.yaml'.length)}-${String(i)}`;
  writeFileSync(join(corpus, `${id}.yaml`), readFileSync(join('cases', file), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
}
writeFileSync(join(corpus, 'dossier.schema.json'), readFileSync('cases/dossier.schema.json'));
const { ms: large, node: largeBaseline } = ratioToNode(['bin/dossier.js', 'validate', corpus, '--as-of', '2026-12-02'], LARGE_RUNS);
console.log('');
console.log(
  `dossier validate, ${String(LARGE_FILES)} files (${String(LARGE_RUNS)} runs)`.padEnd(66),
  large.toFixed(0).padStart(9),
  `+${(large - largeBaseline).toFixed(0)}`.padStart(10),
  `${(large / largeBaseline).toFixed(2)}x`.padStart(6),
);
rmSync(dir, { recursive: true, force: true });

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
