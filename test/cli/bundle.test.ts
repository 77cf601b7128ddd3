// The built bundle as shipped: what the build changes in bundled libraries stays changed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DIST = join(ROOT, 'dist');
const BUILTINS = new Set(builtinModules);
const bundleFiles = (): string[] =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.c?js$/.test(file))
    .map((file) => join(DIST, file));

describe('the bundled yaml parser', () => {
  it('contains no read of its debugging switches (one environment lookup per token)', () => {
    const files = bundleFiles();
    expect(files.length).toBeGreaterThan(1);
    const reading = files.filter((file) => /LOG_TOKENS|LOG_STREAM/.test(readFileSync(file, 'utf8')));
    expect(reading).toEqual([]);
  });

  it('prints no token trace when LOG_TOKENS and LOG_STREAM are set', () => {
    const plain = runCli(['validate', 'cases/cnil-clearview-ai.yaml', '--format', 'compact', '--as-of', '2026-12-03']);
    const traced = runCli(['validate', 'cases/cnil-clearview-ai.yaml', '--format', 'compact', '--as-of', '2026-12-03'], {
      env: { LOG_TOKENS: '1', LOG_STREAM: '1' },
    });
    expect(plain.status).toBe(0);
    expect(traced).toEqual(plain);
  });
});

describe('the runtime dependencies', () => {
  it('are exactly what the bundle loads at run time (everything else is bundled, so a devDependency)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const loaded = new Set<string>();
    // import … from "x", import("x"), require("x") and createRequire(import.meta.url)("x"), which the
    // CommonJS bundle writes `(0, import_node_module.createRequire)(__dossierModuleUrl)("x")`.
    const bare =
      /(?:\bfrom\s*|\bimport\(\s*|\brequire\(\s*|\bcreateRequire\)?\([^()]*\)\(\s*)["']((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*)["']/g;
    for (const file of bundleFiles()) {
      for (const match of readFileSync(file, 'utf8').matchAll(bare)) {
        const name = match[1] ?? '';
        if (name.startsWith('node:') || BUILTINS.has(name)) continue;
        loaded.add(name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] ?? name));
      }
    }
    expect([...loaded].sort()).toEqual(Object.keys(pkg.dependencies ?? {}).sort());
  });
});

describe('the bundled string-width', () => {
  // Its module body builds a segmenter and Unicode property expressions (tens of milliseconds);
  // dossier needs it only for text outside the characters displayWidth measures by their length.
  it('is initialised on its first call, not when the table renderer loads', () => {
    // The bundle is minified: a lazily initialised module is a keyed function of __esm().
    const holding = bundleFiles().filter((file) => readFileSync(file, 'utf8').includes('"node_modules/string-width/index.js"(){'));
    expect(holding).toHaveLength(1);
    const text = readFileSync(holding[0] ?? '', 'utf8');
    const body = text.indexOf('"node_modules/string-width/index.js"(){');
    expect(body).toBeGreaterThan(text.indexOf('init_string_width=__esm({'));
    expect(text.indexOf('segmenter=new Intl.Segmenter', body)).toBeGreaterThan(body);
  });
});

describe('the bundled zod', () => {
  // `import { z } from 'zod'` is a namespace object esbuild cannot tree-shake: it brought every
  // locale's messages (about 370 KB of the 770 KB chunk) into each run that checks a case file.
  // zod is initialised lazily (scripts/build.mjs), so each of its modules is a keyed function.
  it('holds only the English messages, which zod configures itself with', () => {
    const locales = new Set<string>();
    for (const file of bundleFiles()) {
      for (const match of readFileSync(file, 'utf8').matchAll(/"node_modules\/zod\/v4\/locales\/([\w-]+)\.js"\(\)\{/g))
        locales.add(match[1] ?? '');
    }
    // The locales' index module stays, emptied of everything it re-exports.
    expect([...locales].filter((name) => name !== 'index')).toEqual(['en']);
  });
});

describe('the program bundle', () => {
  // src/cli/bundle-loader.ts reads it as Latin-1, which is UTF-8 only for ASCII.
  it('is ASCII', () => {
    const text = readFileSync(join(DIST, 'lib', 'dossier.cjs'), 'utf8');
    expect(text.length).toBeGreaterThan(100_000);
    expect(text.split('\n').filter((line) => /[\u0080-\uffff]/.test(line))).toEqual([]);
  });
});
