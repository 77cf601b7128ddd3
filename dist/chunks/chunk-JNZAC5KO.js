import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  loadCase
} from "./chunk-IXSAOZYY.js";

// src/cli/check-file.ts
function checkFile(file, bytes, today) {
  const result = loadCase(file, bytes, today === void 0 ? {} : { today });
  const diagnostics = result.diagnostics.map(detached);
  if (result.loaded === void 0) return { diagnostics };
  return { diagnostics, id: { file, id: copyOf(result.loaded.case.id), idRange: result.loaded.idRange } };
}
function copyOf(text) {
  return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
}
function detached(diagnostic) {
  return { ...diagnostic, message: copyOf(diagnostic.message) };
}

export {
  checkFile
};
