// pre-commit 4.x is not installable here (no PyPI), but its node install is one npm command
// (pre_commit/languages/node.py at v4.6.1 and v4.6.2, which adds --install-links), which this
// test runs on a clone of this checkout into a temporary prefix, then runs the binary it
// installed. This is that command with this machine's npm, not pre-commit 4.x itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cloneThisCheckout } from '../helpers/hook-repo.js';

/** The user's environment (registry, certificates) without the npm variables of `npm test`. */
function npmEnv(prefix: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^npm_/i.test(key)) env[key] = value;
  return { ...env, NPM_CONFIG_PREFIX: prefix, TZ: 'UTC', NO_COLOR: '1' };
}

const COMMANDS = {
  '4.6.1': ['install', '--allow-git=root', '-g'],
  '4.6.2': ['install', '--allow-git=root', '--install-links', '-g'],
} as const;

describe('npm install -g git+file://… as pre-commit 4.6.1 and 4.6.2 run it', () => {
  const temp = mkdtempSync(join(tmpdir(), 'dossier-npm-git-'));
  afterAll(() => {
    rmSync(temp, { recursive: true, force: true });
    // Tens of megabytes of installed package and clone: more than the default 10 s on a loaded machine.
  }, 120_000);

  it.each(Object.entries(COMMANDS))(
    'as %s: installs a dossier that runs, no build step, no devDependency needed',
    (version, args) => {
      const clone = cloneThisCheckout(join(temp, `clone-${version}`));
      const prefix = join(temp, `prefix-${version}`);
      const env = npmEnv(prefix);
      const install = spawnSync('npm', [...args, `git+file://${clone.dir}`], {
        env,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(install.status, install.stdout + install.stderr).toBe(0);
      const run = spawnSync(join(prefix, 'bin', 'dossier'), ['validate', '--format', 'compact', '--as-of', '2026-12-03'], {
        cwd: clone.dir,
        env,
        encoding: 'utf8',
      });
      expect(run.stderr).toMatch(/^\d+ file\(s\) checked: 0 error\(s\), \d+ warning\(s\)\n$/);
      expect(run.status).toBe(0);
    },
    300_000,
  );
});
