// Every command and option family, with hostile values, run in-process through run(): the exit
// code is 0, 1 or 2 (never 3, "a bug in dossier"), no stack trace is printed, each run ends in
// bounded time, and nothing but the --output file is created or changed.
// A few dozen runs in `npm test`; DOSSIER_FUZZ_RUNS=2000 (and DOSSIER_FUZZ_SEED to replay) go deeper.
import { spawnSync } from 'node:child_process';
import { cp, lstat, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ROOT, hasStackTrace } from '../helpers/run-cli.js';

const RUNS = Number(process.env['DOSSIER_FUZZ_RUNS'] ?? 25);
const SEED = process.env['DOSSIER_FUZZ_SEED'] === undefined ? undefined : Number(process.env['DOSSIER_FUZZ_SEED']);
const PER_RUN_MS = 15_000;

const OSC52 = '\u001b]52;c;aGVsbG8=\u0007';
const hostile = fc.constantFrom('', ' ', '-', '--', '\u001b[2J', OSC52, '\u202e', 'ü\u0301', '9'.repeat(40), '../x', 'a\u0000b', '%s%n');
const date = fc.oneof(
  fc.constantFrom('2023-02-09', '9999-12-31', '0001-01-01', '2023-02-29', '2024-02-29', '10000-01-01', '2023-1-5'),
  hostile,
);
const period = fc.oneof(
  fc.constantFrom(
    '2 months',
    '1 day',
    '9999 years',
    '9999 days',
    '10 working days',
    '0 days',
    '1.5 days',
    'P30D',
    '9999 working days',
    '2 months + 10 days',
    '9999 years + 9999 years + 9999 days',
    '1 day + 10 working days',
  ),
  hostile,
);
const jurisdiction = fc.oneof(
  fc.constantFrom(
    'EU',
    'FR',
    'IT',
    'GR',
    'GB',
    'NL',
    'AT',
    'DE-BY',
    'IE',
    'LU',
    'ES',
    'BE',
    'PL',
    'SE',
    'NO',
    'DK',
    'FI',
    'custom',
    'XX',
    'fr',
  ),
  hostile,
);
const locale = fc.oneof(fc.constantFrom('en', 'fr', 'de'), hostile);
const inputFile = fc.oneof(
  fc.constantFrom('rates.csv', 'holidays.csv', 'latin1.csv', 'missing.csv', '/dev/zero', '/dev/null', 'fifo', 'cases', 'empty.csv'),
  hostile,
);
const casesDir = fc.oneof(
  fc.constantFrom('cases', 'bad', 'missing', 'cases/cnil-clearview-ai.yaml', 'fifo', '/dev/null', 'empty'),
  hostile,
);
const output = fc.oneof(
  fc.constantFrom(
    'out.md',
    'existing.md',
    'out.yaml',
    'cases/x.md',
    'newdir/',
    'link-to-null',
    'link-to-existing',
    'fifo',
    'sub/out.md',
    `${'a'.repeat(252)}.md`,
  ),
  hostile,
);
const count = fc.oneof(fc.constantFrom('0', '30', '999999999', '-1', '1e3'), hostile);

type Option = fc.Arbitrary<string[]>;
const flag = (name: string): Option => fc.constant([name]);
const valued = (name: string, value: fc.Arbitrary<string>): Option => value.map((v): string[] => [name, v]);

const data = [valued('--as-of', date), valued('--holidays', inputFile), valued('--locale', locale), flag('--json')];
const families: Record<string, { positional: fc.Arbitrary<string[]>; options: Option[] }> = {
  validate: {
    positional: fc.array(fc.oneof(fc.constantFrom('cases', 'bad', 'fifo', '/dev/zero', 'missing.yaml', 'empty'), hostile), {
      maxLength: 3,
    }),
    options: [
      valued('--format', fc.oneof(fc.constantFrom('auto', 'stylish', 'compact', 'json', 'github', 'sarif'), hostile)),
      valued('--max-warnings', count),
      flag('--quiet'),
    ],
  },
  schema: { positional: fc.constant([]), options: [] },
  report: {
    positional: fc.array(fc.oneof(fc.constantFrom('cnil-clearview-ai', 'ico-clearview-ai', 'nope'), hostile), { maxLength: 2 }),
    options: [...data, valued('--rates', inputFile)],
  },
  timeline: {
    positional: fc.constant([]),
    options: [valued('--from', date), valued('--to', date), valued('--locale', locale), flag('--json')],
  },
  deadlines: { positional: fc.constant([]), options: [...data, valued('--within', count), flag('--overdue')] },
  fines: {
    positional: fc.constant([]),
    options: [
      ...data,
      valued('--rates', inputFile),
      valued('--by', fc.oneof(fc.constantFrom('authority', 'country', 'year', 'respondent'), hostile)),
    ],
  },
  export: {
    positional: fc.constant([]),
    options: [
      valued('--format', fc.oneof(fc.constantFrom('md', 'json', 'csv', 'ics'), hostile)),
      valued('--output', output),
      flag('--force'),
      flag('--force-case-file'),
      valued('--as-of', date),
      valued('--rates', inputFile),
      valued('--holidays', inputFile),
      valued('--locale', locale),
    ],
  },
  due: {
    positional: fc.tuple(date, period).map(([d, p]) => [d, p]),
    options: [
      valued('--jurisdiction', jurisdiction),
      flag('--no-extend'),
      flag('--franc'),
      flag('--decision-period'),
      valued('--holiday-country', jurisdiction),
      flag('--summer-suspension'),
      flag('--saturday-working'),
      valued('--holidays', inputFile),
      valued('--locale', locale),
      flag('--json'),
    ],
  },
};
const globals: Option[] = [valued('--cases', casesDir), flag('--no-color'), flag('--debug'), flag('--help'), flag('--version')];

