// The commands find the project's cases/ from a subdirectory, and name files relative to it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SRC = join(ROOT, 'src');

describe('without --cases, from a subdirectory of the project', () => {
  it('`npx dossier report` from src/ reports on the project cases', () => {
    // No npm lifecycle script runs here (package.json has none): the committed bundle is what runs.
    const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', HOME: process.env['HOME'] ?? '/tmp' };
    const fromSrc = spawnSync('npx', ['--no-install', 'dossier', 'report', '--as-of', '2023-02-09'], {
      cwd: SRC,
      env,
      encoding: 'utf8',
      timeout: 80_000,
    });
    expect(fromSrc.stderr).toBe('');
    expect(fromSrc.status).toBe(0);
    const fromRoot = runCli(['report', '--as-of', '2023-02-09'], { env: { NO_COLOR: '1' } });
    expect(fromSrc.stdout).toBe(fromRoot.stdout);
    expect(fromSrc.stdout).toContain('CNIL');
    // npx resolves the package before it starts the CLI: seconds alone, more on a loaded machine.
  }, 90_000);

  it('names the files relative to where the user stands', () => {
    const result = runCli(['validate', '--format', 'compact'], { cwd: join(SRC, 'cli') });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\.\.\/\.\.\/cases\/ap-clearview-ai\.yaml:\d+:\d+: warning /m);
  });

  it('--cases still wins, relative to the working directory', () => {
    const result = runCli(['validate', '--cases', 'nowhere', '--format', 'compact'], { cwd: SRC });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('nowhere');
  });
});
