// Measures the CLI as a user runs it, every figure of the speed targets in one run:
//   1. each command on the bundled cases, as a ratio to an empty node process spawned
//      alternately with it (and whether it initialises zod and loads the date-holidays library),
//      with the code cache its first spawn writes (src/cli/bundle-loader.ts);
//   2. validate of 2,000 generated case files (copies of the bundled ones with unique ids), cold,
//      against two peers in one process each (scripts/bench-peer.mjs): js-yaml + ajv, and a bare
//      parse with yaml;
//   3. validate --cache warm against cold on the same files, and the floor of a warm run: an empty
//      node, and a script that only lists and stats the files and parses the cache
//      (scripts/bench-floor.cjs);
//   4. validate of 10,000 such files: time against the 2,000 (spawned in turn) and peak memory;
//   5. timeline, report and deadlines on 1,000 such files.
// Each figure is the median of several spawns, in wall time and in CPU time (user + system, as
// the kernel counts it for the child process); each ratio is the median of the ratios of spawns
// made one after the other (paired). On a machine shared with other work the CPU ratios
// are the steadier ones, and the targets printed at the end are judged on them (warm --cache
// against cold on wall time, as a user waits for it). Run after `npm run bundle`: `npm run bench` (a few minutes), or
// `npm run bench -- --quick` (fewer spawns); BENCH_RUNS and BENCH_LARGE_RUNS set the spawns.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const QUICK = process.argv.includes('--quick');
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 5 : 15));
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? (QUICK ? 1 : 3));
const AS_OF = ['--as-of', '2023-02-09'];
if (!existsSync('/usr/bin/time')) {
  console.error('npm run bench needs GNU time for peak memory (/usr/bin/time; Debian: apt-get install time)');
  process.exit(2);
}
// EPOCHREALTIME came with bash 5.0; without bash on the PATH, spawnSync sets error.
const bashCheck = spawnSync('bash', ['-c', 'echo "$EPOCHREALTIME"'], { encoding: 'utf8' });
if (bashCheck.error !== undefined || !/^\d+[.,]\d+$/.test(bashCheck.stdout.trim())) {
  console.error('npm run bench needs bash 5 or later on the PATH, for EPOCHREALTIME and times');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));

// Time and memory are read outside the process measured: wall time by bash around the spawn, CPU
// time from the kernel's account of its children (bash's `times`, getrusage(RUSAGE_CHILDREN), to
// the millisecond), peak memory by GNU time where a figure needs it. A module preloaded to read the
// process's own usage would start Node's ES module loader in `node -e ''` too, which adds some
// ten milliseconds to both sides of every ratio and so understates it (report by a tenth).
const MEASURE = 'start=$EPOCHREALTIME; "$@" >/dev/null 2>&1; status=$?; end=$EPOCHREALTIME; times; echo "$start $end $status"';
const peakFile = join(dir, 'peak-rss');
// Records whether the CLI loads date-holidays (with require(), so through the CommonJS resolver)
// and, as it exits, whether zod was initialised (zod's core sets globalThis.__zod_globalConfig).
const traceRegister = join(dir, 'trace.mjs');
writeFileSync(
  traceRegister,
  "import Module from 'node:module';\n" +
    "const resolve = Module._resolveFilename; Module._resolveFilename = function (...args) { const file = resolve.apply(this, args); if (file.includes('/date-holidays/')) process.stderr.write(`LOADED ${file}\\n`); return file; };\n" +
    "process.on('exit', () => process.stderr.write(`ZOD ${String('__zod_globalConfig' in globalThis)}\\n`));\n",
);

const env = { ...process.env, NO_COLOR: '1' };
/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** bash's "0m0.097s" (or "0m0,097s" in a locale with a decimal comma) in milliseconds. */
const timesMs = (/** @type {string} */ text) => {
  const [, minutes = '', secs = ''] = /^(\d+)m([\d.,]+)s$/.exec(text) ?? [];
  return Number(minutes) * 60_000 + Number(secs.replace(',', '.')) * 1000;
};

