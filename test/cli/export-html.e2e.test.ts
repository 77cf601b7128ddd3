// `export --format html` through the built binary: the golden page, written atomically and never
// over an existing file without --force.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('dossier export --format html', () => {
  it.each([
    ['en', 'export-2023-02-09.html'],
    ['fr', 'export-2023-02-09-fr.html'],
  ])('writes the golden page with --locale %s', (locale, golden) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-html-'));
    const output = join(dir, 'dossier.html');
    const result = runCli(['export', '--format', 'html', '--locale', locale, '--as-of', '2023-02-09', '--output', output]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^wrote .*dossier\.html \(\d+ bytes, as of 2023-02-09\)\n$/);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden', golden), 'utf8'));
  });

  it('keeps an existing file without --force (exit 2) and replaces it with --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-html-'));
    const output = join(dir, 'dossier.html');
    writeFileSync(output, 'kept');
    const refused = runCli(['export', '--format', 'html', '--as-of', '2023-02-09', '-o', output]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/exists/);
    expect(readFileSync(output, 'utf8')).toBe('kept');
    expect(runCli(['export', '--format', 'html', '--as-of', '2023-02-09', '-o', output, '--force']).status).toBe(0);
    expect(readFileSync(output, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
  });
});
