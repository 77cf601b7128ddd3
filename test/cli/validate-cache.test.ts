// validate --cache: a file read again with the same bytes, name and day reuses its check; the ids
// are still compared across files; a corrupt or foreign cache is ignored, never trusted.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const AS_OF = ['--as-of', '2026-12-03'];
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A working directory holding a copy of the bundled cases under cases/. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'cases'), join(dir, 'cases'), { recursive: true });
  return dir;
}

const validate = (cwd: string, ...args: string[]) => runInProcess(['validate', 'cases', ...AS_OF, '--cache', ...args], { cwd });
const readCache = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { diagnostics: { message: string }[] }> };

describe('validate --cache', () => {
  it('gives the same result warm as cold, from ./.dossiercache, without temp files left', async () => {
    const cwd = workspace();
    const uncached = await runInProcess(['validate', 'cases', ...AS_OF], { cwd });
    const cold = await validate(cwd);
    const warm = await validate(cwd);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(Object.keys(readCache(join(cwd, '.dossiercache')).entries)).toHaveLength(7);
    expect(readdirSync(cwd).sort()).toEqual(['.dossiercache', 'cases']);
  });

  it('reuses an entry only for the same bytes and the same day (an edited entry shows it was used)', async () => {
    const cwd = workspace();
    await validate(cwd);
    const path = join(cwd, '.dossiercache');
    const cache = readCache(path);
    const ap = cache.entries['cases/ap-clearview-ai.yaml'];
    expect(ap?.diagnostics).toHaveLength(1);
    if (ap?.diagnostics[0]) ap.diagnostics[0].message = 'as remembered';
    writeFileSync(path, JSON.stringify(cache));
    expect((await validate(cwd)).stdout).toContain('warning as remembered [money/cap-needs-turnover]');
    // Another day: the freshness check may differ, so the file is checked again.
    expect((await runInProcess(['validate', 'cases', '--as-of', '2026-12-04', '--cache'], { cwd })).stdout).not.toContain('as remembered');
    writeFileSync(path, JSON.stringify(cache));
    writeFileSync(join(cwd, 'cases/ap-clearview-ai.yaml'), `${readFileSync(join(cwd, 'cases/ap-clearview-ai.yaml'), 'utf8')}\n`);
    expect((await validate(cwd)).stdout).not.toContain('as remembered');
  });

  it('still compares case ids across files, cached or not', async () => {
    const cwd = workspace();
    await validate(cwd);
    cpSync(join(cwd, 'cases/dsb-clearview-ai.yaml'), join(cwd, 'cases/copy.yaml'));
    const added = await validate(cwd);
    expect(added.status).toBe(1);
    expect(added.stdout).toContain(
      'cases/dsb-clearview-ai.yaml:3:5: error case id "dsb-clearview-ai" is already used by cases/copy.yaml [id/duplicate]',
    );
    expect(await validate(cwd)).toEqual(added);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['of another version', (text: string) => text.replace(/"key":"dossier [^,]*,/, '"key":"dossier 0.0.1,')],
    ['for another case format', (text: string) => text.replace(/, schema [0-9a-f]{14}"/, ', schema 0123456789abcd"')],
    ['with an entry of the wrong shape', (text: string) => text.replace(/"line":\d+/, '"line":0')],
    ['with an unknown code', (text: string) => text.replace('money/cap-needs-turnover', 'money/made-up')],
    ['with an I/O code, which is never cached', (text: string) => text.replace('money/cap-needs-turnover', 'file/not-found')],
    ['with a hash that is not one', (text: string) => text.replace(/"sha256":"[0-9a-f]{64}"/, '"sha256":"x"')],
    ['with a stat that is not one', (text: string) => text.replace(/"stat":"\d+ /, '"stat":"x ')],
    ['without the time its run started', (text: string) => text.replace(/"runStarted":"\d+",/, '')],
    ['of the format before stats were kept', (text: string) => text.replace('dossier-validate-cache/2', 'dossier-validate-cache/1')],
  ])('ignores a cache %s, and replaces it', async (_, spoil) => {
    const cwd = workspace();
    const cold = await validate(cwd);
    const path = join(cwd, '.dossiercache');
    const good = readFileSync(path, 'utf8');
    const spoiled = spoil(good).replace('above the fixed maximum', 'as remembered');
    expect(spoiled).not.toBe(good.replace('above the fixed maximum', 'as remembered'));
    writeFileSync(path, spoiled);
    expect(await validate(cwd)).toEqual(cold);
    // The same entries; only the time its run started differs.
    const started = (text: string) => text.replace(/"runStarted":"\d+"/, '"runStarted":"…"');
    expect(readFileSync(path, 'utf8')).not.toBe(spoiled);
    expect(started(readFileSync(path, 'utf8'))).toBe(started(good));
  });

  it('leaves a file that is not a dossier cache as it is, and says so', async () => {
    const cwd = workspace();
    const uncached = await runInProcess(['validate', 'cases', ...AS_OF], { cwd });
    writeFileSync(join(cwd, 'notes.json'), '{"mine": true}\n');
    const result = await validate(cwd, '--cache-location', 'notes.json');
    expect(result.status).toBe(uncached.status);
    expect(result.stdout).toBe(uncached.stdout);
    expect(result.stderr).toContain(`dossier: ${join(cwd, 'notes.json')} is not a dossier cache file; it was left as it is`);
    expect(readFileSync(join(cwd, 'notes.json'), 'utf8')).toBe('{"mine": true}\n');
  });

  it('--cache-location names the file, or a directory to keep .dossiercache in, and implies --cache', async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, 'tmp'));
    await runInProcess(['validate', 'cases', ...AS_OF, '--cache-location', 'tmp'], { cwd });
    await runInProcess(['validate', 'cases', ...AS_OF, '--cache-location', 'tmp/named-cache'], { cwd });
    expect(readdirSync(join(cwd, 'tmp')).sort()).toEqual(['.dossiercache', 'named-cache']);
  });

  it('refuses a location named like a case file (exit 2), and writes nothing', async () => {
    const cwd = workspace();
    const result = await validate(cwd, '--cache-location', 'cases/cnil-clearview-ai.yaml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ends in .yaml or .yml, like a case file');
    expect(readFileSync(join(cwd, 'cases/cnil-clearview-ai.yaml'))).toEqual(readFileSync(join(ROOT, 'cases/cnil-clearview-ai.yaml')));
  });
});