/**
 * One spawn of node with `args`: wall milliseconds, CPU milliseconds and, with `memory`, peak RSS
 * in MiB (NaN without).
 * @param {string[]} args
 * @param {number[]} okStatuses
 * @param {boolean} [memory]
 */
function spawnOnce(args, okStatuses = [0], memory = false) {
  const node = [process.execPath, ...args];
  const command = memory ? ['/usr/bin/time', '-f', '%M', '-o', peakFile, ...node] : node;
  const result = spawnSync('bash', ['-c', MEASURE, 'bash', ...command], { env, encoding: 'utf8' });
  const [, children = '', last = ''] = result.stdout.trim().split('\n');
  const [user = '', system = ''] = children.split(' ');
  const [start = '', end = '', status = ''] = last.split(' ');
  if (!okStatuses.includes(Number(status))) throw new Error(`node ${args.join(' ')} exited ${status}`);
  const wall = (Number(end.replace(',', '.')) - Number(start.replace(',', '.'))) * 1000;
  const rss = memory ? Number(readFileSync(peakFile, 'utf8').trim().split('\n').at(-1)) / 1024 : Number.NaN;
  return { wall, cpu: timesMs(user) + timesMs(system), rss };
}

/**
 * Medians of `runs` spawns of each command, spawned in turn, so that each ratio holds when
 * other work loads the machine; and `paired(a, b, key)`, the median of the ratios of `a` to `b`
 * spawned in the same round: on a machine whose speed drifts within a run, neighbouring spawns
 * share the same speed, which the ratio of the two medians does not.
 * @param {Record<string, string[]>} commands
 * @param {number} runs
 * @param {number[]} [okStatuses]
 * @param {boolean} [memory] whether to read each spawn's peak memory (through GNU time)
 */
function compare(commands, runs, okStatuses, memory = false) {
  /** @type {Record<string, { wall: number[], cpu: number[], rss: number[] }>} */
  const samples = {};
  for (const name of Object.keys(commands)) samples[name] = { wall: [], cpu: [], rss: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const { wall, cpu, rss } = spawnOnce(args, okStatuses, memory);
      samples[name]?.wall.push(wall);
      samples[name]?.cpu.push(cpu);
      samples[name]?.rss.push(rss);
    }
  }
  /** @type {Record<string, { wall: number, cpu: number, rss: number }>} */
  const medians = {};
  for (const [name, s] of Object.entries(samples)) medians[name] = { wall: median(s.wall), cpu: median(s.cpu), rss: Math.max(...s.rss) };
  /** @param {string} a @param {string} b @param {'wall' | 'cpu'} key */
  const paired = (a, b, key) => {
    const under = samples[b]?.[key] ?? [];
    return median((samples[a]?.[key] ?? []).map((value, i) => value / (under[i] ?? Number.NaN)));
  };
  return { medians, paired };
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** @param {number} value a ratio */
const x = (value) => `${value.toFixed(2)}x`;
/** @type {string[]} */
const summary = [];
/** @param {string} what @param {number} value @param {string} shown @param {number} limit */
function target(what, value, shown, limit) {
  summary.push(`${value <= limit ? 'met    ' : 'NOT MET'}  ${what}: ${shown}`);
}

console.log(
  `dossier bench, ${new Date().toISOString().slice(0, 10)}: node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? '?'}`,
);
console.log(`${String(RUNS)} spawns per command, ${String(LARGE_RUNS)} for the large sets; medians, wall and CPU (user + system)`);

