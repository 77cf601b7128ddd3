// Bundles the CLI. The program is one CommonJS bundle, dist/lib/dossier.cjs, written inside its
// module wrapper, which dist/cli.cjs (the entry bin/dossier.js requires) compiles through V8's code
// cache (src/cli/bundle-loader.ts): a run
// then deserialises the bytecode its command compiled last time instead of parsing and compiling
// the sources again. ES modules take no cached data in Node 20 (and it has no
// module.enableCompileCache), hence CommonJS. What most commands never need (the holiday tables,
// zod and the case schema for due, the calendar-file writer) stays in the file uninitialised:
// esbuild turns each dynamic import() into the first call of a module's init function, and code
// that never runs is never compiled. A validate worker thread runs the same bundle through a loader of its own
// (dist/validate-worker.cjs, src/cli/validate-pool.ts). The two loaders are CommonJS too: Node
// starts an ES module entry some 10 ms of CPU later.
// The bundle is committed (dist/) so that a git install (`npm install -g git+…`, pre-commit)
// runs no build step and needs no devDependency. The output is reproducible: the same sources
// and esbuild version give the same bytes in any directory, which test/build/bundle-fresh.test.ts
// checks by building into a temporary directory (`node scripts/build.mjs --outdir DIR`).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { asciiOnly } from './ascii-bundle.mjs';

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

// commander requires node:child_process as it loads, for the executable subcommands dossier does
// not have: about 2 ms of builtin modules (child_process, dgram, net) on every run. The require
// moves into the one function that spawns; a commander release that changes the line fails the
// build here.
const COMMANDER = /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/;
const EAGER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const LAZY_CHILD_PROCESS = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
/** @type {import('esbuild').Plugin} */
const commanderWithoutChildProcess = {
  name: 'commander-without-child-process',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: COMMANDER }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (
        !source.includes(EAGER_CHILD_PROCESS) ||
        source.split('childProcess.').length - 1 !== source.split('childProcess.spawn(').length - 1
      )
        throw new Error(
          `${args.path} no longer uses node:child_process only through one require and spawn(): review the commander-without-child-process plugin`,
        );
      return { contents: source.replace(EAGER_CHILD_PROCESS, LAZY_CHILD_PROCESS), loader: 'js' };
    });
  },
};

// Modules that only some runs need, each initialised on its first call: the importer gets
// functions that require() the module then (esbuild evaluates a bundled module's body on its first
// require). A name the importer uses that is not listed fails the build (esbuild finds no such
// export).
// - string-width builds an Intl.Segmenter and Unicode property expressions (RGI_Emoji and others)
//   as its module loads: tens of milliseconds, on every run of a command that prints a table,
//   although dossier calls it only for text displayWidth cannot measure by its length
//   (src/render/text-width.ts).
// - src/load/schema-findings.ts builds the zod schemas, which a file that passes the compiled
//   schema (src/model/generated/case-validator.js) never needs: about 15 ms of every command that
//   reads cases.
const LAZY_MODULES = [
  { specifier: 'string-width', exports: ['default'] },
  { specifier: './schema-findings.js', importer: /[\\/]src[\\/]load[\\/]load-case\.ts$/, exports: ['checkSchema'] },
];
/** @type {import('esbuild').Plugin} */
const lazyModules = {
  name: 'lazy-modules',
  setup(pluginBuild) {
    for (const lazy of LAZY_MODULES) {
      const filter = new RegExp(`^${lazy.specifier.replace(/[./]/g, '\\$&')}$`);
      pluginBuild.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'real' || (lazy.importer !== undefined && !lazy.importer.test(args.importer))) return undefined;
        const real = await pluginBuild.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, pluginData: 'real' });
        if (real.errors.length > 0) return { errors: real.errors };
        // Relative, as the bundle names it in a comment: the build is the same in any directory.
        return { path: relative(process.cwd(), real.path), namespace: 'lazy-module', pluginData: lazy.exports };
      });
    }
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      /** @type {unknown} */
      const data = args.pluginData;
      const wrappers = /** @type {string[]} */ (data).map((name) =>
        name === 'default'
          ? 'export default function lazy(...args) {\n  return load().default(...args);\n}\n'
          : `export function ${name}(...args) {\n  return load().${name}(...args);\n}\n`,
      );
      return {
        contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(`./${args.path}`)}));\n${wrappers.join('')}`,
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
  },
};

// The non-working-day tables: one file per jurisdiction beside the bundle (lib/holidays/FR.json),
// which the program reads when it first needs that jurisdiction, instead of 230 KB inside the
// bundle that every command would read and keep in its code cache (about 8 ms of each data
// command). src/calendars/holiday-table-source.ts is the sources' version of the module replaced.
const HOLIDAY_TABLE_FILE = 'src/calendars/generated/non-working-days.json';
const HOLIDAY_TABLE_SOURCE = /[\\/]src[\\/]calendars[\\/]holiday-table-source\.ts$/;
/** @type {unknown} */
const parsedHolidayTable = JSON.parse(await readFile(HOLIDAY_TABLE_FILE, 'utf8'));
const holidayTable = /** @type {{ firstYear: number, lastYear: number, jurisdictions: Record<string, unknown> }} */ (parsedHolidayTable);
const holidayCodes = Object.keys(holidayTable.jurisdictions).sort();
for (const code of holidayCodes)
  if (!/^[A-Z]{2}(-[A-Z]{2,3})?$/.test(code)) throw new Error(`${HOLIDAY_TABLE_FILE}: ${code} is not a jurisdiction code`);
/** @type {import('esbuild').Plugin} */
const holidayTablesAsFiles = {
  name: 'holiday-tables-as-files',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: HOLIDAY_TABLE_SOURCE }, () => ({
      contents: `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export const TABLE_FIRST_YEAR = ${String(holidayTable.firstYear)};
