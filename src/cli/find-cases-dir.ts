// Without --cases, the case directory is `cases/` in the working directory or in the nearest
// parent that has one, up to the repository root, as git and ESLint find their configuration.
// The path returned is relative to the working directory, so that diagnostics name files the
// way the user would type them from where they stand (`../cases/x.yaml`).
import { statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const DEFAULT_CASES_DIR = 'cases';

/**
 * The nearest `cases/` directory from `cwd` upwards; the search stops after a directory that
 * holds `.git` (the repository root) or at the filesystem root. When there is none, `cases`,
 * so that the error names the directory the user would expect.
 */
export function findCasesDir(cwd: string): string {
  for (let dir = cwd; ;) {
    const candidate = join(dir, DEFAULT_CASES_DIR);
    if (isDirectory(candidate)) return dir === cwd ? DEFAULT_CASES_DIR : relative(cwd, candidate);
    if (exists(join(dir, '.git'))) return DEFAULT_CASES_DIR;
    const parent = dirname(dir);
    if (parent === dir) return DEFAULT_CASES_DIR;
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    // Unreadable (EACCES, ELOOP): not a directory the commands could read either.
    return false;
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
