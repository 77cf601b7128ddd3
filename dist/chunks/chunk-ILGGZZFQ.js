import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/render/sanitize.ts
var CONTROL_CLASS = "\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069";
var LONE_SURROGATE = "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
var MULTI_LINE = new RegExp(`[${CONTROL_CLASS}]|${LONE_SURROGATE}`, "g");
var SINGLE_LINE = new RegExp(`[\\t\\n${CONTROL_CLASS}]|${LONE_SURROGATE}`, "g");
function hex(code, width) {
  return code.toString(16).toUpperCase().padStart(width, "0");
}
function visibleEscape(unit) {
  const code = unit.charCodeAt(0);
  return code <= 255 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}
function escapeSingleLine(unit) {
  if (unit === "\n") return "\u21B5";
  if (unit === "	") return " ";
  return visibleEscape(unit);
}
function sanitizeForTerminal(s, options = {}) {
  return options.singleLine === true ? s.replace(SINGLE_LINE, escapeSingleLine) : s.replace(MULTI_LINE, visibleEscape);
}

export {
  sanitizeForTerminal
};
