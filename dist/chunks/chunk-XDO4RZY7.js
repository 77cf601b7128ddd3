import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  sanitizeForTerminal
} from "./chunk-ILGGZZFQ.js";

// src/render/diagnostics/compact.ts
function formatCompact(diagnostics) {
  return diagnostics.map((d) => `${clean(d.file)}:${d.start.line}:${d.start.column}: ${d.severity} ${clean(d.message)} [${d.code}]
`).join("");
}
var clean = (s) => sanitizeForTerminal(s, { singleLine: true });

export {
  formatCompact
};
