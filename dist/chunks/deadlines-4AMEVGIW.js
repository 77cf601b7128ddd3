import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  renderDeadlines
} from "./chunk-X2L4FMYF.js";
import {
  loadDossierView
} from "./chunk-FY2JQOHD.js";
import "./chunk-XQDYPVTT.js";
import "./chunk-HV7XYDVL.js";
import {
  sortDeadlines
} from "./chunk-UUE3XVKL.js";
import "./chunk-M7CZ3JJD.js";
import "./chunk-F6ZE3MQ5.js";
import {
  renderOptionsFor
} from "./chunk-GIR2HK6Q.js";
import "./chunk-J43TVD7N.js";
import "./chunk-2P4JQ7P5.js";
import "./chunk-EGLHWS7C.js";
import "./chunk-VJ3NB6HL.js";
import "./chunk-XDO4RZY7.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-B5S4NB3O.js";
import "./chunk-XMEJWOUG.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-NGBCXCLZ.js";
import "./chunk-PEH7JRTY.js";
import "./chunk-GZFHJSUE.js";
import "./chunk-HDVBDKUU.js";

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
