// Where the commands look for cases/ without --cases: here, then each parent up to the
// repository root (a directory holding .git) or the filesystem root.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCasesDir } from '../../src/cli/find-cases-dir.js';

const root = mkdtempSync(join(tmpdir(), 'dossier-find-cases-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function tree(name: string, dirs: readonly string[], files: readonly string[] = []): string {
  const base = join(root, name);
  for (const dir of dirs) mkdirSync(join(base, dir), { recursive: true });
  for (const file of files) writeFileSync(join(base, file), '');
  return base;
}

describe('findCasesDir', () => {
  const project = tree('project', ['.git', 'cases', 'src/cli/commands', 'docs/cases-notes']);
  const nested = tree('outer', ['cases', 'repo/.git', 'repo/src']);
  const worktree = tree('worktree', ['cases', 'deep/er'], ['deep/.git']);
  const none = tree('none', ['a/b']);
  const inner = tree('inner', ['.git', 'cases', 'pkg/cases', 'pkg/src']);
  const fileNamedCases = tree('file', ['.git', 'sub'], ['sub/cases']);

  it.each([
    ['the working directory has cases/', project, 'cases'],
    ['one level down', join(project, 'src'), '../cases'],
    ['three levels down', join(project, 'src/cli/commands'), '../../../cases'],
    ['a name that only starts with cases', join(project, 'docs/cases-notes'), '../../cases'],
    ['the nearest cases/ wins', join(inner, 'pkg/src'), '../cases'],
    ['not above the repository root (.git directory)', join(nested, 'repo/src'), 'cases'],
    ['a .git file (a worktree) also marks the root', join(worktree, 'deep/er'), 'cases'],
    ['a file named cases is not the directory', join(fileNamedCases, 'sub'), 'cases'],
  ])('%s', (_label, cwd, expected) => {
    expect(findCasesDir(cwd)).toBe(expected);
  });

  it('falls back to cases when no parent up to the filesystem root has one', () => {
    // The temporary directory's parents (/tmp, /) hold no cases/ directory.
    expect(findCasesDir(join(none, 'a/b'))).toBe('cases');
  });
});
