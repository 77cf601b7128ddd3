import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  readBoundedBytes
} from "./chunk-UPEN7BZQ.js";
import {
  makeDiagnostic
} from "./chunk-YGJ7O6WJ.js";

// src/load/read-inputs.ts
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join, relative, isAbsolute, sep } from "node:path";
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_TOTAL_BYTES = 32 * 1024 * 1024;
var CASE_FILE = /\.ya?ml$/i;
var START = { line: 1, column: 1 };
async function readInputs(paths, cwd, totalBudget = MAX_TOTAL_BYTES) {
  const { names, diagnostics } = await findInputs(paths, cwd);
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
async function findInputs(paths, cwd) {
  const diagnostics = [];
  const found = { candidates: /* @__PURE__ */ new Set(), rawNames: /* @__PURE__ */ new Map() };
  for (const path of paths) await expand(path, cwd, found, diagnostics, true);
  const names = [...found.candidates].sort().map((file) => {
    const raw = found.rawNames.get(file);
    return raw === void 0 ? { file } : { file, raw };
  });
  return { names, diagnostics };
}
function readInput(name, cwd) {
  return readCaseFile(name.file, cwd, name.raw);
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
async function expand(path, cwd, found, diagnostics, named, raw) {
  const absolute = raw ?? (isAbsolute(path) ? path : join(cwd, path));
  let info;
  try {
    info = await lstat(absolute);
    if (named && info.isSymbolicLink()) {
      const followed = await stat(absolute).catch(() => void 0);
      if (followed?.isDirectory()) info = followed;
    }
  } catch (error) {
    diagnostics.push(ioDiagnostic(path, error));
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = (await readdir(absolute, { encoding: "buffer", withFileTypes: true })).map((entry) => ({ name: displayName(entry.name), bytes: entry.name, isDirectory: entry.isDirectory() })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    } catch (error) {
      diagnostics.push(ioDiagnostic(path, error));
      return;
    }
    for (const { name, bytes, isDirectory } of entries) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const child = join(path, name);
      const childRaw = name === bytes.toString("utf8") && raw === void 0 ? void 0 : Buffer.concat([Buffer.from(absolute), Buffer.from(sep), bytes]);
      if (isDirectory) await expand(child, cwd, found, diagnostics, false, childRaw);
      else if (CASE_FILE.test(name)) {
        found.candidates.add(child);
        if (childRaw !== void 0) found.rawNames.set(child, childRaw);
      }
    }
    return;
  }
  if (named || CASE_FILE.test(path)) {
    found.candidates.add(path);
    if (raw !== void 0) found.rawNames.set(path, raw);
  }
}
async function readCaseFile(file, cwd, raw) {
  const absolute = raw ?? (isAbsolute(file) ? file : join(cwd, file));
  try {
    const link = await lstat(absolute);
    if (link.isSymbolicLink()) {
      const target = (await realpath(absolute, { encoding: "buffer" })).toString();
      const inside = relative(await realpath(cwd), target);
      if (inside.startsWith("..") || isAbsolute(inside)) {
        return {
          diagnostic: makeDiagnostic(
            "file/not-regular",
            file,
            START,
            `the file is a link to ${target}, outside the working directory; case files are read only inside it`
          )
        };
      }
    }
    const read = await readBoundedBytes(absolute, MAX_FILE_BYTES);
    if (read.ok) return { bytes: read.bytes };
    switch (read.kind) {
      case "not-regular":
        return {
          diagnostic: makeDiagnostic(
            "file/not-regular",
            file,
            START,
            "not a regular file (a device, FIFO or socket); case files are plain files"
          )
        };
      case "too-large":
        return { diagnostic: tooLarge(file, read.size) };
      case "not-found":
        return { diagnostic: makeDiagnostic("file/not-found", file, START, "no such file or directory") };
      case "unreadable":
        return { diagnostic: makeDiagnostic("file/unreadable", file, START, `cannot read: ${read.reason}`) };
    }
  } catch (error) {
    return { diagnostic: ioDiagnostic(file, error) };
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
  readInput
};
