// The built binary runs its program through V8's code cache (src/cli/bundle-loader.ts), kept in a
// private directory under the temporary directory (TMPDIR here): written by a run that had none,
// used by the next run of the same command, replaced when V8 rejects it, never trusted from a
// directory others can write to. Whatever the cache holds, the output is the same.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'dossier-code-cache-test-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const REPORT = ['report', '--as-of', '2023-02-09'];

function runWithTemp(tmp: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', TMPDIR: tmp },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cacheDirIn = (tmp: string) => join(tmp, `dossier-code-cache-${String(process.getuid?.() ?? 'user')}`);
const cacheFiles = (tmp: string) => readdirSync(cacheDirIn(tmp)).sort();

describe('the code cache', () => {
  it('is written by a first run, used by the next, and changes no output', () => {
    const tmp = mkdtempSync(join(temp, 'fresh-'));
    const first = runWithTemp(tmp, REPORT);
    expect(first.status).toBe(0);
    expect(cacheFiles(tmp)).toEqual([expect.stringMatching(/^[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+-report\.v8$/)]);
    const file = join(cacheDirIn(tmp), cacheFiles(tmp)[0] ?? '');
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect(statSync(cacheDirIn(tmp)).mode & 0o777).toBe(0o700);
    const written = statSync(file);

    const second = runWithTemp(tmp, REPORT);
    expect(second).toEqual(first);
    // Accepted by V8: not written again (a rewrite renames a new file into place).
    expect(statSync(file).ino).toBe(written.ino);
    expect(statSync(file).mtimeMs).toBe(written.mtimeMs);

    const other = runWithTemp(tmp, ['due', '2022-10-18', '2 months', '--jurisdiction', 'FR']);
    expect(other.status).toBe(0);
    expect(cacheFiles(tmp)).toEqual([expect.stringMatching(/-due\.v8$/), expect.stringMatching(/-report\.v8$/)]);
  });

  it('is replaced when V8 rejects it', () => {
    const tmp = mkdtempSync(join(temp, 'garbage-'));
    const plain = runWithTemp(tmp, REPORT);
    const file = join(cacheDirIn(tmp), cacheFiles(tmp)[0] ?? '');
    writeFileSync(file, 'not a code cache');
    expect(runWithTemp(tmp, REPORT)).toEqual(plain);
    expect(statSync(file).size).toBeGreaterThan(100_000);
  });

  it('is not written by a usage error or by --help', () => {
    const tmp = mkdtempSync(join(temp, 'usage-'));
    expect(runWithTemp(tmp, ['report', '--no-such-flag']).status).toBe(2);
    expect(runWithTemp(tmp, ['report', '--help']).status).toBe(0);
    expect(cacheFiles(tmp)).toEqual([]);
  });

  it('is neither read nor written in a directory others can write to', () => {
    const tmp = mkdtempSync(join(temp, 'shared-'));
    mkdirSync(cacheDirIn(tmp));
    chmodSync(cacheDirIn(tmp), 0o777);
    const plain = runWithTemp(tmp, REPORT);
    expect(plain.status).toBe(0);
    expect(cacheFiles(tmp)).toEqual([]);
  });

  it('is not needed: a temporary directory where none can be made changes nothing', () => {
    const tmp = join(temp, 'a-file');
    writeFileSync(tmp, '');
    const result = runWithTemp(tmp, REPORT);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('CNIL');
  });
});
