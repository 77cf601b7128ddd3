import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  groupFines,
  renderFines
} from "./chunk-F73D6W3J.js";
import {
  loadDossierView
} from "./chunk-FY2JQOHD.js";
import "./chunk-XQDYPVTT.js";
import "./chunk-HV7XYDVL.js";
import "./chunk-UUE3XVKL.js";
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

// src/cli/commands/fines.ts
async function fines(options, io) {
  const view = await loadDossierView(io, options);
  const all = view.cases.flatMap((c) => c.fines);
  if (options.json) {
    const document = {
      format: "dossier-fines/1",
      asOf: view.asOf,
      groupBy: options.by,
      fines: all,
      groups: groupFines(all, options.by),
      totals: view.totals
    };
    await io.stdout.write(`${JSON.stringify(document, null, 2)}
`);
    return ExitCode.Ok;
  }
  await io.stdout.write(renderFines(all, options.by, renderOptionsFor(io, options.color, options.locale)));
  return ExitCode.Ok;
}
export {
  fines
};
