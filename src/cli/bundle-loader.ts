// Runs the CommonJS program bundle (dist/lib/dossier.cjs) with V8's code cache: as a run exits, the
// bytecode of every function it compiled is saved, and the next run of the same command hands it
// back to V8, which then skips parsing and compiling them. Node 20 has no module.enableCompileCache
// and takes no cached data for ES modules, hence a CommonJS bundle run through vm.Script.
// The cache is only ever an optimisation: missing, unreadable, rejected by V8 (another Node, other
// V8 flags) or unwritable, the bundle is compiled from its source, as Node would.
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * V8 optimises a function once it has run a given amount of bytecode (the interrupt budget), on a
 * background thread: for a run of a few hundred milliseconds that compiling costs more than it
 * saves (report on the bundled cases: 370 ms CPU, 267 with 8 times the budget, 238 with no
 * optimising at all), while on thousands of case files the functions that matter still get
 * optimised early enough (validate of 2,000 files, report and timeline of 1,000: no slower). Set
 * before the bundle is compiled, so that its code cache is made and read under the same flags;
 * a budget given on node's command line is left alone.
 */
export const INTERRUPT_BUDGET = 8 * 67_584;
export function preferShortRuns(): void {
  if (process.execArgv.some((flag) => flag.startsWith('--interrupt-budget'))) return;
  setFlagsFromString(`--interrupt-budget=${String(INTERRUPT_BUDGET)}`);
}

/** Where a run reads and writes its cache: a file named by the bundle, Node and the command. */
interface CacheSlot {
  readonly dir: string;
  readonly key: string;
  readonly file: string;
}

/**
 * The per-user cache directory, made private (0700) on first use. In a shared temporary directory
 * another user could plant bytecode there, so anything but a real directory owned by this user and
 * writable by no one else is not used.
 */
export function codeCacheDir(): string | undefined {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `dossier-code-cache-${uid === undefined ? 'user' : String(uid)}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * One cache per command: the functions `report` compiles are not those `due` does, and a cache
 * holds what the run that wrote it compiled. Named by the bundle's content, since V8 itself checks
 * only the source's length (`bundleHash`, computed by the build: loading node:crypto and hashing
 * 1.8 MB took about 10 ms of every start), and by Node, whose V8 rejects another's cache.
 */
function cacheSlot(dir: string, bundleHash: string, argv: readonly string[]): CacheSlot {
  const key = `${bundleHash}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, '_');
  const first = argv[0] ?? '';
  const command = /^[a-z]{2,12}$/.test(first) ? first : 'other';
  return { dir, key, file: join(dir, `${key}-${command}.v8`) };
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole under a temporary name, then renamed: a concurrent run reads the old file or the new. */
function writeCache(slot: CacheSlot, script: Script): void {
  try {
    const temporary = `${slot.file}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, slot.file);
    pruneCaches(slot.dir);
  } catch {
    // No cache this time; the next run compiles again and tries again.
  }
}

/**
 * Keeps the caches of the few bundles (or Node versions) run most recently, a hit counting as a
 * use (useCache touches the file): several checkouts of dossier used in turn keep theirs, and each
 * rebuild does not leave another 10 MB behind. Temporary files of runs that died are removed.
 */
const BUNDLES_KEPT = 4;
function pruneCaches(dir: string): void {
  const lastUse = new Map<string, number>();
  const files: { name: string; key: string }[] = [];
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const modified = statSync(join(dir, name)).mtimeMs;
    if (name.endsWith('.tmp')) {
      if (now - modified > 3_600_000) rmSync(join(dir, name), { force: true });
      continue;
    }
    const key = name.slice(0, name.lastIndexOf('-'));
    files.push({ name, key });
    lastUse.set(key, Math.max(lastUse.get(key) ?? 0, modified));
  }
  const kept = new Set(
    [...lastUse.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, BUNDLES_KEPT)
      .map(([key]) => key),
  );
  for (const { name, key } of files) if (!kept.has(key)) rmSync(join(dir, name), { force: true });
}

function useCache(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Only the pruning order depends on it.
  }
}

/**
 * The bundle's exports, having run it as Node runs a CommonJS module. A run without a usable cache
 * saves one as the process exits, if the command ran (exit code 0 or 1, no --help): a cache written
 * by a usage error would hold little of what the command compiles.
 */
export function loadBundle(
  file: string,
  bundleHash: string,
  argv: readonly string[],
  cacheDir: string | undefined = codeCacheDir(),
  options: { readonly writeCache?: boolean } = {},
): unknown {
  const bytes = readFileSync(file);
  const slot = cacheDir === undefined ? undefined : cacheSlot(cacheDir, bundleHash, argv);
  const cachedData = slot === undefined ? undefined : readCache(slot.file);
  // Without checksums (off in release builds of V8) a cache damaged in place but of the right
  // length is deserialised as it is, and V8 aborts the process (SIGTRAP) on every run until the
  // file is deleted; with them, V8 rejects it and the run compiles from source. Costs under 1 ms.
  if (slot !== undefined) setFlagsFromString('--verify-snapshot-checksum');
  // The file is one function expression, (function (exports, require, module, __filename,
  // __dirname) {…}), written so by the build: compiled as it is read, with no 1.2 MB string joined
  // to a wrapper at each start. The build makes it ASCII, so Latin-1 reads it as UTF-8 would, faster.
  const script = new Script(bytes.toString('latin1'), {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (slot !== undefined && cachedData !== undefined && script.cachedDataRejected !== true) useCache(slot.file);
  else if (slot !== undefined && options.writeCache !== false && !argv.some((a) => a === '--help' || a === '-h')) {
    process.once('exit', (code) => {
      if (code === 0 || code === 1) writeCache(slot, script);
    });
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
