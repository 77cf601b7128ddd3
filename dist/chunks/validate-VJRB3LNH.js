import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  formatDiagnostics
} from "./chunk-YNS752E2.js";
import {
  VERSION
} from "./chunk-KCAI25S7.js";
import {
  timeZoneOf
} from "./chunk-XQDYPVTT.js";
import {
  today
} from "./chunk-HV7XYDVL.js";
import "./chunk-M7CZ3JJD.js";
import {
  loadAll
} from "./chunk-2P4JQ7P5.js";
import "./chunk-EGLHWS7C.js";
import "./chunk-VJ3NB6HL.js";
import "./chunk-XDO4RZY7.js";
import {
  countBySeverity,
  isIoCode
} from "./chunk-YGJ7O6WJ.js";
import "./chunk-B5S4NB3O.js";
import "./chunk-XMEJWOUG.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-VPFUFNNR.js";
import {
  chalkFor
} from "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-NGBCXCLZ.js";
import "./chunk-PEH7JRTY.js";
import "./chunk-GZFHJSUE.js";
import "./chunk-HDVBDKUU.js";

// src/cli/commands/validate.ts
async function validate(options, io) {
  const today2 = options.asOf ?? today(io.now(), timeZoneOf(io.env["TZ"]));
  const { diagnostics: all, filesRead } = options.input === void 0 ? await loadAll(io, options.paths, today2) : await (await import("./validate-input-DWTISQJZ.js")).loadValidateInput(io, options.input, today2);
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
function autoFormat(io) {
  if (io.env["GITHUB_ACTIONS"] === "true") return "github";
  return io.stdout.isTTY ? "stylish" : "compact";
}
export {
  validate
};
