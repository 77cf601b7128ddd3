// Runs the CommonJS program bundle (dist/lib/dossier.cjs) with V8's code cache: as a run exits, the
// bytecode of every function it compiled is saved, and the next run of the same command hands it
// back to V8, which then skips parsing and compiling them. Node 20 has no module.enableCompileCache
// and takes no cached data for ES modules, hence a CommonJS bundle run through vm.Script.
// The cache is only ever an optimisation: missing, unreadable, rejected by V8 (another Node, other
// V8 flags) or unwritable, the bundle is compiled from its source, as Node would.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

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
 * holds what the run that wrote it compiled. Keyed by the bundle's content, since V8 itself only
 * checks the source's length.
 */
function cacheSlot(dir: string, source: Buffer, argv: readonly string[]): CacheSlot {
  const key = createHash('sha1').update(source).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 20);
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
    // Caches of other bundles or Node versions are dead weight once this one is written.
    for (const name of readdirSync(slot.dir)) if (!name.startsWith(slot.key)) rmSync(join(slot.dir, name), { force: true });
  } catch {
    // No cache this time; the next run compiles again and tries again.
  }
}

/**
 * The bundle's exports, having run it as Node runs a CommonJS module. A run without a usable cache
 * saves one as the process exits, if the command ran (exit code 0 or 1, no --help): a cache written
 * by a usage error would hold little of what the command compiles.
 */
export function loadBundle(file: string, argv: readonly string[], cacheDir: string | undefined = codeCacheDir()): unknown {
  const bytes = readFileSync(file);
  const slot = cacheDir === undefined ? undefined : cacheSlot(cacheDir, bytes, argv);
  const cachedData = slot === undefined ? undefined : readCache(slot.file);
  // The wrapper opens on the source's first line, so that line numbers in stacks stay the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  if (
    slot !== undefined &&
    (cachedData === undefined || script.cachedDataRejected === true) &&
    !argv.some((a) => a === '--help' || a === '-h')
  ) {
    process.once('exit', (code) => {
      if (code === 0 || code === 1) writeCache(slot, script);
    });
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
