// Bundles the CLI into ES modules: startup then pays for a few files instead of hundreds, and
// code splitting keeps the rarely needed parts (the holiday tables, the calendar-file writer)
// in chunks that load only when a command asks for them.
// The bundle is committed (dist/) so that a git install (`npm install -g git+…`, pre-commit)
// runs no build step and needs no devDependency. The output is reproducible: the same sources
// and esbuild version give the same bytes in any directory, which test/build/bundle-fresh.test.ts
// checks by building into a temporary directory (`node scripts/build.mjs --outdir DIR`).
import { readFile, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { outdir } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } }).values;

// yaml's parser reads `process.env.LOG_TOKENS` once per token (and its composer `LOG_STREAM`
// once per document) to print a debugging trace: a property lookup on the environment object,
// which Node answers by a call into C++, about a tenth of a `validate` run. dossier never wants
// that trace, so the reads become `false` at build time. A yaml release that renames them fails
// the build here rather than quietly bringing the cost back.
const YAML_DEBUG_READS = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, read: 'node_process.env.LOG_TOKENS' },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, read: 'node_process.env.LOG_STREAM' },
];
/** @type {import('esbuild').Plugin} */
const yamlWithoutDebugReads = {
  name: 'yaml-without-debug-reads',
  setup(pluginBuild) {
    for (const { file, read } of YAML_DEBUG_READS) {
      pluginBuild.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(read)) throw new Error(`${args.path} no longer contains ${read}: review the yaml-without-debug-reads plugin`);
        return { contents: source.replaceAll(read, 'false'), loader: 'js' };
      });
    }
  },
};

// string-width builds an Intl.Segmenter and Unicode property expressions (RGI_Emoji and others)
// as its module loads: tens of milliseconds, on every run of a command that prints a table,
// although dossier calls it only for text outside Latin-1 and Latin Extended (src/render/text-width.ts).
// Bundled through require(), which esbuild evaluates on the first call, it costs nothing until then.
const LAZY_MODULES = ['string-width'];
/** @type {import('esbuild').Plugin} */
const lazyModules = {
  name: 'lazy-modules',
  setup(pluginBuild) {
    const filter = new RegExp(`^(${LAZY_MODULES.join('|')})$`);
    pluginBuild.onResolve({ filter }, (args) => (args.pluginData === 'real' ? undefined : { path: args.path, namespace: 'lazy-module' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-module' }, async (args) => {
      const real = await pluginBuild.resolve(args.path, { kind: 'require-call', resolveDir: process.cwd(), pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return {
        contents: `let real;\nexport default function lazy(...args) {\n  real ??= require(${JSON.stringify(real.path)}).default;\n  return real(...args);\n}\n`,
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
  },
};

// Emptied first: a chunk whose hash changed must not linger beside its successor.
await rm(outdir, { recursive: true, force: true });
await build({
  // The worker thread's script is an entry of its own (dist/validate-worker.js, src/cli/validate-pool.ts).
  entryPoints: ['src/cli.ts', 'src/cli/validate-worker.ts'],
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  logLevel: 'warning',
  plugins: [yamlWithoutDebugReads, lazyModules],
  // Not bundled: the supported jurisdictions read the generated holiday tables; date-holidays is
  // loaded from node_modules only for an EU period in a Member State without a table.
  external: ['date-holidays'],
  // CommonJS dependencies (commander, date-holidays) call require(); give every
  // chunk one, under a name that cannot clash with the bundle's own identifiers.
  banner: {
    js: "import { createRequire as __dossierCreateRequire } from 'node:module';\nconst require = __dossierCreateRequire(import.meta.url);",
  },
});
