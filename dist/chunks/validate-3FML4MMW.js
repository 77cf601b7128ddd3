import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  formatDiagnostics
} from "./chunk-6MJKXTHQ.js";
import {
  VERSION
} from "./chunk-QTY75LE6.js";
import {
  timeZoneOf
} from "./chunk-PNQWOPCV.js";
import {
  today
} from "./chunk-ZVNQZ4DQ.js";
import "./chunk-77VLO4R7.js";
import {
  checkIdsAcrossFiles,
  findInputs,
  loadCase,
  readInput
} from "./chunk-3UZPTHPI.js";
import "./chunk-OC2DNMTK.js";
import "./chunk-DR7P6HDV.js";
import "./chunk-XDO4RZY7.js";
import {
  countBySeverity,
  isIoCode,
  sortDiagnostics
} from "./chunk-YGJ7O6WJ.js";
import "./chunk-6DNOKIJJ.js";
import "./chunk-2C3KGN4C.js";
import "./chunk-DZU3AKI3.js";
import {
  chalkFor
} from "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-BSZHNATA.js";
import "./chunk-6VQSKIXT.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-KYC6NPH2.js";
import "./chunk-ZDDSTFLK.js";
import "./chunk-BTYQCHNT.js";

// src/cli/validate-files.ts
var READ_AHEAD = 16;
function checkFile(file, bytes, today2) {
  const result = loadCase(file, bytes, today2 === void 0 ? {} : { today: today2 });
  const diagnostics = result.diagnostics.map(detached);
  if (result.loaded === void 0) return { diagnostics };
  return { diagnostics, id: { file, id: copyOf(result.loaded.case.id), idRange: result.loaded.idRange } };
}
async function checkFiles(io, paths, today2, cache) {
  const { names, diagnostics } = await findInputs(paths, io.cwd);
  const ids = [];
  let filesRead = 0;
  const reads = [];
  const readAhead = (index) => {
    const name = names[index];
    if (name !== void 0) reads[index] = readInput(name, io.cwd);
  };
  for (let index = 0; index < READ_AHEAD; index += 1) readAhead(index);
  for (const [index, name] of names.entries()) {
    const read = await (reads[index] ?? readInput(name, io.cwd));
    reads[index] = void 0;
    readAhead(index + READ_AHEAD);
    if ("diagnostic" in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    filesRead += 1;
    let checked = cache?.lookup(name.file, read.bytes, today2);
    if (checked === void 0) {
      checked = checkFile(name.file, read.bytes, today2);
      cache?.remember(name.file, read.bytes, today2, checked);
    }
    diagnostics.push(...checked.diagnostics);
    if (checked.id !== void 0) ids.push(checked.id);
  }
  diagnostics.push(...checkIdsAcrossFiles(ids));
  return { diagnostics: sortDiagnostics(diagnostics), filesRead };
}
function copyOf(text) {
  return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
}
function detached(diagnostic) {
  return { ...diagnostic, message: copyOf(diagnostic.message) };
}

// src/cli/commands/validate.ts
async function validate(options, io) {
  const today2 = options.asOf ?? today(io.now(), timeZoneOf(io.env["TZ"]));
  const { diagnostics: all, filesRead } = options.input !== void 0 ? await (await import("./validate-input-4ZNFZU5N.js")).loadValidateInput(io, options.input, today2) : options.cache === void 0 ? await checkFiles(io, options.paths, today2) : await checkWithCache(io, options, today2, options.cache.location);
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
  const { cachePath, openFileCache } = await import("./validate-cache-BPL6WBL6.js");
  const cache = await openFileCache(await cachePath(io.cwd, location));
  const run = await checkFiles(io, options.paths, today2, cache);
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
