// What only a real process shows: a deleted working directory and a full output device.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, hasStackTrace } from '../helpers/run-cli.js';

const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC' };

describe('from a working directory that was deleted', () => {
  it.each([['--version'], ['report'], ['validate']])('dossier %s says so in one line and exits 2', (command) => {
    const gone = mkdtempSync(join(tmpdir(), 'dossier-gone-'));
    // The shell enters the directory and removes it before starting dossier inside it.
    const script = 'cd "$1" && rmdir "$1" && shift && exec "$@"';
    const result = spawnSync('sh', ['-c', script, 'sh', gone, process.execPath, BIN, command], { env, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dossier: the working directory cannot be read \(ENOENT[^\n]*\n$/);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('output to a full device', () => {
  it.each([['--help'], ['--version'], ['report', '--help'], ['schema']])('dossier %s > /dev/full exits 2 with a message', (...args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...args], { env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('could not write the output');
      expect(hasStackTrace(result.stderr)).toBe(false);
    } finally {
      closeSync(full);
    }
  });
});