// 1. Every command on the bundled cases.
const commands = [
  ['--version'],
  ['schema'],
  ['validate'],
  ['due', '2022-10-18', '2 months', '--jurisdiction', 'FR'],
  ['due', '2022-12-24', '1 day', '--jurisdiction', 'EU', '--holiday-country', 'ES'],
  ['deadlines', ...AS_OF],
  ['fines', ...AS_OF],
  ['report', ...AS_OF],
  ['timeline', ...AS_OF],
  ['export', '--format', 'json', ...AS_OF],
];
console.log('');
console.log('command (bundled cases)'.padEnd(60), '    wall', ' ratio', '     CPU', ' ratio', '   zod', ' date-holidays');
let worst = 0;
for (const args of commands) {
  const { medians: m, paired } = compare({ node: ['-e', ''], command: ['bin/dossier.js', ...args] }, RUNS);
  const node = m['node'];
  const command = m['command'];
  if (node === undefined || command === undefined) continue;
  const trace = spawnSync(process.execPath, ['--import', traceRegister, 'bin/dossier.js', ...args], { env, encoding: 'utf8' });
  const cpuRatio = paired('command', 'node', 'cpu');
  if (args[0] === '--version') target('--version <= 1.3x node -e 0 (CPU)', cpuRatio, `${cpuRatio.toFixed(2)}x`, 1.3);
  else worst = Math.max(worst, cpuRatio);
  console.log(
    `dossier ${args.join(' ')}`.padEnd(60),
    `${command.wall.toFixed(0)} ms`.padStart(8),
    `${paired('command', 'node', 'wall').toFixed(2)}x`.padStart(6),
    `${command.cpu.toFixed(0)} ms`.padStart(8),
    `${cpuRatio.toFixed(2)}x`.padStart(6),
    (trace.stderr.includes('ZOD true') ? 'yes' : 'no').padStart(6),
    (trace.stderr.includes('/date-holidays/') ? 'yes' : 'no').padStart(14),
  );
}
target('every command <= 2.0x node -e 0 (CPU; goal 1.5x)', worst, `worst ${worst.toFixed(2)}x`, 2.0);

