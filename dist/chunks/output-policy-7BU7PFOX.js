import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  OutputWriteError
} from "./chunk-XJTAXN74.js";
import "./chunk-BTYQCHNT.js";

// src/cli/output-policy.ts
import { realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var CASE_FILE_NAME = /\.ya?ml$/i;
async function refuseCaseFile(given, finalPath, guard) {
  if (guard.allowed) return;
  for (const path of /* @__PURE__ */ new Set([resolve(given), finalPath])) {
    if (CASE_FILE_NAME.test(path))
      throw new OutputWriteError(
        given,
        "ECASEFILE",
        "the name ends in .yaml or .yml, like a case file; use --force-case-file if you mean it"
      );
    if (await isInside(path, guard.casesDir))
      throw new OutputWriteError(given, "ECASEFILE", "it is inside the cases directory; use --force-case-file if you mean it");
  }
}
async function isInside(path, directory) {
  const candidates = [[path, directory]];
  const realDirectory = await realpath(directory).catch(() => void 0);
  const realParent = await realpath(dirname(path)).catch(() => void 0);
  if (realDirectory !== void 0 && realParent !== void 0) candidates.push([join(realParent, basename(path)), realDirectory]);
  return candidates.some(([p = "", d = ""]) => {
    const inside = relative(d, p);
    return inside !== "" && !inside.startsWith("..") && !isAbsolute(inside);
  });
}
export {
  refuseCaseFile
};
