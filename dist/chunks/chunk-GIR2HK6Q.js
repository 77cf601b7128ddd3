import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  chalkFor
} from "./chunk-7X34S772.js";

// src/cli/render-options.ts
function renderOptionsFor(io, color, locale) {
  return { chalk: chalkFor(io, io.stdout, color), width: terminalWidth(io), locale };
}
function terminalWidth(io) {
  const fromEnv = Number(io.env["COLUMNS"]);
  if (Number.isInteger(fromEnv) && fromEnv >= 40) return Math.min(fromEnv, 400);
  const columns = io.stdout.columns;
  return columns !== void 0 && columns >= 40 ? Math.min(columns, 400) : 80;
}

export {
  renderOptionsFor
};
