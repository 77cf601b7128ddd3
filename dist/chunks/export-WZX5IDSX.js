import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  loadDossierView
} from "./chunk-WPXGAYXV.js";
import "./chunk-6AUXVUAU.js";
import "./chunk-4PBV2X4Z.js";
import "./chunk-H43Y5X4F.js";
import "./chunk-77VLO4R7.js";
import "./chunk-Z4JXY32G.js";
import "./chunk-H3OV4N3I.js";
import "./chunk-S5HLXYHN.js";
import "./chunk-PRH5LNXS.js";
import "./chunk-XDO4RZY7.js";
import {
  ExitCode,
  UserError
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-WIICHMOB.js";
import "./chunk-OC2DNMTK.js";
import "./chunk-WCR6AKDZ.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-6DNOKIJJ.js";
import "./chunk-2C3KGN4C.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-BSZHNATA.js";
import "./chunk-6VQSKIXT.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-KYC6NPH2.js";
import "./chunk-ZDDSTFLK.js";
import "./chunk-BTYQCHNT.js";

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
  const { writeOutputFile } = await import("./write-output-VRRFQUJY.js");
  const { refuseCaseFile } = await import("./output-policy-2GR7WG7L.js");
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
      return (await import("./markdown-WRO5K2MQ.js")).renderMarkdownExport(view, { locale });
    case "json":
      return (await import("./json-EESTWTH3.js")).renderJsonExport(view);
    case "csv":
      return (await import("./csv-UESOJIZI.js")).renderCsvExport(view);
    case "ics":
      return (await import("./ics-DGB3RVC3.js")).renderIcsExport(view, { stamp: view.asOf });
    case "html":
      return (await import("./page-M4LKX747.js")).renderHtmlExport(view, { locale });
  }
}
export {
  exportDossier
};
