// src/validate-worker-entry.ts
import { fileURLToPath } from "node:url";

// src/cli/bundle-loader.ts
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
var INTERRUPT_BUDGET = 8 * 67584;
function codeCacheDir() {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `dossier-code-cache-${uid === void 0 ? "user" : String(uid)}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 18) !== 0) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function cacheSlot(dir, bundleHash, argv) {
  const key = `${bundleHash}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, "_");
  const first = argv[0] ?? "";
  const command = /^[a-z]{2,12}$/.test(first) ? first : "other";
  return { dir, key, file: join(dir, `${key}-${command}.v8`) };
}
function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeCache(slot, script) {
  try {
    const temporary = `${slot.file}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 384 });
    renameSync(temporary, slot.file);
    pruneCaches(slot.dir);
  } catch {
  }
}
var BUNDLES_KEPT = 4;
function pruneCaches(dir) {
  const lastUse = /* @__PURE__ */ new Map();
  const files = [];
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const modified = statSync(join(dir, name)).mtimeMs;
    if (name.endsWith(".tmp")) {
      if (now - modified > 36e5) rmSync(join(dir, name), { force: true });
      continue;
    }
    const key = name.slice(0, name.lastIndexOf("-"));
    files.push({ name, key });
    lastUse.set(key, Math.max(lastUse.get(key) ?? 0, modified));
  }
  const kept = new Set(
    [...lastUse.entries()].sort((a, b) => b[1] - a[1]).slice(0, BUNDLES_KEPT).map(([key]) => key)
  );
  for (const { name, key } of files) if (!kept.has(key)) rmSync(join(dir, name), { force: true });
}
function useCache(file) {
  try {
    const now = /* @__PURE__ */ new Date();
    utimesSync(file, now, now);
  } catch {
  }
}
function loadBundle(file, bundleHash, argv, cacheDir = codeCacheDir(), options = {}) {
  const bytes = readFileSync(file);
  const slot = cacheDir === void 0 ? void 0 : cacheSlot(cacheDir, bundleHash, argv);
  const cachedData = slot === void 0 ? void 0 : readCache(slot.file);
  if (slot !== void 0) setFlagsFromString("--verify-snapshot-checksum");
  const script = new Script(bytes.toString("latin1"), {
    filename: file,
    ...cachedData === void 0 ? {} : { cachedData }
  });
  if (slot !== void 0 && cachedData !== void 0 && script.cachedDataRejected !== true) useCache(slot.file);
  else if (slot !== void 0 && options.writeCache !== false && !argv.some((a) => a === "--help" || a === "-h")) {
    process.once("exit", (code) => {
      if (code === 0 || code === 1) writeCache(slot, script);
    });
  }
  const module = { exports: {} };
  const run = script.runInThisContext();
  run(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

// src/validate-worker-entry.ts
var program = loadBundle(fileURLToPath(new URL("lib/dossier.cjs", import.meta.url)), "31ae5a0cd8aa8485", ["validate"], void 0, {
  writeCache: false
});
await program.serveChecks();
