// The hardening figures: wall time (median of 3) and peak RSS of the commands that once took a
// minute on a valid 24 KB case file, and of validate/report/timeline/deadlines on 1,000 case files
// (copies of the bundled ones with unique ids). Run after `npm run bundle`:
// `node scripts/measure-hardening.mjs`. Needs GNU time (/usr/bin/time) for the RSS column.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin/dossier.js');
/** @param {number} length */
const words = (length) =>
  Array.from({ length: 400 }, (_, i) => `lorem${String(i)} ipsum dolor`)
    .join(' ')
    .slice(0, length);

function bigCase() {
  let text = readFileSync('cases/cnil-clearview-ai.yaml', 'utf8')
    .replace('id: cnil-clearview-ai', 'id: big-case')
    .replace('title: CNIL v. Clearview AI', `title: CNIL v. Clearview AI ${words(1900)}`);
  let count = 0;
  text = text.replace(/summary: /g, (match) => (++count <= 6 ? `summary: ${words(1500)} ` : match));
  return text;
}

/** @param {string} dir @param {number} files */
function corpus(dir, files) {
  const bundled = readdirSync('cases').filter((f) => f.endsWith('.yaml'));
  for (let i = 0; i < files; i += 1) {
    const file = bundled[i % bundled.length];
    const id = `${file.slice(0, -5)}-${String(i)}`;
    writeFileSync(join(dir, `${id}.yaml`), readFileSync(join('cases', file), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  }
  writeFileSync(join(dir, 'dossier.schema.json'), readFileSync('cases/dossier.schema.json'));
}

/** @param {string[]} args */
function measure(args) {
  const times = [];
  let rss = 0;
  let status = 0;
  for (let i = 0; i < 3; i += 1) {
    const gnuTime = existsSync('/usr/bin/time');
    const started = process.hrtime.bigint();
    const run = gnuTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    status = run.status ?? -1;
    if (gnuTime) rss = Math.max(rss, Number(run.stderr.trim().split('\n').at(-1)) / 1024);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[1].toFixed(2), rssMiB: rss ? rss.toFixed(0) : 'n/a', status };
}

const root = mkdtempSync(join(tmpdir(), 'dossier-hardening-'));
const big = join(root, 'big');
mkdirSync(big);
writeFileSync(join(big, 'big-case.yaml'), bigCase());
const many = join(root, 'many');
mkdirSync(many);
corpus(many, 1000);

/** @type {[string, string[]][]} */
const rows = [
  ['24 KB file', ['report', 'big-case', '--cases', big, '--as-of', '2023-02-09']],
  ['24 KB file', ['timeline', '--cases', big]],
  ['24 KB file', ['deadlines', '--cases', big, '--as-of', '2023-02-09']],
  ['1,000 files', ['validate', many]],
  ['1,000 files', ['report', '--cases', many, '--as-of', '2026-12-02']],
  ['1,000 files', ['timeline', '--cases', many]],
  ['1,000 files', ['deadlines', '--cases', many, '--as-of', '2026-12-02']],
];
console.log(`big file: ${String(readFileSync(join(big, 'big-case.yaml')).length)} bytes`);
for (const [input, args] of rows) {
  const m = measure(args);
  console.log(`${input.padEnd(12)} ${(args[0] ?? '').padEnd(10)} ${m.seconds} s  peak ${m.rssMiB} MiB  exit ${String(m.status)}`);
}
