"use strict";

// src/validate-worker-entry.ts
var import_node_path2 = require("node:path");

// src/cli/bundle-loader.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");
var INTERRUPT_BUDGET = 8 * 67584;
function codeCacheDir() {
  const uid = process.getuid?.();
  const dir = (0, import_node_path.join)((0, import_node_os.tmpdir)(), `dossier-code-cache-${uid === void 0 ? "user" : String(uid)}`);
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const stat = (0, import_node_fs.lstatSync)(dir);
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
  return { dir, key, file: (0, import_node_path.join)(dir, `${key}-${command}.v8`) };
}
function readCache(file) {
  try {
    return (0, import_node_fs.readFileSync)(file);
  } catch {
    return void 0;
  }
}
function writeCache(slot, script) {
  try {
    const temporary = `${slot.file}.${String(process.pid)}.tmp`;
    (0, import_node_fs.writeFileSync)(temporary, script.createCachedData(), { mode: 384 });
    (0, import_node_fs.renameSync)(temporary, slot.file);
    pruneCaches(slot.dir);
  } catch {
  }
}
var BUNDLES_KEPT = 4;
function pruneCaches(dir) {
  const lastUse = /* @__PURE__ */ new Map();
  const files = [];
  const now = Date.now();
  for (const name of (0, import_node_fs.readdirSync)(dir)) {
    const modified = (0, import_node_fs.statSync)((0, import_node_path.join)(dir, name)).mtimeMs;
    if (name.endsWith(".tmp")) {
      if (now - modified > 36e5) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, name), { force: true });
      continue;
    }
    const key = name.slice(0, name.lastIndexOf("-"));
    files.push({ name, key });
    lastUse.set(key, Math.max(lastUse.get(key) ?? 0, modified));
  }
  const kept = new Set(
    [...lastUse.entries()].sort((a, b) => b[1] - a[1]).slice(0, BUNDLES_KEPT).map(([key]) => key)
  );
  for (const { name, key } of files) if (!kept.has(key)) (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, name), { force: true });
}
function useCache(file) {
  try {
    const now = /* @__PURE__ */ new Date();
    (0, import_node_fs.utimesSync)(file, now, now);
  } catch {
  }
}
function loadBundle(file, bundleHash, argv, cacheDir = codeCacheDir(), options = {}) {
  const bytes = (0, import_node_fs.readFileSync)(file);
  const slot = cacheDir === void 0 ? void 0 : cacheSlot(cacheDir, bundleHash, argv);
  const cachedData = slot === void 0 ? void 0 : readCache(slot.file);
  if (slot !== void 0) (0, import_node_v8.setFlagsFromString)("--verify-snapshot-checksum");
  const script = new import_node_vm.Script(bytes.toString("latin1"), {
    filename: file,
    ...cachedData === void 0 ? {} : { cachedData }
  });
  if (slot !== void 0 && cachedData !== void 0 && script.cachedDataRejected !== true) useCache(slot.file);
  else if (slot !== void 0 && options.writeCache !== false && !argv.some((a) => a === "--help" || a === "-h")) {
    process.once("exit", (code) => {
      if (code === 0 || code === 1) writeCache(slot, script);
    });
  }
  const module2 = { exports: {} };
  const run = script.runInThisContext();
  run(module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file));
  return module2.exports;
}

// src/validate-worker-entry.ts
var program = loadBundle((0, import_node_path2.join)(__dirname, "lib", "dossier.cjs"), "938245d2dec8a419", ["validate"], void 0, {
  writeCache: false
});
void program.serveChecks();
