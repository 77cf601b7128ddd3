// This checkout as a repository pre-commit can install hooks from: a clone in a temporary
// directory, with the working changes (tracked, deleted and untracked but not ignored files)
// committed on top, so that the hooks under test are the code under test. On a clean clone
// (CI) nothing is added and the revision is HEAD.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './run-cli.js';
import { GIT_ENV } from './scratch-repo.js';

export interface HookRepo {
  readonly dir: string;
  /** The commit to name as `rev:` in .pre-commit-config.yaml. */
  readonly rev: string;
}

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: cwd, ...GIT_ENV },
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

export function cloneThisCheckout(dir: string): HookRepo {
  git(ROOT, ['clone', '--quiet', '--no-hardlinks', ROOT, dir]);
  const paths = new Set(git(ROOT, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean));
  for (const path of paths) {
    const from = join(ROOT, path);
    const to = join(dir, path);
    if (existsSync(from) || isLink(from)) {
      mkdirSync(dirname(to), { recursive: true });
      cpSync(from, to, { verbatimSymlinks: true });
    } else {
      rmSync(to, { force: true });
    }
  }
  git(dir, ['add', '--all']);
  if (git(dir, ['status', '--porcelain']) !== '') git(dir, ['commit', '--quiet', '--no-verify', '-m', 'working changes under test']);
  return { dir, rev: git(dir, ['rev-parse', 'HEAD']).trim() };
}

function isLink(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;
}