const invocation = fc
  .constantFrom(...Object.keys(families), 'help', 'frobnicate')
  .chain((command) => {
    const family = families[command] ?? { positional: fc.constant([]), options: [] };
    return fc.tuple(
      fc.constant(command),
      family.positional,
      fc
        .subarray([...family.options, ...globals], { maxLength: Math.min(6, family.options.length + globals.length) })
        .chain((chosen) => fc.tuple(...chosen.map((o) => o), fc.constant([]))),
      fc.option(hostile, { nil: undefined }),
    );
  })
  .map(([command, positional, chosen, stray]) => {
    const argv = [command, ...positional, ...chosen.flat()];
    return stray === undefined ? argv : [...argv, stray];
  });
const environment = fc.record({
  TZ: fc.constantFrom('UTC', ':UTC', 'Pacific/Kiritimati', 'America/New_York', 'Foo/Bar', '', ':'),
  COLUMNS: fc.constantFrom('80', '40', '1', '400', '100000', 'x'),
  NO_COLOR: fc.constantFrom('', '1'),
  FORCE_COLOR: fc.constantFrom('0', '3'),
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-fuzz-'));
  await cp(join(ROOT, 'cases'), join(dir, 'cases'), { recursive: true });
  await cp(join(ROOT, 'test/fixtures/bad'), join(dir, 'bad'), { recursive: true });
  await cp(join(ROOT, 'test/fixtures/good'), join(dir, 'empty'), { recursive: true });
  await writeFile(join(dir, 'rates.csv'), 'Date,USD,GBP,\n2022-05-18,1.0523,0.8467,\n');
  await writeFile(join(dir, 'holidays.csv'), 'jurisdiction,date,name\nFR,2022-12-19,Decree\n');
  await writeFile(join(dir, 'latin1.csv'), Buffer.from('jurisdiction,date,name\nFR,2024-05-02,F\xeate\n', 'latin1'));
  await writeFile(join(dir, 'empty.csv'), '');
  await writeFile(join(dir, 'existing.md'), 'keep?\n');
  await symlink('/dev/null', join(dir, 'link-to-null'));
  await symlink(join(dir, 'existing.md'), join(dir, 'link-to-existing'));
  expect(spawnSync('mkfifo', [join(dir, 'fifo')]).status).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every entry under the directory with what a write would change: type, size, mtime, mode. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const name of await readdir(at)) {
      const path = join(at, name);
      const info = await lstat(path);
      entries.set(relative(root, path), `${String(info.mode)}:${String(info.size)}:${String(info.mtimeMs)}`);
      if (info.isDirectory()) await walk(path);
    }
  };
  await walk(root);
  return entries;
}

/** The files an export may write: the --output path and, when it is a link, what it points to. */
function allowedChanges(argv: readonly string[]): Set<string> {
  const allowed = new Set<string>();
  argv.forEach((arg, i) => {
    const value = argv[i + 1];
    if ((arg === '--output' || arg === '-o') && value !== undefined) {
      allowed.add(relative(dir, resolve(dir, value)));
      if (value === 'link-to-existing') allowed.add('existing.md');
    }
  });
  return allowed;
}

describe(`the CLI under fuzzing (${String(RUNS)} runs)`, () => {
  it(
    'exits 0, 1 or 2, prints no stack, ends in time and touches nothing but --output',
    async () => {
      // How deep the runs got: a fuzzer that only ever hits usage errors tests little.
      const tally = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(invocation, environment, async (argv, env) => {
          const before = await snapshot(dir);
          const fake = fakeIo({ cwd: dir, env });
          const started = performance.now();
          const code = await run(argv, fake.io);
          const elapsed = performance.now() - started;
          const key = `${argv[0] ?? ''} → ${String(code)}`;
          tally.set(key, (tally.get(key) ?? 0) + 1);
          const printed = `${fake.out()}${fake.err()}`;
          expect([0, 1, 2], `exit ${String(code)}: ${fake.err()}`).toContain(code);
          // --debug prints a stack only for an internal error, which is already a failure above.
          expect(hasStackTrace(printed)).toBe(false);
          expect(elapsed).toBeLessThan(PER_RUN_MS);
          const after = await snapshot(dir);
          const allowed = allowedChanges(argv);
          const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
            (p) => before.get(p) !== after.get(p) && !allowed.has(p),
          );
          expect(changed).toEqual([]);
          // Put back what an export wrote, so that every run starts from the same tree.
          for (const path of allowed) {
            if (before.has(path) || !after.has(path)) continue;
            await rm(join(dir, path), { force: true });
          }
          if (allowed.has('existing.md')) await writeFile(join(dir, 'existing.md'), 'keep?\n');
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      if (process.env['DOSSIER_FUZZ_RUNS'] !== undefined)
        console.info(
          [...tally]
            .sort()
            .map(([k, n]) => `${k}: ${String(n)}`)
            .join('\n'),
        );
    },
    30_000 + RUNS * 500,
  );
});
