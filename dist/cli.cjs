"use strict";

// src/cli.ts
var import_node_path2 = require("node:path");

// src/cli/bundle-loader.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");
var INTERRUPT_BUDGET = 8 * 67584;
function preferShortRuns() {
  if (process.execArgv.some((flag) => flag.startsWith("--interrupt-budget"))) return;
  (0, import_node_v8.setFlagsFromString)(`--interrupt-budget=${String(INTERRUPT_BUDGET)}`);
}
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
function cacheSlot(dir, bundleHash, argv2) {
  const key = `${bundleHash}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, "_");
  const first = argv2[0] ?? "";
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
function loadBundle(file, bundleHash, argv2, cacheDir = codeCacheDir(), options = {}) {
  const bytes = (0, import_node_fs.readFileSync)(file);
  const slot = cacheDir === void 0 ? void 0 : cacheSlot(cacheDir, bundleHash, argv2);
  const cachedData = slot === void 0 ? void 0 : readCache(slot.file);
  if (slot !== void 0) (0, import_node_v8.setFlagsFromString)("--verify-snapshot-checksum");
  const script = new import_node_vm.Script(bytes.toString("latin1"), {
    filename: file,
    ...cachedData === void 0 ? {} : { cachedData }
  });
  if (slot !== void 0 && cachedData !== void 0 && script.cachedDataRejected !== true) useCache(slot.file);
  else if (slot !== void 0 && options.writeCache !== false && !argv2.some((a) => a === "--help" || a === "-h")) {
    process.once("exit", (code) => {
      if (code === 0 || code === 1) writeCache(slot, script);
    });
  }
  const module2 = { exports: {} };
  const run = script.runInThisContext();
  run(module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file));
  return module2.exports;
}

// src/cli/exit-codes.ts
var ExitCode = {
  /** Success; validation found no errors (warnings allowed). */
  Ok: 0,
  /** Case files have errors, or more warnings than --max-warnings. */
  Invalid: 1,
  /** Usage error (unknown flag, bad argument) or I/O failure (unreadable file, output not written). */
  Failure: 2,
  /** A bug in dossier: please report it. */
  Internal: 3
};
var UserError = class extends Error {
  constructor(message, exitCode = ExitCode.Failure) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
};

// src/cli/io.ts
var import_node_tty = require("node:tty");
var OutputClosedError = class extends Error {
};
var OutputFailedError = class extends Error {
};
function streamOutput(stream) {
  let closed = false;
  let failure;
  stream.on("error", (error) => {
    if (error.code === "EPIPE") closed = true;
    else failure = error;
  });
  return {
    isTTY: stream.isTTY,
    columns: stream.isTTY ? stream.columns : void 0,
    write: (text) => new Promise((resolve, reject) => {
      if (closed) {
        reject(new OutputClosedError("output closed"));
        return;
      }
      if (failure) {
        reject(new OutputFailedError(failure.message));
        return;
      }
      stream.write(text, (error) => {
        if (!error) {
          resolve();
          return;
        }
        if (error.code === "EPIPE") {
          closed = true;
          reject(new OutputClosedError("output closed"));
        } else reject(new OutputFailedError(error.message));
      });
    })
  };
}
var WorkingDirectoryError = class extends Error {
};
function processIo() {
  return {
    stdout: streamOutput(process.stdout),
    stderr: streamOutput(process.stderr),
    // isatty(0) rather than process.stdin.isTTY: reading that property would open the stream.
    stdin: { isTTY: (0, import_node_tty.isatty)(0), chunks: () => process.stdin },
    cwd: workingDirectory(),
    env: process.env,
    now: () => /* @__PURE__ */ new Date()
  };
}
async function withProcessIo(use) {
  let io;
  try {
    io = processIo();
  } catch (error) {
    if (!(error instanceof WorkingDirectoryError)) throw error;
    process.stderr.write(`dossier: ${error.message}
`);
    return ExitCode.Failure;
  }
  return use(io);
}
function workingDirectory() {
  try {
    return process.cwd();
  } catch (error) {
    const code = error.code ?? String(error);
    throw new WorkingDirectoryError(`the working directory cannot be read (${code}: deleted or moved?); cd to a directory that exists`);
  }
}

// src/render/sanitize.ts
var CONTROL_CLASS = "\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069";
var LONE_SURROGATE = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
var MULTI_LINE = new RegExp(`[${CONTROL_CLASS}]|${LONE_SURROGATE}`, "g");
var SINGLE_LINE = new RegExp(`[\\t\\n${CONTROL_CLASS}]|${LONE_SURROGATE}`, "g");
function hex(code, width) {
  return code.toString(16).toUpperCase().padStart(width, "0");
}
function visibleEscape(unit) {
  const code = unit.charCodeAt(0);
  return code <= 255 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}
function escapeSingleLine(unit) {
  if (unit === "\n") return "\u21B5";
  if (unit === "	") return " ";
  return visibleEscape(unit);
}
function sanitizeForTerminal(s, options = {}) {
  return options.singleLine === true ? s.replace(SINGLE_LINE, escapeSingleLine) : s.replace(MULTI_LINE, visibleEscape);
}

// package.json
var package_default = {
  name: "dossier",
  version: "0.1.0",
  description: "Keep regulatory enforcement dossiers in git: validate YAML case files, compute legal deadlines, penalty payments and fines, and report on them.",
  type: "module",
  private: true,
  license: "MIT",
  bin: {
    dossier: "bin/dossier.js"
  },
  files: [
    "bin",
    "dist",
    "cases/dossier.schema.json"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    bundle: "node scripts/build.mjs",
    calendars: "node scripts/generate-calendars.mjs",
    schema: "node scripts/write-schema.mjs",
    typecheck: "tsc --noEmit --incremental --tsBuildInfoFile node_modules/.cache/dossier/tsbuildinfo",
    lint: "eslint --max-warnings 0 .",
    format: "prettier --write .",
    "format:check": "prettier --check --cache --cache-location node_modules/.cache/dossier/prettier .",
    test: "npm run format:check && npm run typecheck && vitest run",
    bench: "node scripts/bench.mjs",
    screenshot: "npm run bundle && node scripts/screenshot.mjs"
  },
  dependencies: {
    "date-holidays": "^3.37.0"
  },
  devDependencies: {
    "@date-fns/utc": "^2.1.1",
    "@eslint/js": "^9.39.5",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    acorn: "^8.19.0",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    chalk: "^5.6.2",
    commander: "^14.0.3",
    "csv-parse": "^7.0.3",
    "date-fns": "^4.4.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    globals: "^16.5.0",
    "js-yaml": "^4.3.2",
    "markdown-it": "^14.3.3",
    markdownlint: "~0.40.0",
    "markdownlint-cli2": "~0.22.1",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    "string-width": "^8.3.0",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    zod: "^4.6.7"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/failure-report.ts
async function reportFailure(error, io, debug) {
  if (error instanceof OutputClosedError) return ExitCode.Ok;
  const say = (text) => io.stderr.write(`dossier: ${sanitizeForTerminal(text, { singleLine: true })}
`).catch(() => void 0);
  if (error instanceof OutputFailedError) {
    await say(`could not write the output: ${error.message}`);
    return ExitCode.Failure;
  }
  if (error instanceof UserError) {
    await say(error.message);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  await say(
    `internal error: ${message}. This is a bug in dossier; please report it with the command you ran${debug ? "" : " (add --debug for details)"}`
  );
  if (debug && error instanceof Error && error.stack) await io.stderr.write(`${error.stack}
`).catch(() => void 0);
  return ExitCode.Internal;
}
function isVersionOnly(argv2) {
  return argv2.length === 1 && (argv2[0] === "--version" || argv2[0] === "-V");
}
function answerVersion(io) {
  return io.stdout.write(`${VERSION}
`).then(
    () => ExitCode.Ok,
    (error) => reportFailure(error, io, false)
  );
}

// src/cli.ts
var setExitCode = (code) => {
  process.exitCode = code;
};
var argv = process.argv.slice(2);
if (isVersionOnly(argv)) void withProcessIo(answerVersion).then(setExitCode);
else {
  preferShortRuns();
  const program = loadBundle((0, import_node_path2.join)(__dirname, "lib", "dossier.cjs"), "938245d2dec8a419", argv);
  void program.runProcess(argv).then(setExitCode);
}
