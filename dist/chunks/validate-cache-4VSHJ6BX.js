import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  dossier_schema_default
} from "./chunk-5T2Y3ASN.js";
import {
  writeOutputFile
} from "./chunk-XJTAXN74.js";
import {
  VERSION
} from "./chunk-BUIXNWGV.js";
import {
  readBoundedText
} from "./chunk-UPEN7BZQ.js";
import {
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  codes,
  makeDiagnostic
} from "./chunk-YGJ7O6WJ.js";
import "./chunk-JGG73HBY.js";
import "./chunk-BTYQCHNT.js";

// src/cli/validate-cache.ts
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var CACHE_FORMAT = "dossier-validate-cache/1";
var DEFAULT_CACHE_NAME = ".dossiercache";
var MAX_CACHE_BYTES = 256 * 1024 * 1024;
async function cachePath(cwd, location) {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_NAME);
  if (/\.ya?ml$/i.test(path))
    throw new UserError(`--cache-location ${location ?? ""} ends in .yaml or .yml, like a case file; give another name`);
  const info = await stat(path).catch(() => void 0);
  return info?.isDirectory() === true ? join(path, DEFAULT_CACHE_NAME) : path;
}
async function openFileCache(path) {
  const key = cacheKey();
  const read = await readBoundedText(path, MAX_CACHE_BYTES);
  const replaceable = !read.ok ? read.kind === "not-found" : read.text === "" || read.text.startsWith(`{"format":"dossier-validate-cache/`);
  const entries = read.ok ? parseCache(read.text, key) ?? /* @__PURE__ */ new Map() : /* @__PURE__ */ new Map();
  let changed = false;
  return {
    lookup(file, bytes, today) {
      const entry = entries.get(file);
      if (entry?.today !== (today ?? null) || entry.sha256 !== sha256(bytes)) return void 0;
      const diagnostics = entry.diagnostics.map(
        (d) => makeDiagnostic(d.code, file, position(d.start), d.message, d.end === void 0 ? void 0 : position(d.end))
      );
      if (entry.id === void 0) return { diagnostics };
      return { diagnostics, id: { file, id: entry.id.id, idRange: { start: position(entry.id.start), end: position(entry.id.end) } } };
    },
    remember(file, bytes, today, check) {
      const diagnostics = check.diagnostics.map(
        ({ code, message, start, end }) => end ? { code, message, start, end } : { code, message, start }
      );
      const id = check.id === void 0 ? {} : { id: { id: check.id.id, start: check.id.idRange.start, end: check.id.idRange.end } };
      entries.set(file, { sha256: sha256(bytes), today: today ?? null, diagnostics, ...id });
      changed = true;
    },
    async save(warn) {
      if (!changed) return;
      if (!replaceable) {
        await warn(`${path} is not a dossier cache file; it was left as it is and the results were not cached`);
        return;
      }
      const text = `{"format":${JSON.stringify(CACHE_FORMAT)},"key":${JSON.stringify(key)},"entries":${JSON.stringify(Object.fromEntries(entries))}}
`;
      try {
        await writeOutputFile(path, text, { force: true });
      } catch (error) {
        await warn(`the cache was not written: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
}
function cacheKey() {
  return `dossier ${VERSION}, schema ${createHash("sha256").update(JSON.stringify(dossier_schema_default)).digest("hex")}`;
}
function position(p) {
  return { line: p.line, column: p.column };
}
var lastHashed;
function sha256(bytes) {
  if (lastHashed?.bytes !== bytes) lastHashed = { bytes, hash: createHash("sha256").update(bytes).digest("hex") };
  return lastHashed.hash;
}
function parseCache(text, key) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(data) || data["format"] !== CACHE_FORMAT || data["key"] !== key || !isRecord(data["entries"])) return void 0;
  const entries = /* @__PURE__ */ new Map();
  for (const [file, entry] of Object.entries(data["entries"])) {
    if (!isEntry(entry)) return void 0;
    entries.set(file, entry);
  }
  return entries;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isEntry(value) {
  if (!isRecord(value)) return false;
  const { sha256: hash, today, diagnostics, id } = value;
  if (typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash)) return false;
  if (today !== null && (typeof today !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(today))) return false;
  if (!Array.isArray(diagnostics) || !diagnostics.every(isCachedDiagnostic)) return false;
  if (id === void 0) return true;
  return isRecord(id) && typeof id["id"] === "string" && isPosition(id["start"]) && isPosition(id["end"]);
}
function isCachedDiagnostic(value) {
  if (!isRecord(value)) return false;
  const { code, message, start, end } = value;
  return typeof code === "string" && Object.hasOwn(codes, code) && !codes[code].io && typeof message === "string" && isPosition(start) && (end === void 0 || isPosition(end));
}
function isPosition(value) {
  if (!isRecord(value)) return false;
  const { line, column } = value;
  return Number.isSafeInteger(line) && Number.isSafeInteger(column) && line >= 1 && column >= 1;
}
export {
  CACHE_FORMAT,
  DEFAULT_CACHE_NAME,
  cachePath,
  openFileCache,
  parseCache
};
