// `dossier validate --staged` judges the index, not the working tree; `--stdin` judges stdin as
// the file it names. Both compare ids with the rest of the case set and report only the judged
// files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli } from '../helpers/run-cli.js';
import { GIT_ENV, scratchRepo } from '../helpers/scratch-repo.js';

const CNIL = 'cases/cnil-clearview-ai.yaml';
const AS_OF = ['--as-of', '2023-02-09', '--format', 'compact'];

describe('validate --staged', () => {
  const repo = scratchRepo('dossier-staged-', ['cnil-clearview-ai.yaml', 'garante-clearview-ai.yaml']);
  afterAll(() => {
    repo.remove();
  });
  const good = repo.read(CNIL);
  const run = (args: string[], cwd = repo.dir) => runCli(['validate', '--staged', ...AS_OF, ...args], { cwd, env: GIT_ENV });
  const reset = () => {
    repo.write(CNIL, good);
    repo.git('add', CNIL);
    repo.git('clean', '-fdq', 'cases');
  };

  it('passes a clean index, and ignores an untracked draft', () => {
    reset();
    repo.write('cases/draft.yaml', 'id: [unfinished\n');
    const result = run([]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('2 file(s) checked: 0 error(s), 0 warning(s)\n');
    expect(result.status).toBe(0);
  });

  it('judges the staged content of a partly staged file, not its working copy', () => {
    reset();
    repo.write(CNIL, good.replace(/^id: .*$/m, 'id: Not An Id'));
    repo.git('add', CNIL);
    repo.write(CNIL, good);
    const staged = run([CNIL]);
    expect(staged.status).toBe(1);
    expect(staged.stdout).toMatch(/^cases\/cnil-clearview-ai\.yaml:\d+:\d+: error .*\[id\/invalid\]$/m);
    // The working copy is fine: without --staged the same file passes.
    expect(runCli(['validate', ...AS_OF, CNIL], { cwd: repo.dir }).status).toBe(0);
  });

  it('passes a good staged version whatever the working copy holds', () => {
    reset();
    repo.write(CNIL, 'not: [yaml\n');
    expect(run([CNIL]).status).toBe(0);
  });

  it('finds an id used by another staged file, on the file named, and names paths from a subdirectory', () => {
    reset();
    // cnil sorts before garante, yet the finding is on the file being judged.
    repo.write(CNIL, good.replace(/^id: .*$/m, 'id: garante-clearview-ai'));
    repo.git('add', CNIL);
    repo.write('sub/readme.txt', '');
    const result = run(['../cases/cnil-clearview-ai.yaml'], join(repo.dir, 'sub'));
    expect(result.stdout).toContain(
      '../cases/cnil-clearview-ai.yaml:3:5: error case id "garante-clearview-ai" is already used by ../cases/garante-clearview-ai.yaml [id/duplicate]',
    );
    expect(result.status).toBe(1);
  });

  it('says so when a named file is not in the index (exit 2)', () => {
    reset();
    repo.write('cases/new.yaml', good);
    const result = run(['cases/new.yaml']);
    expect(result.stdout).toContain('cases/new.yaml:1:1: error not in the git index');
    expect(result.status).toBe(2);
  });

  it('reads a name with pathspec characters literally', () => {
    reset();
    repo.write('cases/*.yaml', good);
    repo.git('add', '--', 'cases/[*].yaml');
    const result = run(['cases/*.yaml']);
    expect(result.stdout).toContain('cases/*.yaml:');
    expect(result.stdout).toContain('[id/duplicate]');
    repo.git('rm', '-q', '--cached', '--', 'cases/[*].yaml');
  });

  it('refuses an oversized staged blob before reading it, and checks the rest', () => {
    reset();
    repo.write('cases/huge.yaml', `# ${'x'.repeat(1024 * 1024)}\n`);
    repo.git('add', 'cases/huge.yaml');
    const result = run([]);
    expect(result.stdout).toBe(
      'cases/huge.yaml:1:1: error the staged file has 1048579 bytes; a case file may have at most 1048576 (1 MiB) [file/too-large]\n',
    );
    expect(result.stderr).toBe('2 file(s) checked: 1 error(s), 0 warning(s)\n');
    expect(result.status).toBe(2);
    repo.git('rm', '-q', '--cached', 'cases/huge.yaml');
  });

  it('is one line and exit 2 outside a git repository, or without git', () => {
    const outside = mkdtempSync(join(tmpdir(), 'dossier-no-repo-'));
    try {
      const result = runCli(['validate', '--staged'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        'dossier: not inside a git repository; --staged reads the git index (run it in a repository, or leave it out)\n',
      );
      const noGit = runCli(['validate', '--staged'], { cwd: repo.dir, env: { PATH: '/nonexistent' } });
      expect(noGit.status).toBe(2);
      expect(noGit.stderr).toBe('dossier: git is not installed or not on PATH; --staged reads the git index\n');
      expect(hasStackTrace(noGit.stderr)).toBe(false);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('validate --stdin --stdin-filename', () => {
  const repo = scratchRepo('dossier-stdin-', ['cnil-clearview-ai.yaml', 'garante-clearview-ai.yaml']);
  afterAll(() => {
    repo.remove();
  });
  const good = repo.read(CNIL);
  const run = (args: string[], input: string) => runCli(['validate', ...AS_OF, '--stdin', ...args], { cwd: repo.dir, input });

  it('checks stdin as the file named, not the copy on disk', () => {
    repo.write(CNIL, 'not: [yaml\n');
    const result = run(['--stdin-filename', CNIL], good);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('1 file(s) checked: 0 error(s), 0 warning(s)\n');
    expect(result.status).toBe(0);
    repo.write(CNIL, good);
  });

  it('names the file in diagnostics and compares the id with the files on disk', () => {
    const result = run(['--stdin-filename', 'cases/another.yaml'], good.replace(/^id: .*$/m, 'id: another'));
    expect(result.status).toBe(0);
    const clash = run(['--stdin-filename', 'cases/a-first.yaml'], good.replace(/^id: .*$/m, 'id: garante-clearview-ai'));
    expect(clash.stdout).toMatch(
      /^cases\/a-first\.yaml:3:5: error case id "garante-clearview-ai" is already used by cases\/garante-clearview-ai\.yaml \[id\/duplicate\]$/m,
    );
    expect(clash.status).toBe(1);
    const broken = run(['--stdin-filename', 'cases/x.yaml'], 'a: [\n');
    expect(broken.stdout).toMatch(/^cases\/x\.yaml:2:1: error .*\[yaml\/syntax\]$/m);
  });

  it('refuses more than 1 MiB on stdin', () => {
    const result = run(['--stdin-filename', 'cases/big.yaml'], `# ${'x'.repeat(1024 * 1024)}\n`);
    expect(result.stdout).toBe(
      'cases/big.yaml:1:1: error stdin has more than 1048576 bytes; a case file may have at most 1 MiB [file/too-large]\n',
    );
    expect(result.status).toBe(2);
  });

  it.each([
    [['--stdin'], '--stdin needs --stdin-filename PATH'],
    [['--stdin', 'cases/x.yaml'], '--stdin reads one file from stdin'],
    [['--stdin-filename', 'x.yaml'], '--stdin-filename needs --stdin'],
    [['--stdin', '--staged', '--stdin-filename', 'x.yaml'], '--staged and --stdin cannot be used together'],
    [['--staged', '--cache'], '--cache works on the files on disk, not with --staged or --stdin'],
    [['--stdin', '--stdin-filename', 'x.yaml', '--cache-location', 'c'], '--cache works on the files on disk'],
  ])('%j is a usage error', (args, message) => {
    const result = runCli(['validate', ...args], { cwd: repo.dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe("the README's examples, in this checkout", () => {
  it('validate --staged and validate --stdin --stdin-filename run', () => {
    const staged = runCli(['validate', '--staged', '--as-of', '2026-12-03'], { env: GIT_ENV });
    expect(staged.stderr).toMatch(/^\d+ file\(s\) checked: 0 error\(s\), \d+ warning\(s\)\n$/);
    expect(staged.status).toBe(0);
    const input = readFileSync(join(ROOT, CNIL), 'utf8');
    const piped = runCli(['validate', '--stdin', '--stdin-filename', CNIL, '--as-of', '2026-12-03'], { input });
    expect(piped).toEqual({ status: 0, stdout: '', stderr: '1 file(s) checked: 0 error(s), 0 warning(s)\n' });
  });
});
