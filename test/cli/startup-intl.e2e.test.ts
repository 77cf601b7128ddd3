// Building an Intl.DateTimeFormat or Intl.Segmenter loads ICU data: milliseconds each, paid on every
// run when a module builds one as it loads (as @date-fns/utc's UTCDate and string-width do). On
// the bundled cases, with the day given and TZ=UTC, no command needs either.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

const COUNTER = fileURLToPath(new URL('../helpers/count-intl.mjs', import.meta.url));
const AS_OF = ['--as-of', '2023-02-09'];

function intlObjectsBuilt(args: readonly string[]): unknown {
  const result = spawnSync(process.execPath, ['--import', COUNTER, BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.status).toBe(0);
  const line = result.stderr.split('\n').find((text) => text.startsWith('intl-objects '));
  return JSON.parse(line?.slice('intl-objects '.length) ?? 'null');
}

describe('start-up builds no Intl date format or segmenter', () => {
  it.each([
    ['report', ...AS_OF],
    ['report', '--locale', 'fr', ...AS_OF],
    ['timeline', ...AS_OF],
    ['deadlines', ...AS_OF],
    ['fines', ...AS_OF],
    ['export', '--format', 'md', ...AS_OF],
    ['due', '2022-10-18', '2 months', '--jurisdiction', 'FR'],
    ['validate'],
    ['schema'],
  ])('dossier %s', (...args) => {
    expect(intlObjectsBuilt(args)).toEqual({ DateTimeFormat: 0, Segmenter: 0 });
  });
});
