import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  dossier_schema_default
} from "./chunk-5T2Y3ASN.js";
import {
  VERSION
} from "./chunk-BUIXNWGV.js";
import {
  readBoundedTextSync
} from "./chunk-FPNBZI3U.js";
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
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/cli/validate-cache-stat.ts
var RACY_WINDOW_NS = 2000000000n;
function stampOf(stats) {
  return `${stats.size} ${stats.mtimeNs} ${stats.ctimeNs} ${stats.ino} ${stats.dev}`;
}
var STAMP = /^(?:\d+ -?\d+ -?\d+ \d+ \d+)?$/;
function settledBefore(stamp, referenceNs) {
  const [, mtime, ctime] = stamp.split(" ");
  if (mtime === void 0 || ctime === void 0) return false;
  const settled = referenceNs - RACY_WINDOW_NS;
  return BigInt(mtime) < settled && BigInt(ctime) < settled;
}
function referenceTime(runStartedNs, cacheFile) {
  return runStartedNs < cacheFile.mtimeNs ? runStartedNs : cacheFile.mtimeNs;
}
function clockNs() {
  return BigInt(Date.now()) * 1000000n;
}

// src/cli/validate-cache.ts
var CACHE_FORMAT = "dossier-validate-cache/2";
var DEFAULT_CACHE_NAME = ".dossiercache";
var MAX_CACHE_BYTES = 256 * 1024 * 1024;
async function cachePath(cwd, location) {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_NAME);
  if (/\.ya?ml$/i.test(path))
    throw new UserError(`--cache-location ${location ?? ""} ends in .yaml or .yml, like a case file; give another name`);
  const info = await stat(path).catch(() => void 0);
  return info?.isDirectory() === true ? join(path, DEFAULT_CACHE_NAME) : path;
}
function openFileCache(path) {
  const runStarted = clockNs();
  const key = cacheKey();
  const read = readBoundedTextSync(path, MAX_CACHE_BYTES);
  const replaceable = !read.ok ? read.kind === "not-found" : read.text === "" || read.text.startsWith(`{"format":"dossier-validate-cache/`);
  const entries = (read.ok && read.stats !== void 0 ? parseCache(read.text, key, read.stats) : void 0) ?? /* @__PURE__ */ new Map();
  let changed = false;
  const answer = (file, entry) => {
    const diagnostics = entry.diagnostics.map(
      (d) => makeDiagnostic(d.code, file, position(d.start), d.message, d.end === void 0 ? void 0 : position(d.end))
    );
    if (entry.id === void 0) return { diagnostics };
    return { diagnostics, id: { file, id: entry.id.id, idRange: { start: position(entry.id.start), end: position(entry.id.end) } } };
  };
  return {
    has: (file) => entries.has(file),
    lookupStat(file, stats, today) {
      const entry = entries.get(file);
      if (entry?.today !== (today ?? null) || entry.stat === "" || !stats.isFile() || entry.stat !== stampOf(stats)) return void 0;
      return answer(file, entry);
    },
    lookup(file, { bytes, stats }, today) {
      const entry = entries.get(file);
      if (entry?.today !== (today ?? null) || entry.sha256 !== sha256(bytes)) return void 0;
      const stamp = stampOf(stats);
      if (entry.stat !== stamp) {
        entries.set(file, { ...entry, stat: stamp });
        changed = true;
      }
      return answer(file, entry);
    },
    remember(file, { bytes, stats }, today, check) {
      const diagnostics = check.diagnostics.map(
        ({ code, message, start, end }) => end ? { code, message, start, end } : { code, message, start }
      );
      const id = check.id === void 0 ? {} : { id: { id: check.id.id, start: check.id.idRange.start, end: check.id.idRange.end } };
      entries.set(file, { sha256: sha256(bytes), stat: stampOf(stats), today: today ?? null, diagnostics, ...id });
      changed = true;
    },
    async save(warn) {
      if (!changed) return;
      if (!replaceable) {
        await warn(`${path} is not a dossier cache file; it was left as it is and the results were not cached`);
        return;
      }
      const header = `{"format":${JSON.stringify(CACHE_FORMAT)},"key":${JSON.stringify(key)},"runStarted":"${runStarted}"`;
      const text = `${header},"entries":${JSON.stringify(Object.fromEntries(entries))}}
`;
      try {
        const { writeOutputFile } = await import("./write-output-MH5V3MVG.js");
        await writeOutputFile(path, text, { force: true });
      } catch (error) {
        await warn(`the cache was not written: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
}
function cacheKey() {
  return `dossier ${VERSION}, schema ${fingerprint(JSON.stringify(dossier_schema_default))}`;
}
function fingerprint(text) {
  const bytes = new TextEncoder().encode(text);
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  let h1 = 3735928559 ^ bytes.length;
  let h2 = 1103547991 ^ bytes.length;
  for (let i = 0; i < words.length + (bytes.length & 3); i += 1) {
    const unit = i < words.length ? words[i] ?? 0 : bytes[words.length * 4 + i - words.length] ?? 0;
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
function position(p) {
  return { line: p.line, column: p.column };
}
var lastHashed;
function sha256(bytes) {
  if (lastHashed?.bytes !== bytes) {
    const { createHash } = process.getBuiltinModule("node:crypto");
    lastHashed = { bytes, hash: createHash("sha256").update(bytes).digest("hex") };
  }
  return lastHashed.hash;
}
function parseCache(text, key, cacheFile) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(data) || data["format"] !== CACHE_FORMAT || data["key"] !== key || !isRecord(data["entries"])) return void 0;
  const runStarted = data["runStarted"];
  if (typeof runStarted !== "string" || !/^\d{1,30}$/.test(runStarted)) return void 0;
  const reference = referenceTime(BigInt(runStarted), cacheFile);
  const entries = /* @__PURE__ */ new Map();
  const stored = data["entries"];
  for (const file in stored) {
    const entry = stored[file];
    if (!isEntry(entry)) return void 0;
    entries.set(file, entry.stat === "" || settledBefore(entry.stat, reference) ? entry : { ...entry, stat: "" });
  }
  return entries;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isEntry(value) {
  if (!isRecord(value)) return false;
  const { sha256: hash, stat: stamp, today, diagnostics, id } = value;
  if (typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash)) return false;
  if (typeof stamp !== "string" || !STAMP.test(stamp)) return false;
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
