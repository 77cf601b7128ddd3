// The built bundle as shipped: what the build changes in bundled libraries stays changed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DIST = join(ROOT, 'dist');
const bundleFiles = (): string[] =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(DIST, file));

describe('the bundled yaml parser', () => {
  it('contains no read of its debugging switches (one environment lookup per token)', () => {
    const files = bundleFiles();
    expect(files.length).toBeGreaterThan(1);
    const reading = files.filter((file) => /LOG_TOKENS|LOG_STREAM/.test(readFileSync(file, 'utf8')));
    expect(reading).toEqual([]);
  });

  it('prints no token trace when LOG_TOKENS and LOG_STREAM are set', () => {
    const plain = runCli(['validate', 'cases/cnil-clearview-ai.yaml', '--format', 'compact', '--as-of', '2026-12-03']);
    const traced = runCli(['validate', 'cases/cnil-clearview-ai.yaml', '--format', 'compact', '--as-of', '2026-12-03'], {
      env: { LOG_TOKENS: '1', LOG_STREAM: '1' },
    });
    expect(plain.status).toBe(0);
    expect(traced).toEqual(plain);
  });
});
