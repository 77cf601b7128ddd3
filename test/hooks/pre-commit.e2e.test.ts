// The hooks of .pre-commit-hooks.yaml as a user gets them: real pre-commit installs them from a
// clone of this checkout (by path and rev, as a hook repository on GitHub would be named), with
// npm's registry as the only network, and real `git commit` runs them in a scratch repository.
// Skipped, with the reason printed, where pre-commit is absent (CI installs it: .ci/run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneThisCheckout } from '../helpers/hook-repo.js';
import { ROOT } from '../helpers/run-cli.js';
import { GIT_ENV, scratchRepo, type ScratchRepo } from '../helpers/scratch-repo.js';

const CNIL = 'cases/cnil-clearview-ai.yaml';
// Each commit runs both hooks, a node process each, behind git and pre-commit: seconds alone,
// tens of seconds on a loaded machine.
const COMMITS = { timeout: 180_000 };
const probe = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const version = probe.status === 0 ? probe.stdout.trim() : undefined;
if (version === undefined) {
  console.warn('pre-commit.e2e: skipped, pre-commit is not on PATH (apt-get install pre-commit; CI installs it in .ci/run)');
}

/** The user's environment without npm's script variables and git's hook variables, which would steer the install and the commits. */
function hookEnv(preCommitHome: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(npm_|git_|pre_commit|skip$)/i.test(key)) env[key] = value;
  }
  return { ...env, ...GIT_ENV, PRE_COMMIT_HOME: preCommitHome, TZ: 'UTC', NO_COLOR: '1' };
}

describe.skipIf(version === undefined)(`pre-commit hooks, installed from git by ${version ?? 'pre-commit'}`, () => {
  const temp = mkdtempSync(join(tmpdir(), 'dossier-pre-commit-'));
  let repo: ScratchRepo;
  let env: Record<string, string>;
  let good: string;

  beforeAll(() => {
    const hooks = cloneThisCheckout(join(temp, 'hook-repo'));
    repo = scratchRepo('dossier-hooked-', ['cnil-clearview-ai.yaml', 'garante-clearview-ai.yaml']);
    env = hookEnv(join(temp, 'pre-commit-home'));
    good = repo.read(CNIL);
    repo.write(
      '.pre-commit-config.yaml',
      [
        'repos:',
        `  - repo: ${hooks.dir}`,
        `    rev: ${hooks.rev}`,
        '    hooks:',
        '      - id: dossier-validate',
        '      - id: dossier-validate-all',
        '',
      ].join('\n'),
    );
    repo.git('add', '.pre-commit-config.yaml');
    repo.git('commit', '-q', '-m', 'pre-commit configuration');
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: repo.dir, env, encoding: 'utf8' });
    // The npm install pre-commit runs is the part most likely to break: show all it said.
    expect(install.stdout + install.stderr, 'pre-commit install --install-hooks').toContain('pre-commit installed at');
    expect(install.status, install.stdout + install.stderr).toBe(0);
  }, 300_000);

  afterAll(() => {
    repo.remove();
    rmSync(temp, { recursive: true, force: true });
    // Tens of megabytes of installed hooks and clones: more than the default 10 s on a loaded machine.
  }, 120_000);

  const commit = (message: string) => {
    const result = spawnSync('git', ['commit', '-m', message], { cwd: repo.dir, env, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, output: result.stdout + result.stderr };
  };
  const head = () => repo.git('rev-parse', 'HEAD').trim();
  const reset = () => {
    repo.git('reset', '-q', '--hard', 'HEAD');
    repo.git('clean', '-fdq', '--', 'cases');
  };

  it('blocks a commit of a bad case file, with the diagnostic', COMMITS, () => {
    reset();
    const before = head();
    repo.write(CNIL, good.replace(/^id: .*$/m, 'id: Not An Id'));
    repo.git('add', CNIL);
    const result = commit('a bad id');
    expect(result.output).toMatch(/^dossier validate\.+Failed$/m);
    expect(result.output).toMatch(/^dossier validate \(all staged cases\)\.+Failed$/m);
    expect(result.output).toContain('cases/cnil-clearview-ai.yaml:3:5: error id is "Not An Id"');
    expect(result.output).toContain('[id/invalid]');
    expect(result.status).toBe(1);
    expect(head()).toBe(before);
  });

  it('blocks a new file whose id another committed file already uses', COMMITS, () => {
    reset();
    repo.write('cases/a-copy.yaml', good.replace(/^id: .*$/m, 'id: garante-clearview-ai'));
    repo.git('add', 'cases/a-copy.yaml');
    const result = commit('a duplicate id');
    expect(result.output).toContain(
      'cases/a-copy.yaml:3:5: error case id "garante-clearview-ai" is already used by cases/garante-clearview-ai.yaml [id/duplicate]',
    );
    expect(result.status).toBe(1);
  });

  it('judges a partly staged file on its staged content', COMMITS, () => {
    reset();
    const before = head();
    repo.write(CNIL, good.replace(/^id: .*$/m, 'id: Not An Id'));
    repo.git('add', CNIL);
    repo.write(CNIL, good);
    const blocked = commit('bad staged, good working copy');
    expect(blocked.output).toContain('[id/invalid]');
    expect(blocked.status).toBe(1);
    expect(head()).toBe(before);

    reset();
    const retitled = good.replace(/^title: .*$/m, 'title: CNIL v. Clearview AI (retitled)');
    repo.write(CNIL, retitled);
    repo.git('add', CNIL);
    repo.write(CNIL, 'not: [a case file\n');
    const passed = commit('good staged, broken working copy');
    expect(passed.output).toMatch(/^dossier validate\.+Passed$/m);
    expect(passed.status).toBe(0);
    expect(repo.git('show', `HEAD:${CNIL}`)).toBe(retitled);
    // pre-commit put the unstaged change back after running the hooks.
    expect(readFileSync(join(repo.dir, CNIL), 'utf8')).toBe('not: [a case file\n');
  });

  it('lets an unrelated commit through past an untracked draft in cases/', COMMITS, () => {
    reset();
    repo.write('cases/draft.yaml', 'id: [unfinished\n');
    writeFileSync(join(repo.dir, 'notes.txt'), 'unrelated\n');
    repo.git('add', 'notes.txt');
    const result = commit('notes');
    expect(result.output).toMatch(/^dossier validate\.+\(no files to check\)Skipped$/m);
    expect(result.output).toMatch(/^dossier validate \(all staged cases\)\.+Passed$/m);
    expect(result.status).toBe(0);
    expect(repo.git('status', '--porcelain', '--', 'cases')).toBe('?? cases/draft.yaml\n');
  });

  it('runs a pre-commit at least as new as the minimum the hooks and the README name', () => {
    const minimums = [...readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8').matchAll(/minimum_pre_commit_version: '([\d.]+)'/g)];
    const minimum = minimums[0]?.[1] ?? '?';
    expect(minimums.map((m) => m[1])).toEqual([minimum, minimum]);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`[pre-commit](https://pre-commit.com) ${minimum} or later`);
    const numbers = (text: string) => text.split('.').map(Number);
    const [have, need] = [numbers(version?.replace('pre-commit ', '') ?? ''), numbers(minimum)];
    const order = have.map((part, i) => part - (need[i] ?? 0)).find((difference) => difference !== 0) ?? 0;
    expect(order, `${version ?? ''} is older than ${minimum}`).toBeGreaterThanOrEqual(0);
  });
});
