// A throwaway git repository holding copies of the bundled cases, for the tests of --staged and
// of the pre-commit hooks.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './run-cli.js';

/** git without the user's configuration, so that a test sees the same repository everywhere. */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

export interface ScratchRepo {
  readonly dir: string;
  git(...args: string[]): string;
  write(path: string, text: string): void;
  read(path: string): string;
  remove(): void;
}

export function scratchRepo(prefix: string, caseFiles: readonly string[]): ScratchRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', HOME: dir, ...GIT_ENV },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'cases'));
  for (const file of caseFiles) cpSync(join(ROOT, 'cases', file), join(dir, 'cases', file));
  git('add', '.');
  git('commit', '-q', '-m', 'cases');
  return {
    dir,
    git,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
