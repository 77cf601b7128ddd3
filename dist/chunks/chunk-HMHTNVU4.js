import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  makeDiagnostic
} from "./chunk-YGJ7O6WJ.js";

// src/rules/ids-across-files.ts
function checkIdsAcrossFiles(places) {
  const first = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const place of [...places].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    const earlier = first.get(place.id);
    if (earlier === void 0) {
      first.set(place.id, place.file);
      continue;
    }
    const { start, end } = place.idRange;
    diagnostics.push(makeDiagnostic("id/duplicate", place.file, start, `case id "${place.id}" is already used by ${earlier}`, end));
  }
  return diagnostics;
}

export {
  checkIdsAcrossFiles
};
