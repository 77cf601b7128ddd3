// The built binary runs its program through V8's code cache (src/cli/bundle-loader.ts), kept in a
// private directory under the temporary directory (TMPDIR here): written by a run that had none,
// used by the next run of the same command, replaced when V8 rejects it, never trusted from a
// directory others can write to. Whatever the cache holds, the output is the same.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
    // Accepted by V8: not written again (a rewrite renames a new file into place), only marked used.
    expect(statSync(file).ino).toBe(written.ino);
    expect(statSync(file).size).toBe(written.size);
    expect(statSync(file).mtimeMs).toBeGreaterThan(written.mtimeMs);

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

  it('is replaced when it is damaged in place, its length unchanged', () => {
    const tmp = mkdtempSync(join(temp, 'damaged-'));
    const plain = runWithTemp(tmp, REPORT);
    const file = join(cacheDirIn(tmp), cacheFiles(tmp)[0] ?? '');
    const bytes = readFileSync(file);
    for (let at = 200; at < bytes.length; at += 997) bytes[at] = (bytes[at] ?? 0) ^ 0x5a;
    writeFileSync(file, bytes);
    expect(runWithTemp(tmp, REPORT)).toEqual(plain);
    expect(readFileSync(file).equals(bytes)).toBe(false);
  });

  it('keeps those of the four bundles used last, and drops what dead runs left', () => {
    const tmp = mkdtempSync(join(temp, 'prune-'));
    const dir = cacheDirIn(tmp);
    mkdirSync(dir, { mode: 0o700 });
    // Five other bundles, used 1 to 5 hours ago, and a temporary file from a run that died.
    for (let hours = 1; hours <= 5; hours += 1) {
      for (const command of ['report', 'due']) {
        const file = join(dir, `${String(hours).repeat(16)}-v20.0.0-x64-${command}.v8`);
        writeFileSync(file, 'old');
        const then = new Date(Date.now() - hours * 3_600_000);
        utimesSync(file, then, then);
      }
    }
    const dead = join(dir, `${'9'.repeat(16)}-v20.0.0-x64-report.v8.123.tmp`);
    writeFileSync(dead, '');
    utimesSync(dead, new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));
    expect(runWithTemp(tmp, REPORT).status).toBe(0);
    // The planted bundles are named by one digit 16 times; this build's hash could start with any.
    const planted = /^([1-5])\1{15}-/;
    const kept = cacheFiles(tmp).filter((name) => planted.test(name));
    expect(kept.map((name) => name.slice(0, 1))).toEqual(['1', '1', '2', '2', '3', '3']);
    expect(cacheFiles(tmp).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(cacheFiles(tmp).filter((name) => name.endsWith('-report.v8') && !planted.test(name))).toHaveLength(1);
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
