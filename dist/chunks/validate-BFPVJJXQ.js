import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  formatDiagnostics
} from "./chunk-JJ7V5EGT.js";
import {
  VERSION
} from "./chunk-BUIXNWGV.js";
import {
  timeZoneOf
} from "./chunk-YDB3NPEI.js";
import {
  today
} from "./chunk-4PBV2X4Z.js";
import "./chunk-77VLO4R7.js";
import "./chunk-XDO4RZY7.js";
import {
  findInputs,
  readInputSync,
  statInput
} from "./chunk-77ETRUO3.js";
import "./chunk-FPNBZI3U.js";
import {
  chalkFor
} from "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import {
  checkIdsAcrossFiles
} from "./chunk-HMHTNVU4.js";
import {
  countBySeverity,
  isIoCode,
  sortDiagnostics
} from "./chunk-YGJ7O6WJ.js";
import "./chunk-JGG73HBY.js";
import "./chunk-2C3KGN4C.js";
import "./chunk-6VQSKIXT.js";
import "./chunk-ZDDSTFLK.js";
import "./chunk-BTYQCHNT.js";

// src/cli/validate-files.ts
async function checkFiles(io, paths, options) {
  const { names, diagnostics } = findInputs(paths, io.cwd);
  const { cache, today: today2 } = options;
  const results = [];
  let toCheck = names.map((name, index) => ({ name, index }));
  if (cache !== void 0) {
    const missed = [];
    for (const file of toCheck) {
      const checked = fromCache(cache, file.name, io.cwd, today2);
      if (checked === void 0) missed.push(file);
      else results[file.index] = checked;
    }
    toCheck = missed;
  }
  if (toCheck.length > 0) await checkEach(io, toCheck, results, options);
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
async function checkEach(io, files, results, options) {
  const { cache, today: today2 } = options;
  let pool;
  try {
    const inFlight = /* @__PURE__ */ new Set();
    let failure;
    for (const file of files) {
      const read = readInputSync(file.name, io.cwd);
      if (!("bytes" in read)) {
        results[file.index] = read;
        continue;
      }
      pool ??= await startPool(files.length, options.threads);
      const job = pool.checker.check(file.name.file, read.bytes, today2).then(
        (checked) => {
          cache?.remember(file.name.file, read, today2, checked);
          results[file.index] = checked;
          inFlight.delete(job);
        },
        (error) => {
          failure ??= { error };
          inFlight.delete(job);
        }
      );
      inFlight.add(job);
      if (inFlight.size >= pool.limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure !== void 0) throw failure.error;
  } finally {
    await pool?.checker.close();
  }
}
async function startPool(files, threadsOption) {
  const { fileChecker, inFlightLimit, threadCount } = await import("./validate-pool-SC5M6V3V.js");
  const threads = threadCount(files, threadsOption);
  return { checker: fileChecker(threads), limit: inFlightLimit(threads) };
}
function fromCache(cache, name, cwd, today2) {
  if (!cache.has(name.file)) return void 0;
  const stats = statInput(name);
  const unread = stats === void 0 ? void 0 : cache.lookupStat(name.file, stats, today2);
  if (unread !== void 0) return unread;
  const read = readInputSync(name, cwd);
  return "bytes" in read ? cache.lookup(name.file, read, today2) : void 0;
}

// src/cli/commands/validate.ts
async function validate(options, io) {
  const today2 = options.asOf ?? today(io.now(), timeZoneOf(io.env["TZ"]));
  const { diagnostics: all, filesRead } = options.input !== void 0 ? await (await import("./validate-input-ATZH4QBE.js")).loadValidateInput(io, options.input, today2) : options.cache === void 0 ? await checkFiles(io, options.paths, { today: today2, threads: options.threads }) : await checkWithCache(io, options, today2, options.cache.location);
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
  const { cachePath, openFileCache } = await import("./validate-cache-TD3QHHWG.js");
  const cache = openFileCache(await cachePath(io.cwd, location));
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