export const TABLE_LAST_YEAR = ${String(holidayTable.lastYear)};
export const TABLE_CODES = ${JSON.stringify(holidayCodes)};
export function readJurisdictionTable(code) {
  if (!TABLE_CODES.includes(code)) throw new Error('no holiday table for ' + code);
  const file = join(__dirname, 'holidays', code + '.json');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error('the holiday table of ' + code + ' is missing from this installation of dossier (' + error.message + '): reinstall it');
  }
  return JSON.parse(text);
}
`,
      loader: 'js',
    }));
  },
};

// A large JSON file (the committed JSON Schema) goes into the bundle as one
// string for JSON.parse, not as an object literal: V8 reads JSON faster than JavaScript, and the
// code cache then holds a string rather than the bytecode that would build the object.
const JSON_AS_TEXT_BYTES = 10_000;
/** @type {import('esbuild').Plugin} */
const largeJsonAsText = {
  name: 'large-json-as-text',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < JSON_AS_TEXT_BYTES) return undefined;
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});\n`, loader: 'js' };
    });
  },
};

// The loader reads the program as Latin-1, which V8 keeps one byte per character and which
// decodes faster than UTF-8 (about 4 ms of every start): the bundle must be ASCII (ascii-bundle.mjs).

// Emptied first: a file the build no longer makes must not linger beside its successors.
await rm(outdir, { recursive: true, force: true });
/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  plugins: [yamlWithoutDebugReads, commanderWithoutChildProcess, lazyModules, holidayTablesAsFiles, largeJsonAsText],
  // Not bundled: the supported jurisdictions read the generated holiday tables; date-holidays is
  // loaded from node_modules only for an EU period in a Member State without a table.
  external: ['date-holidays'],
};
// The program. Its module is src/cli/main.ts; it runs in the function wrapper written around it
// below, to which the loader passes require and __filename. import.meta.url (read to find date-holidays and the worker script)
// is this file's URL; the file sits one directory down, as the chunks of an ES build did.
const program = await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: `${outdir}/lib/dossier.cjs`,
  format: 'cjs',
  // Less to read and to hold at every start (1.2 MB instead of 2.0 MB). Names are kept, for the
  // stack that --debug prints with an internal error (src/cli/failure-report.ts).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  define: { 'import.meta.url': '__dossierModuleUrl' },
  banner: { js: "const __dossierModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  write: false,
});
const [programFile] = program.outputFiles;
if (programFile === undefined || program.outputFiles.length !== 1) throw new Error('the program bundle is not one file');
// A dynamic import() left in the bundle would throw in a vm.Script compiled without a dynamic
// import callback; esbuild resolves every one of dossier's, so none may remain.
if (/\bimport\(/.test(programFile.text)) throw new Error(`${programFile.path} still contains a dynamic import()`);
// The file is the function the loader calls with CommonJS's five arguments (src/cli/bundle-loader.ts):
// it compiles the file as it is, instead of joining 1.2 MB to a wrapper at each start (about 5 ms).
// The wrapper opens on the first line, so that line numbers in stacks stay the file's.
const programText = `(function (exports, require, module, __filename, __dirname) {${asciiOnly(programFile.text)}\n})`;
await mkdir(dirname(programFile.path), { recursive: true });
await writeFile(programFile.path, programText);
await mkdir(`${outdir}/lib/holidays`);
for (const code of holidayCodes) await writeFile(`${outdir}/lib/holidays/${code}.json`, JSON.stringify(holidayTable.jurisdictions[code]));
// The loader: node builtins only, so that it compiles in no time. It names its code cache by the
// bundle's hash, computed here once rather than at every start.
const bundleHash = createHash('sha256').update(programText).digest('hex').slice(0, 16);
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: `${outdir}/cli.cjs`,
  format: 'cjs',
  define: { DOSSIER_BUNDLE_HASH: JSON.stringify(bundleHash) },
});
// A validate worker thread's script: a loader like dist/cli.cjs, which runs the same program bundle.
await build({
  ...common,
  entryPoints: ['src/validate-worker-entry.ts'],
  outfile: `${outdir}/validate-worker.cjs`,
  format: 'cjs',
  define: { DOSSIER_BUNDLE_HASH: JSON.stringify(bundleHash) },
});
