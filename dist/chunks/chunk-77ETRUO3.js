import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  readBoundedBytes,
  readBoundedBytesSync
} from "./chunk-FPNBZI3U.js";
import {
  makeDiagnostic
} from "./chunk-YGJ7O6WJ.js";

// src/load/read-inputs.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { lstat, realpath } from "node:fs/promises";
import { join, relative, isAbsolute, sep } from "node:path";
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_TOTAL_BYTES = 32 * 1024 * 1024;
var CASE_FILE = /\.ya?ml$/i;
var START = { line: 1, column: 1 };
async function readInputs(paths, cwd, totalBudget = MAX_TOTAL_BYTES) {
  const { names, diagnostics } = findInputs(paths, cwd);
  const files = [];
  let total = 0;
  for (const name of names) {
    const read = total > totalBudget ? void 0 : await readInput(name, cwd);
    if (read && "bytes" in read) total += read.bytes.length;
    if (read === void 0 || total > totalBudget) diagnostics.push(overBudget(name.file, totalBudget));
    else if ("bytes" in read) files.push({ file: name.file, bytes: read.bytes });
    else diagnostics.push(read.diagnostic);
  }
  return { files, diagnostics };
}
function findInputs(paths, cwd) {
  const diagnostics = [];
  const found = { candidates: /* @__PURE__ */ new Map() };
  for (const path of paths) expand(path, cwd, found, diagnostics, true);
  const names = [...found.candidates.keys()].sort().map((file) => ({ file, path: found.candidates.get(file) ?? file }));
  return { names, diagnostics };
}
function readInput(name, cwd) {
  return readCaseFile(name, cwd);
}
function overBudget(file, budget) {
  const mib = Math.round(budget / (1024 * 1024));
  return makeDiagnostic(
    "file/total-too-large",
    file,
    START,
    `not checked: the files read together exceed ${String(mib)} MiB; check fewer files or directories at a time`
  );
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function displayName(bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return [...bytes].map((b) => b < 128 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
}
function expand(path, cwd, found, diagnostics, named, raw) {
  const absolute = raw ?? (isAbsolute(path) ? path : join(cwd, path));
  let info;
  try {
    info = lstatSync(absolute);
    if (named && info.isSymbolicLink()) {
      const followed = statSync(absolute, { throwIfNoEntry: false });
      if (followed?.isDirectory() === true) info = followed;
    }
  } catch (error) {
    diagnostics.push(ioDiagnostic(path, error));
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = listDirectory(absolute);
    } catch (error) {
      diagnostics.push(ioDiagnostic(path, error));
      return;
    }
    const shown = join(path, "_").slice(0, -1);
    const opened = typeof absolute === "string" ? join(absolute, "_").slice(0, -1) : void 0;
    for (const { name, bytes, isDirectory } of entries) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const child = shown + name;
      const childPath = opened !== void 0 && (bytes === void 0 || name === bytes.toString("utf8")) ? opened + name : Buffer.concat([Buffer.from(absolute), Buffer.from(sep), bytes ?? Buffer.from(name)]);
      if (isDirectory) expand(child, cwd, found, diagnostics, false, typeof childPath === "string" ? void 0 : childPath);
      else if (CASE_FILE.test(name)) found.candidates.set(child, childPath);
    }
    return;
  }
  if (named || CASE_FILE.test(path)) found.candidates.set(path, absolute);
}
function listDirectory(absolute) {
  const listed = readdirSync(absolute, { withFileTypes: true });
  const entries = listed.some((entry) => entry.name.includes("\uFFFD")) ? readdirSync(absolute, { encoding: "buffer", withFileTypes: true }).map((entry) => ({
    name: displayName(entry.name),
    bytes: entry.name,
    isDirectory: entry.isDirectory()
  })) : listed.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  return entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
async function readCaseFile({ file, path: absolute }, cwd) {
  try {
    const link = await lstat(absolute);
    if (link.isSymbolicLink()) {
      const outside = linkOutside(file, (await realpath(absolute, { encoding: "buffer" })).toString(), await realpath(cwd));
      if (outside !== void 0) return { diagnostic: outside };
    }
    const read = await readBoundedBytes(absolute, MAX_FILE_BYTES);
    return read.ok ? { bytes: read.bytes } : { diagnostic: readFailure(file, read) };
  } catch (error) {
    return { diagnostic: ioDiagnostic(file, error) };
  }
}
function readInputSync(name, cwd) {
  const absolute = name.path;
  try {
    if (lstatSync(absolute).isSymbolicLink()) {
      const outside = linkOutside(name.file, realpathSync(absolute, { encoding: "buffer" }).toString(), realpathSync(cwd));
      if (outside !== void 0) return { diagnostic: outside };
    }
    const read = readBoundedBytesSync(absolute, MAX_FILE_BYTES);
    return read.ok ? { bytes: read.bytes, stats: read.stats } : { diagnostic: readFailure(name.file, read) };
  } catch (error) {
    return { diagnostic: ioDiagnostic(name.file, error) };
  }
}
function statInput(name) {
  try {
    return lstatSync(name.path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function linkOutside(file, target, cwd) {
  const inside = relative(cwd, target);
  if (!inside.startsWith("..") && !isAbsolute(inside)) return void 0;
  return makeDiagnostic(
    "file/not-regular",
    file,
    START,
    `the file is a link to ${target}, outside the working directory; case files are read only inside it`
  );
}
function readFailure(file, failure) {
  switch (failure.kind) {
    case "not-regular":
      return makeDiagnostic("file/not-regular", file, START, "not a regular file (a device, FIFO or socket); case files are plain files");
    case "too-large":
      return tooLarge(file, failure.size);
    case "not-found":
      return makeDiagnostic("file/not-found", file, START, "no such file or directory");
    case "unreadable":
      return makeDiagnostic("file/unreadable", file, START, `cannot read: ${failure.reason}`);
  }
}
function tooLarge(file, size) {
  return makeDiagnostic(
    "file/too-large",
    file,
    START,
    `the file has ${String(size)} bytes or more; a case file may have at most ${MAX_FILE_BYTES} (1 MiB)`
  );
}
function ioDiagnostic(file, error) {
  const code = error?.code;
  if (code === "ENOENT") return makeDiagnostic("file/not-found", file, START, "no such file or directory");
  const reason = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code ?? String(error);
  return makeDiagnostic("file/unreadable", file, START, `cannot read: ${reason}`);
}

export {
  MAX_FILE_BYTES,
  MAX_TOTAL_BYTES,
  readInputs,
  findInputs,
  readInputSync,
  statInput
};
