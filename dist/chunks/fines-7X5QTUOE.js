import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  groupFines,
  renderFines
} from "./chunk-HG7ZDTJF.js";
import {
  loadDossierView
} from "./chunk-INNTTHV2.js";
import "./chunk-GQJ737KW.js";
import "./chunk-YDB3NPEI.js";
import "./chunk-4PBV2X4Z.js";
import "./chunk-H43Y5X4F.js";
import "./chunk-77VLO4R7.js";
import "./chunk-Z4JXY32G.js";
import "./chunk-JTUOWEZ2.js";
import {
  renderOptionsFor
} from "./chunk-GIR2HK6Q.js";
import "./chunk-XDO4RZY7.js";
import "./chunk-77ETRUO3.js";
import "./chunk-FPNBZI3U.js";
import "./chunk-54JEHQQ3.js";
import "./chunk-7X34S772.js";
import {
  ExitCode
} from "./chunk-M4L7XWEC.js";
import "./chunk-ILGGZZFQ.js";
import "./chunk-QAF7DISC.js";
import "./chunk-3R5TQ6XM.js";
import "./chunk-HMHTNVU4.js";
import "./chunk-YGJ7O6WJ.js";
import "./chunk-JGG73HBY.js";
import "./chunk-6DNOKIJJ.js";
import "./chunk-2C3KGN4C.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-SK7OFLC5.js";
import "./chunk-BSZHNATA.js";
import "./chunk-6VQSKIXT.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-KYC6NPH2.js";
import "./chunk-ZDDSTFLK.js";
import "./chunk-BTYQCHNT.js";

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
