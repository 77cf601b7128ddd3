import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  loadDossierView
} from "./chunk-VIJHWUEB.js";
import "./chunk-SDNKOSFX.js";
import "./chunk-CF2FPF4Y.js";
import "./chunk-RGO3AURG.js";
import "./chunk-77VLO4R7.js";
import "./chunk-2X6I4QED.js";
import "./chunk-WIOZ5FUX.js";
import "./chunk-XDO4RZY7.js";
import "./chunk-S5HLXYHN.js";
import "./chunk-PRH5LNXS.js";
import {
  ExitCode,
  UserError
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-IXSAOZYY.js";
import "./chunk-HKS45Y5R.js";
import "./chunk-YGJ7O6WJ.js";
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

// src/cli/commands/export-files.ts
import { unlink } from "node:fs/promises";
import { basename, resolve } from "node:path";
function timelineFileFor(output) {
  return `${output.replace(/\.(?:md|markdown)$/i, "")}.timeline.svg`;
}
function relativeLink(picture) {
  return basename(picture);
}
async function writeExportFiles(io, document, linked, options) {
  const { checkOutputTarget, writeOutputFile } = await import("./write-output-MH5V3MVG.js");
  const { refuseCaseFile } = await import("./output-policy-7BU7PFOX.js");
  const absolute = (shown) => shown.startsWith("/") ? shown : `${io.cwd}/${shown}`;
  const guard = { casesDir: resolve(io.cwd, options.casesDir), allowed: options.forceCaseFile };
  const writeOptions = (target) => ({
    force: options.force,
    check: (finalPath) => refuseCaseFile(target, finalPath, guard)
  });
  const created = [];
  try {
    const isNew = /* @__PURE__ */ new Map();
    for (const file of [document, ...linked]) {
      const target = absolute(file.shown);
      isNew.set(file, (await checkOutputTarget(target, writeOptions(target))).existing === void 0);
    }
    for (const file of [...linked, document]) {
      const target = absolute(file.shown);
      await writeOutputFile(target, file.content, writeOptions(target));
      if (file !== document && isNew.get(file) === true) created.push(target);
    }
  } catch (error) {
    for (const path of created) await unlink(path).catch(() => void 0);
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
}

// src/cli/commands/export.ts
var BOM = "\uFEFF";
async function exportDossier(options, io) {
  if (options.bom === true && options.format !== "csv")
    throw new UserError(`--bom applies to --format csv only, not --format ${options.format}`, ExitCode.Failure);
  const view = await loadDossierView(io, options);
  const { output } = options;
  const picture = options.format === "md" && output !== void 0 ? timelineFileFor(output) : void 0;
  const rendered = await render(options.format, view, options.locale, picture === void 0 ? void 0 : relativeLink(picture));
  const content = options.bom === true ? BOM + rendered : rendered;
  if (output === void 0) {
    await io.stdout.write(content);
    return ExitCode.Ok;
  }
  const document = { shown: output, content };
  const linked = [];
  if (picture !== void 0) {
    const { renderTimelineSvgFile } = await import("./timeline-file-4Y3D6USZ.js");
    linked.push({ shown: picture, content: renderTimelineSvgFile(view, { locale: options.locale }) });
  }
  await writeExportFiles(io, document, linked, options);
  for (const file of [document, ...linked])
    await io.stderr.write(`wrote ${file.shown} (${Buffer.byteLength(file.content)} bytes, as of ${view.asOf})
`);
  return ExitCode.Ok;
}
async function render(format, view, locale, timelineImage) {
  switch (format) {
    case "md":
      return (await import("./markdown-W73JZFZB.js")).renderMarkdownExport(view, {
        locale,
        ...timelineImage === void 0 ? {} : { timelineImage }
      });
    case "json":
      return (await import("./json-6JAFESUZ.js")).renderJsonExport(view);
    case "csv":
      return (await import("./csv-UESOJIZI.js")).renderCsvExport(view);
    case "ics":
      return (await import("./ics-JZVA27P2.js")).renderIcsExport(view, { stamp: view.asOf });
    case "html":
      return (await import("./page-NXXVKZN5.js")).renderHtmlExport(view, { locale });
  }
}
export {
  exportDossier
};
