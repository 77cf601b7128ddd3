// What a command's start-up does that it does not need, paid on every run: Intl objects built as
// modules load, functions compiled from strings, zod initialised for a constant.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

const COUNTER = fileURLToPath(new URL('../helpers/count-constructions.mjs', import.meta.url));
const ZOD_PROBE = fileURLToPath(new URL('../helpers/report-zod.mjs', import.meta.url));
const BUILTINS_PROBE = fileURLToPath(new URL('../helpers/report-builtins.cjs', import.meta.url));
const AS_OF = ['--as-of', '2023-02-09'];

/** stderr of a run of the CLI with `preload` loaded first (a .cjs one required), which exits with `status`. */
function stderrWith(preload: string, args: readonly string[], status = 0): string {
  const result = spawnSync(process.execPath, [preload.endsWith('.cjs') ? '--require' : '--import', preload, BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.status).toBe(status);
  return result.stderr;
}

function constructions(args: readonly string[]): unknown {
  const line = stderrWith(COUNTER, args)
    .split('\n')
    .find((text) => text.startsWith('constructions '));
  return JSON.parse(line?.slice('constructions '.length) ?? 'null');
}

// Building an Intl.DateTimeFormat, NumberFormat or Segmenter loads ICU data: milliseconds each, paid
// on every run when a module builds one as it loads (as @date-fns/utc's UTCDate and string-width
// do) or to print amounts that src/i18n/format.ts writes itself. A
// function compiled from a string (zod's generated parsers, src/model/zod-config.ts) is compiled
// again on every run. On the bundled cases, with the day given and TZ=UTC, no command needs any.
describe('start-up builds no Intl date or number format or segmenter and compiles no string', () => {
  it.each([
    ['report', ...AS_OF],
    ['report', '--locale', 'fr', ...AS_OF],
    ['timeline', ...AS_OF],
    ['deadlines', ...AS_OF],
    ['fines', ...AS_OF],
    ['export', '--format', 'md', ...AS_OF],
    ['export', '--format', 'html', '--locale', 'fr', ...AS_OF],
    ['due', '2022-10-18', '2 months', '--jurisdiction', 'FR'],
    ['validate'],
    ['schema'],
  ])('dossier %s', (...args) => {
    expect(constructions(args)).toEqual({ DateTimeFormat: 0, NumberFormat: 0, Segmenter: 0, Function: 0 });
  });
});

// zod and the case schema are the largest part of the program to initialise. due needs only the
// lists of kinds (src/model/kinds.ts); a case file that passes the compiled schema
// (src/model/generated/case-validator.js) needs no zod either; one that fails it does, to say why.
describe('zod', () => {
  const zodInitialised = (args: readonly string[], status = 0) => /^zod-initialised (\w+)$/m.exec(stderrWith(ZOD_PROBE, args, status))?.[1];

  it.each([['due', '2022-10-18', '2 months', '--jurisdiction', 'FR'], ['validate'], ['report', ...AS_OF]])(
    'is not initialised by dossier %s on the bundled cases',
    (...args) => {
      expect(zodInitialised(args)).toBe('false');
    },
  );

  it('is initialised to say why a file fails the schema', () => {
    expect(zodInitialised(['validate', 'test/fixtures/bad/schema-unknown-key.yaml'], 1)).toBe('true');
  });
});

// Builtin modules outside Node's start-up snapshot are compiled as they load: a few milliseconds
// for node:crypto (SARIF's fingerprints, validate's cache) and node:child_process (commander's
// executable subcommands, scripts/build.mjs), which only validate may need, and about 2 for
// node:fs/promises, which only writing a file (--output) and reading --rates or --holidays need.
describe('the data commands', () => {
  const builtins = (args: readonly string[]) =>
    stderrWith(BUILTINS_PROBE, args)
      .split('\n')
      .filter((line) => line.startsWith('NativeModule '))
      .map((line) => line.slice('NativeModule '.length));

  it.each([
    ['report', ...AS_OF],
    ['due', '2022-10-18', '2 months', '--jurisdiction', 'FR'],
  ])('dossier %s loads neither node:crypto nor node:child_process nor node:fs/promises', (...args) => {
    const loaded = builtins(args);
    expect(loaded).toContain('vm');
    expect(loaded.filter((name) => ['crypto', 'child_process', 'fs/promises', 'internal/fs/promises'].includes(name))).toEqual([]);
  });
});
