import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  loadDossierView
} from "./chunk-FY2JQOHD.js";
import "./chunk-XQDYPVTT.js";
import "./chunk-HV7XYDVL.js";
import "./chunk-UUE3XVKL.js";
import "./chunk-M7CZ3JJD.js";
import "./chunk-F6ZE3MQ5.js";
import "./chunk-2P4JQ7P5.js";
import "./chunk-EGLHWS7C.js";
import "./chunk-VJ3NB6HL.js";
import "./chunk-XDO4RZY7.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-B5S4NB3O.js";
import "./chunk-XMEJWOUG.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-VPFUFNNR.js";
import {
  ExitCode,
  UserError
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-NGBCXCLZ.js";
import "./chunk-PEH7JRTY.js";
import "./chunk-GZFHJSUE.js";
import "./chunk-HDVBDKUU.js";

// src/cli/commands/export.ts
import { resolve } from "node:path";
var BOM = "\uFEFF";
async function exportDossier(options, io) {
  if (options.bom === true && options.format !== "csv")
    throw new UserError(`--bom applies to --format csv only, not --format ${options.format}`, ExitCode.Failure);
  const view = await loadDossierView(io, options);
  const rendered = await render(options.format, view, options.locale);
  const content = options.bom === true ? BOM + rendered : rendered;
  if (options.output === void 0) {
    await io.stdout.write(content);
    return ExitCode.Ok;
  }
  const { writeOutputFile } = await import("./write-output-43KS7VTK.js");
  const { refuseCaseFile } = await import("./output-policy-RB5CKQSW.js");
  const target = options.output.startsWith("/") ? options.output : `${io.cwd}/${options.output}`;
  const guard = { casesDir: resolve(io.cwd, options.casesDir), allowed: options.forceCaseFile };
  try {
    await writeOutputFile(target, content, { force: options.force, check: (finalPath) => refuseCaseFile(target, finalPath, guard) });
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
  await io.stderr.write(`wrote ${options.output} (${Buffer.byteLength(content)} bytes, as of ${view.asOf})
`);
  return ExitCode.Ok;
}
async function render(format, view, locale) {
  switch (format) {
    case "md":
      return (await import("./markdown-GACFKGWL.js")).renderMarkdownExport(view, { locale });
    case "json":
      return (await import("./json-IEXKGFLV.js")).renderJsonExport(view);
    case "csv":
      return (await import("./csv-6BEXGNHW.js")).renderCsvExport(view);
    case "ics":
      return (await import("./ics-NGWEY22B.js")).renderIcsExport(view, { stamp: view.asOf });
    case "html":
      return (await import("./page-RNQGXMEE.js")).renderHtmlExport(view, { locale });
  }
}
export {
  exportDossier
};
