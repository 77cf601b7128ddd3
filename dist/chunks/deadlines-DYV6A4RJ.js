import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  loadDossierView
} from "./chunk-VIJHWUEB.js";
import "./chunk-SDNKOSFX.js";
import "./chunk-CF2FPF4Y.js";
import {
  renderDeadlines
} from "./chunk-DJKGAWI5.js";
import {
  sortDeadlines
} from "./chunk-RGO3AURG.js";
import "./chunk-77VLO4R7.js";
import "./chunk-WJNSGI4L.js";
import "./chunk-2X6I4QED.js";
import "./chunk-WIOZ5FUX.js";
import {
  renderOptionsFor
} from "./chunk-GIR2HK6Q.js";
import "./chunk-XDO4RZY7.js";
import "./chunk-S5HLXYHN.js";
import "./chunk-PRH5LNXS.js";
import "./chunk-MB2GBVIY.js";
import "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-IXSAOZYY.js";
import "./chunk-HKS45Y5R.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-WCR6AKDZ.js";
import "./chunk-6D76KXNS.js";
import "./chunk-ZDNVIE4O.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-7JT4PE2B.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/cli/commands/deadlines.ts
async function deadlines(options, io) {
  const view = await loadDossierView(io, options);
  const chosen = sortDeadlines(view.cases.flatMap((c) => c.deadlines).filter((d) => wanted(d, options)));
  if (options.json) {
    await io.stdout.write(`${JSON.stringify({ format: "dossier-deadlines/1", asOf: view.asOf, deadlines: chosen }, null, 2)}
`);
    return ExitCode.Ok;
  }
  await io.stdout.write(renderDeadlines(chosen, { ...renderOptionsFor(io, options.color, options.locale), asOf: view.asOf }));
  return ExitCode.Ok;
}
function wanted(d, options) {
  if (options.within === void 0 && !options.overdue) return true;
  if (options.overdue && (d.status === "missed" || d.status === "overdue")) return true;
  return options.within !== void 0 && d.status === "open" && (d.daysLeft ?? Infinity) <= options.within;
}
export {
  deadlines
};
