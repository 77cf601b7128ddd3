// dist/ is committed so that a git install (npm, pre-commit) needs no build step and no
// devDependency. This test rebuilds the bundle from src/ into a temporary directory and fails
// when the committed bytes differ, naming the command that regenerates them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const FIX = 'dist/ is stale: run `npm run bundle` and commit dist/';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

interface PackageJson {
  readonly bin: Record<string, string>;
  readonly files: readonly string[];
  readonly scripts: Record<string, string | undefined>;
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

describe('the committed bundle', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'dossier-bundle-'));
  afterAll(() => {
    rmSync(fresh, { recursive: true, force: true });
  });

  it('is byte for byte what npm run bundle makes from src/', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], { cwd: ROOT, stdio: 'pipe' });
    const committed = join(ROOT, 'dist');
    const names = filesUnder(fresh);
    expect(names).toContain('cli.cjs');
    expect(filesUnder(committed), FIX).toEqual(names);
    const differing = names.filter((name) => !readFileSync(join(committed, name)).equals(readFileSync(join(fresh, name))));
    expect(differing, FIX).toEqual([]);
  });

  it('is what the binary loads, is shipped, and is not ignored by git', () => {
    expect(pkg.bin['dossier']).toBe('bin/dossier.js');
    expect(readFileSync(join(ROOT, 'bin/dossier.js'), 'utf8')).toContain("require('../dist/cli.cjs')");
    // CommonJS, which Node starts sooner than an ES module, in a package whose type is module.
    expect(JSON.parse(readFileSync(join(ROOT, 'bin/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(pkg.files).toContain('dist');
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n');
    expect(ignored.filter((line) => /^\/?dist\b/.test(line))).toEqual([]);
  });

  it('needs no npm lifecycle script, which a git install would run without the devDependencies', () => {
    // npm runs these when it installs or packs the package from git (pacote's git fetcher, then
    // its directory fetcher); `prepare` needs esbuild, which a global install does not have.
    // A `build` script is one of them too: npm then installs every devDependency in a temporary
    // clone to prepare the package, and without --install-links (pre-commit 4.6.1) links the
    // global install into that clone, which it deletes. Hence `npm run bundle`.
    for (const script of ['build', 'preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack', 'preprepare', 'postprepare']) {
      expect(pkg.scripts[script], script).toBeUndefined();
    }
  });
});