// The generated case files: copies of the bundled ones with unique ids, named by them.
const bundled = readdirSync('cases').filter((file) => file.endsWith('.yaml'));
/** @param {number} count */
function corpus(count) {
  const into = join(dir, `cases-${String(count)}`);
  mkdirSync(into);
  for (let i = 0; i < count; i += 1) {
    const file = bundled[i % bundled.length] ?? '';
    const id = `${file.slice(0, -'.yaml'.length)}-${String(i)}`;
    writeFileSync(join(into, `${id}.yaml`), readFileSync(join('cases', file), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  }
  writeFileSync(join(into, 'dossier.schema.json'), readFileSync('cases/dossier.schema.json'));
  return into;
}
/** @param {string} cases @param {string[]} extra */
const validateArgs = (cases, ...extra) => ['bin/dossier.js', 'validate', cases, '--as-of', '2026-12-02', '--format', 'compact', ...extra];

// 2. and 3. validate of 2,000 files: cold against the peers, warm against cold.
const two = corpus(2000);
const cacheFile = join(dir, 'validate-cache');
// The cache trusts a file's stat only when the file is clearly older than the run that read it
// (RACY_WINDOW_NS in src/cli/validate-cache-stat.ts, 2 s); the files just written are not, so the
// run that fills the cache waits that long first, and the warm runs measure stat-trusted entries.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2500);
spawnOnce(validateArgs(two, '--cache-location', cacheFile)); // fills the cache
const { medians: large, paired: pairedLarge } = compare(
  {
    cold: validateArgs(two),
    warm: validateArgs(two, '--cache-location', cacheFile),
    'js-yaml+ajv': ['scripts/bench-peer.mjs', 'js-yaml+ajv', two],
    yaml: ['scripts/bench-peer.mjs', 'yaml', two],
    floor: ['scripts/bench-floor.cjs', two, cacheFile],
    node: ['-e', ''],
  },
  LARGE_RUNS,
  [0],
  true,
);
const { cold, warm } = large;
const jsYamlAjv = large['js-yaml+ajv'];
const bareYaml = large['yaml'];
console.log('');
console.log('2,000 case files'.padEnd(60), '    wall', '     CPU', ' peak RSS');
for (const [name, m] of Object.entries(large)) {
  const label =
    {
      cold: 'dossier validate, cold',
      warm: 'dossier validate --cache, warm',
      'js-yaml+ajv': 'peer: js-yaml + ajv in one process',
      yaml: 'peer: bare yaml parse',
      floor: 'floor: list, lstat, parse the cache (bench-floor.cjs)',
      node: "floor: node -e ''",
    }[name] ?? name;
  console.log(label.padEnd(60), seconds(m.wall).padStart(8), seconds(m.cpu).padStart(8), `${m.rss.toFixed(0)} MiB`.padStart(9));
}
if (cold && warm && jsYamlAjv && bareYaml) {
  const coldToPeer = pairedLarge('cold', 'js-yaml+ajv', 'cpu');
  const warmToCold = pairedLarge('warm', 'cold', 'wall');
  console.log(
    `cold / js-yaml+ajv: ${x(coldToPeer)} CPU, ${x(pairedLarge('cold', 'js-yaml+ajv', 'wall'))} wall; cold / bare yaml: ${x(pairedLarge('cold', 'yaml', 'cpu'))} CPU`,
  );
  console.log(`warm / cold: ${x(pairedLarge('warm', 'cold', 'cpu'))} CPU, ${x(warmToCold)} wall`);
  // What no warm run can go below, as a share of cold: an empty node, and the stats it must take.
  const floorToCold = pairedLarge('floor', 'cold', 'wall');
  const nodeToCold = pairedLarge('node', 'cold', 'wall');
  console.log(`floor / cold: ${x(floorToCold)} wall (node -e '' alone: ${x(nodeToCold)})`);
  target('validate 2,000 cold <= 1.0x js-yaml + ajv (CPU)', coldToPeer, x(coldToPeer), 1.0);
  target('warm --cache <= 0.1x cold (wall)', warmToCold, `${x(warmToCold)} (floor ${x(floorToCold)}, node -e '' ${x(nodeToCold)})`, 0.1);
}

// 4. validate of 10,000 files: time against the 2,000 and peak memory. Spawned in turn with the
// 2,000 (paired), since one spawn of each minutes apart measures the machine's drift as well.
const ten = corpus(10000);
const { medians: linear, paired: pairedLinear } = compare({ two: validateArgs(two), ten: validateArgs(ten) }, LARGE_RUNS, [0], true);
rmSync(two, { recursive: true, force: true });
rmSync(ten, { recursive: true, force: true });
const huge = linear['ten'];
if (huge) {
  console.log('');
  console.log(
    'dossier validate, 10,000 case files'.padEnd(60),
    seconds(huge.wall).padStart(8),
    seconds(huge.cpu).padStart(8),
    `${huge.rss.toFixed(0)} MiB`.padStart(9),
  );
  const tenToTwo = pairedLinear('ten', 'two', 'cpu');
  console.log(`10,000 / 2,000: ${x(tenToTwo)} CPU, ${x(pairedLinear('ten', 'two', 'wall'))} wall`);
  target('10,000 files <= 5.5x the 2,000 (CPU)', tenToTwo, x(tenToTwo), 5.5);
  target('10,000 files peak RSS < 300 MiB', huge.rss, `${huge.rss.toFixed(0)} MiB`, 299.99);
}

// 5. timeline, report and deadlines on 1,000 files.
const thousand = corpus(1000);
console.log('');
console.log('1,000 case files'.padEnd(60), '    wall', '     CPU', ' peak RSS');
for (const command of ['timeline', 'report', 'deadlines']) {
  const m = compare({ run: ['bin/dossier.js', command, '--cases', thousand, ...AS_OF] }, LARGE_RUNS, [0], true).medians['run'];
  if (m === undefined) continue;
  console.log(
    `dossier ${command}`.padEnd(60),
    seconds(m.wall).padStart(8),
    seconds(m.cpu).padStart(8),
    `${m.rss.toFixed(0)} MiB`.padStart(9),
  );
  target(`${command} on 1,000 files < 5 s (CPU)`, m.cpu, seconds(m.cpu), 4999);
}
rmSync(dir, { recursive: true, force: true });

console.log('');
console.log('targets');
for (const line of summary) console.log(`  ${line}`);
