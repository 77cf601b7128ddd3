import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  formatDiagnostics
} from "./chunk-YOTYOC2R.js";
import {
  VERSION
} from "./chunk-BUIXNWGV.js";
import {
  checkFile
} from "./chunk-JNZAC5KO.js";
import {
  timeZoneOf
} from "./chunk-SDNKOSFX.js";
import {
  today
} from "./chunk-CF2FPF4Y.js";
import "./chunk-77VLO4R7.js";
import "./chunk-XDO4RZY7.js";
import {
  findInputs,
  readInput
} from "./chunk-S5HLXYHN.js";
import "./chunk-PRH5LNXS.js";
import {
  chalkFor
} from "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import {
  checkIdsAcrossFiles
} from "./chunk-IXSAOZYY.js";
import "./chunk-HKS45Y5R.js";
import {
  countBySeverity,
  isIoCode,
  sortDiagnostics
} from "./chunk-YGJ7O6WJ.js";
import "./chunk-WCR6AKDZ.js";
import "./chunk-6D76KXNS.js";
import "./chunk-ZDNVIE4O.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/cli/validate-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_FILES_FOR_WORKERS = 100;
var QUEUE_PER_WORKER = 8;
var BUSY = 2;
function workerScript() {
  const path = fileURLToPath(new URL("../validate-worker.js", import.meta.url));
  return existsSync(path) ? path : void 0;
}
function threadCount(files, threads) {
  if (threads !== void 0) return threads;
  return files >= MIN_FILES_FOR_WORKERS ? Math.min(availableParallelism(), 8) : 1;
}
function inThisThread() {
  return { check: (file, bytes, today2) => Promise.resolve(checkFile(file, bytes, today2)), close: () => Promise.resolve() };
}
function fileChecker(threads) {
  const script = threads > 1 ? workerScript() : void 0;
  return script === void 0 ? inThisThread() : workerPool(script, threads);
}
function workerPool(script, threads) {
  const pending = /* @__PURE__ */ new Map();
  const queued = /* @__PURE__ */ new Map();
  let nextJob = 0;
  let failure;
  const fail = (error) => {
    failure ??= error instanceof Error ? error : new Error("a validate worker thread failed");
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(script);
    queued.set(worker, 0);
    worker.on("message", (answer) => {
      queued.set(worker, (queued.get(worker) ?? 1) - 1);
      pending.get(answer.job)?.resolve(answer.checked);
      pending.delete(answer.job);
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (pending.size > 0) fail(new Error(`a validate worker thread stopped (exit code ${code}) with files left to check`));
    });
    return worker;
  });
  const leastBusy = () => workers.reduce((best, worker) => (queued.get(worker) ?? 0) < (queued.get(best) ?? 0) ? worker : best);
  return {
    check(file, bytes, today2) {
      if (failure !== void 0) return Promise.reject(failure);
      const worker = leastBusy();
      if ((queued.get(worker) ?? 0) >= BUSY) return Promise.resolve(checkFile(file, bytes, today2));
      const job = nextJob++;
      queued.set(worker, (queued.get(worker) ?? 0) + 1);
      return new Promise((resolve, reject) => {
        pending.set(job, { resolve, reject });
        const request = { job, file, bytes, today: today2 };
        worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  };
}
function inFlightLimit(threads) {
  return threads > 1 ? threads * QUEUE_PER_WORKER : 1;
}

// src/cli/validate-files.ts
var READ_AHEAD = 16;
async function checkFiles(io, paths, options) {
  const { names, diagnostics } = await findInputs(paths, io.cwd);
  const { cache, today: today2 } = options;
  const results = [];
  let toCheck = names.map((name, index) => ({ name, index }));
  if (cache !== void 0) {
    const missed = [];
    await eachRead(io, toCheck, (file, read) => {
      const checked = "bytes" in read ? cache.lookup(file.name.file, read.bytes, today2) : void 0;
      if (checked === void 0) missed.push(file);
      else results[file.index] = checked;
    });
    toCheck = missed;
  }
  const threads = threadCount(toCheck.length, options.threads);
  const checker = fileChecker(threads);
  try {
    const inFlight = /* @__PURE__ */ new Set();
    let failure;
    await eachRead(io, toCheck, async (file, read) => {
      if (!("bytes" in read)) {
        results[file.index] = read;
        return;
      }
      const job = checker.check(file.name.file, read.bytes, today2).then(
        (checked) => {
          cache?.remember(file.name.file, read.bytes, today2, checked);
          results[file.index] = checked;
          inFlight.delete(job);
        },
        (error) => {
          failure ??= { error };
          inFlight.delete(job);
        }
      );
      inFlight.add(job);
      if (inFlight.size >= inFlightLimit(threads)) await Promise.race(inFlight);
    });
    await Promise.all(inFlight);
    if (failure !== void 0) throw failure.error;
  } finally {
    await checker.close();
  }
  const ids = [];
  let filesRead = 0;
  for (const result of results) {
    if ("diagnostic" in result) {
      diagnostics.push(result.diagnostic);
      continue;
    }
    filesRead += 1;
    diagnostics.push(...result.diagnostics);
    if (result.id !== void 0) ids.push(result.id);
  }
  diagnostics.push(...checkIdsAcrossFiles(ids));
  return { diagnostics: sortDiagnostics(diagnostics), filesRead };
}
async function eachRead(io, files, use) {
  const reads = [];
  const readAhead = (position) => {
    const file = files[position];
    if (file !== void 0) reads[position] = readInput(file.name, io.cwd);
  };
  for (let position = 0; position < READ_AHEAD; position += 1) readAhead(position);
  for (const [position, file] of files.entries()) {
    const read = await (reads[position] ?? readInput(file.name, io.cwd));
    reads[position] = void 0;
    readAhead(position + READ_AHEAD);
    await use(file, read);
  }
}

// src/cli/commands/validate.ts
async function validate(options, io) {
  const today2 = options.asOf ?? today(io.now(), timeZoneOf(io.env["TZ"]));
  const { diagnostics: all, filesRead } = options.input !== void 0 ? await (await import("./validate-input-36UYFC5H.js")).loadValidateInput(io, options.input, today2) : options.cache === void 0 ? await checkFiles(io, options.paths, { today: today2, threads: options.threads }) : await checkWithCache(io, options, today2, options.cache.location);
  const diagnostics = options.quiet ? all.filter((d) => d.severity === "error") : all;
  const format = options.format === "auto" ? autoFormat(io) : options.format;
  const chalk = chalkFor(io, io.stdout, format === "stylish" ? options.color : false);
  await io.stdout.write(formatDiagnostics(format, diagnostics, { chalk, filesChecked: filesRead, toolVersion: VERSION, root: io.cwd }));
  const { errors, warnings } = countBySeverity(all);
  if (format !== "stylish" && format !== "json" && format !== "sarif") {
    await io.stderr.write(`${filesRead} file(s) checked: ${errors} error(s), ${warnings} warning(s)
`);
  }
  if (all.some((d) => isIoCode(d.code))) return ExitCode.Failure;
  if (errors > 0) return ExitCode.Invalid;
  if (options.maxWarnings !== void 0 && warnings > options.maxWarnings) {
    await io.stderr.write(`${warnings} warning(s) found; --max-warnings allows ${options.maxWarnings}
`);
    return ExitCode.Invalid;
  }
  return ExitCode.Ok;
}
async function checkWithCache(io, options, today2, location) {
  const { cachePath, openFileCache } = await import("./validate-cache-FRDLPNQL.js");
  const cache = await openFileCache(await cachePath(io.cwd, location));
  const run = await checkFiles(io, options.paths, { today: today2, cache, threads: options.threads });
  await cache.save((message) => io.stderr.write(`dossier: ${message}
`));
  return run;
}
function autoFormat(io) {
  if (io.env["GITHUB_ACTIONS"] === "true") return "github";
  return io.stdout.isTTY ? "stylish" : "compact";
}
export {
  validate
};
