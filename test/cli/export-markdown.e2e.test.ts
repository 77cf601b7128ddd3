// `export --format md --output FILE.md` through the built binary: the timeline picture is written
// beside the document as FILE.timeline.svg and linked from it, under the same --force rules.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const exportMd = (output: string, ...flags: string[]) =>
  runCli(['export', '--format', 'md', '--as-of', '2023-02-09', '--output', output, ...flags]);

describe('dossier export --format md --output', () => {
  it('writes the picture beside the document and links it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-md-'));
    const result = exportMd(join(dir, 'dossier.md'));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^wrote .*dossier\.md \(\d+ bytes, as of 2023-02-09\)\nwrote .*dossier\.timeline\.svg \(\d+ bytes, as of 2023-02-09\)\n$/,
    );
    expect(readdirSync(dir).sort()).toEqual(['dossier.md', 'dossier.timeline.svg']);
    expect(readFileSync(join(dir, 'dossier.md'), 'utf8')).toContain('\n![Enforcement timeline as of 2023-02-09](dossier.timeline.svg)\n');
    expect(readFileSync(join(dir, 'dossier.timeline.svg'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test/golden/export-2023-02-09.timeline.svg'), 'utf8'),
    );
  });

  it('keeps an existing picture without --force, writing nothing, and replaces both with --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-md-'));
    writeFileSync(join(dir, 'dossier.timeline.svg'), 'kept');
    const refused = exportMd(join(dir, 'dossier.md'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /^dossier: cannot write .*dossier\.timeline\.svg: the file already exists \(use --force to replace it\)\n$/,
    );
    expect(readdirSync(dir)).toEqual(['dossier.timeline.svg']);
    expect(readFileSync(join(dir, 'dossier.timeline.svg'), 'utf8')).toBe('kept');
    expect(exportMd(join(dir, 'dossier.md'), '--force').status).toBe(0);
    expect(readFileSync(join(dir, 'dossier.timeline.svg'), 'utf8').startsWith('<?xml')).toBe(true);
  });

  it('creates no picture when the document itself is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-md-'));
    writeFileSync(join(dir, 'dossier.md'), 'kept');
    const refused = exportMd(join(dir, 'dossier.md'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/dossier\.md: the file already exists/);
    expect(readdirSync(dir)).toEqual(['dossier.md']);
  });

  it('on standard output, says in one line how to get the picture and writes no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-md-'));
    const result = runCli(['export', '--format', 'md', '--as-of', '2023-02-09', '--cases', join(ROOT, 'cases')], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\n## Chart\n\nNo timeline picture on standard output: `--output FILE.md` writes and links it.\n');
    expect(result.stdout).not.toContain('![');
    expect(readdirSync(dir)).toEqual([]);
  });
});
