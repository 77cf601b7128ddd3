import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunk-MXPYXSKY.js";
import "./chunk-QAF7DISC.js";
import "./chunk-3R5TQ6XM.js";
import "./chunk-HMHTNVU4.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-JGG73HBY.js";
import "./chunk-6DNOKIJJ.js";
import "./chunk-2C3KGN4C.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-BSZHNATA.js";
import "./chunk-6VQSKIXT.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-KYC6NPH2.js";
import "./chunk-ZDDSTFLK.js";
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
  return { check: (file, bytes, today) => Promise.resolve(checkFile(file, bytes, today)), close: () => Promise.resolve() };
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
    check(file, bytes, today) {
      if (failure !== void 0) return Promise.reject(failure);
      const worker = leastBusy();
      if ((queued.get(worker) ?? 0) >= BUSY) return Promise.resolve(checkFile(file, bytes, today));
      const job = nextJob++;
      queued.set(worker, (queued.get(worker) ?? 0) + 1);
      return new Promise((resolve, reject) => {
        pending.set(job, { resolve, reject });
        const request = { job, file, bytes, today };
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
export {
  MIN_FILES_FOR_WORKERS,
  fileChecker,
  inFlightLimit,
  inThisThread,
  threadCount
};
