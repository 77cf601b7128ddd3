import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunk-JNZAC5KO.js";
import {
  MAX_FILE_BYTES,
  MAX_TOTAL_BYTES,
  readInputs
} from "./chunk-S5HLXYHN.js";
import "./chunk-PRH5LNXS.js";
import {
  UserError
} from "./chunk-M4L7XWEC.js";
import {
  checkIdsAcrossFiles
} from "./chunk-IXSAOZYY.js";
import "./chunk-HKS45Y5R.js";
import {
  makeDiagnostic,
  sortDiagnostics
} from "./chunk-YGJ7O6WJ.js";
import "./chunk-WCR6AKDZ.js";
import "./chunk-6D76KXNS.js";
import "./chunk-ZDNVIE4O.js";
import "./chunk-DZU3AKI3.js";
import "./chunk-5APGV6AL.js";
import "./chunk-IDOCBWWJ.js";
import "./chunk-VPFUFNNR.js";
import "./chunk-2RE557MS.js";
import "./chunk-ITDLV7NW.js";
import "./chunk-2C2PYH5G.js";
import "./chunk-BTYQCHNT.js";

// src/cli/validate-input.ts
import { resolve } from "node:path";

// src/load/case-ids-against.ts
function checkCaseIdsAgainst(judged, others) {
  const owner = /* @__PURE__ */ new Map();
  for (const other of [...others].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    if (!owner.has(other.id)) owner.set(other.id, other.file);
  }
  const diagnostics = checkIdsAcrossFiles(judged);
  for (const place of judged) {
    const earlier = owner.get(place.id);
    if (earlier === void 0 || diagnostics.some((d) => d.file === place.file)) continue;
    const { start, end } = place.idRange;
    diagnostics.push(makeDiagnostic("id/duplicate", place.file, start, `case id "${place.id}" is already used by ${earlier}`, end));
  }
  return diagnostics;
}

// src/cli/staged-files.ts
import { isAbsolute, normalize, relative } from "node:path";

// src/cli/git.ts
import { spawn } from "node:child_process";
function runGit(io, args, input) {
  return new Promise((resolve2, reject) => {
    const child = spawn("git", ["--literal-pathspecs", ...args], {
      cwd: io.cwd,
      env: { ...io.env },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    let err = "";
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (text) => err += text);
    child.stdin.on("error", () => void 0);
    child.on("error", (error) => {
      const why = error.code === "ENOENT" ? "git is not installed or not on PATH" : `git could not be run (${error.code ?? error.message})`;
      reject(new UserError(`${why}; --staged reads the git index`));
    });
    child.on("close", (status) => {
      if (status === 0) {
        resolve2(Buffer.concat(out));
        return;
      }
      reject(new UserError(gitProblem(err, status)));
    });
    child.stdin.end(input);
  });
}
function gitProblem(stderr, status) {
  if (/not a git repository/i.test(stderr))
    return "not inside a git repository; --staged reads the git index (run it in a repository, or leave it out)";
  const first = stderr.split("\n").find((line) => line.trim() !== "") ?? `exit status ${String(status)}`;
  return `git failed: ${first.replace(/^(fatal|error): /, "")}`;
}

// src/cli/staged-files.ts
var CASE_FILE = /\.ya?ml$/i;
var START = { line: 1, column: 1 };
var REGULAR_FILE = /^100(644|755)$/;
var SYMBOLIC_LINK = "120000";
async function readStagedFiles(io, casesDir, named) {
  const wanted = named.map((path) => tidy(io.cwd, path));
  const cases = tidy(io.cwd, casesDir);
  const listing = await runGit(io, ["ls-files", "--stage", "-z", "--", cases, ...wanted]);
  const entries = parseLsFiles(listing.toString("utf8"));
  const diagnostics = [];
  const isTarget = (entry) => wanted.length === 0 ? CASE_FILE.test(entry.path) : wanted.some((w) => entry.path === w || inside(entry.path, w) && CASE_FILE.test(entry.path));
  for (const path of wanted) {
    if (!entries.some((entry) => entry.path === path || inside(entry.path, path))) {
      diagnostics.push(makeDiagnostic("file/not-found", path, START, "not in the git index (git add it, or check it without --staged)"));
    }
  }
  const chosen = [];
  const context = [];
  for (const entry of uniqueByPath(entries)) {
    const target = isTarget(entry);
    if (!target && !(CASE_FILE.test(entry.path) && inside(entry.path, cases))) continue;
    const problem = entryProblem(entry, entries);
    if (problem !== void 0) {
      if (target) diagnostics.push(problem);
      continue;
    }
    (target ? chosen : context).push(entry);
  }
  const blobs = await readBlobs(io, [...chosen, ...context], diagnostics);
  const toInput = (entry) => {
    const bytes = blobs.get(entry.path);
    return bytes === void 0 ? [] : [{ file: entry.path, bytes }];
  };
  return { targets: chosen.flatMap(toInput), others: context.flatMap(toInput), diagnostics };
}
function parseLsFiles(text) {
  const entries = [];
  for (const record of text.split("\0")) {
    const match = /^(\d{6}) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record);
    if (match) entries.push({ mode: match[1] ?? "", object: match[2] ?? "", stage: match[3] ?? "", path: match[4] ?? "" });
  }
  return entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function uniqueByPath(entries) {
  return entries.filter((entry, i) => i === 0 || entries[i - 1]?.path !== entry.path);
}
function entryProblem(entry, all) {
  if (all.some((other) => other.path === entry.path && other.stage !== "0")) {
    return makeDiagnostic(
      "file/unreadable",
      entry.path,
      START,
      "not checked: the file has unresolved merge conflicts in the index; resolve them and git add it"
    );
  }
  if (entry.mode === SYMBOLIC_LINK)
    return makeDiagnostic("file/not-regular", entry.path, START, "staged as a symbolic link; case files are plain files");
  if (!REGULAR_FILE.test(entry.mode)) return makeDiagnostic("file/not-regular", entry.path, START, "staged as a submodule, not a file");
  return void 0;
}
async function readBlobs(io, entries, diagnostics) {
  const blobs = /* @__PURE__ */ new Map();
  if (entries.length === 0) return blobs;
  const request = Buffer.from(entries.map((e) => `${e.object}
`).join(""));
  const sizes = (await runGit(io, ["cat-file", "--batch-check=%(objectsize)"], request)).toString("utf8").trim().split("\n").map(Number);
  const accepted = [];
  let total = 0;
  entries.forEach((entry, i) => {
    const size = sizes[i] ?? Number.NaN;
    if (!Number.isFinite(size)) {
      diagnostics.push(makeDiagnostic("file/unreadable", entry.path, START, "cannot read the staged blob"));
    } else if (size > MAX_FILE_BYTES) {
      diagnostics.push(
        makeDiagnostic(
          "file/too-large",
          entry.path,
          START,
          `the staged file has ${String(size)} bytes; a case file may have at most ${String(MAX_FILE_BYTES)} (1 MiB)`
        )
      );
    } else if (total + size > MAX_TOTAL_BYTES) {
      diagnostics.push(
        makeDiagnostic(
          "file/total-too-large",
          entry.path,
          START,
          "not checked: the staged files together exceed 32 MiB; check fewer files at a time"
        )
      );
    } else {
      total += size;
      accepted.push(entry);
    }
  });
  if (accepted.length === 0) return blobs;
  const output = await runGit(io, ["cat-file", "--batch"], Buffer.from(accepted.map((e) => `${e.object}
`).join("")));
  let offset = 0;
  for (const entry of accepted) {
    const headerEnd = output.indexOf(10, offset);
    const size = Number(output.subarray(offset, headerEnd).toString("utf8").split(" ")[2]);
    const start = headerEnd + 1;
    blobs.set(entry.path, new Uint8Array(output.subarray(start, start + size)));
    offset = start + size + 1;
  }
  return blobs;
}
function tidy(cwd, path) {
  const relativePath = isAbsolute(path) ? relative(cwd, path) : path;
  const normal = normalize(relativePath).replace(/\/+$/, "");
  return normal === "" ? "." : normal;
}
function inside(path, dir) {
  return dir === "." ? !path.startsWith("../") : path.startsWith(`${dir}/`);
}

// src/cli/validate-input.ts
async function loadValidateInput(io, input, today) {
  if (input.kind === "staged") {
    const staged = await readStagedFiles(io, input.casesDir, input.paths);
    return judge(staged.targets, staged.others, staged.diagnostics, today);
  }
  const text = await readStdin(io.stdin, input.filename);
  if ("diagnostic" in text) return { diagnostics: [text.diagnostic], filesRead: 0 };
  const judged = resolve(io.cwd, input.filename);
  const onDisk = await readInputs([input.casesDir], io.cwd);
  const others = onDisk.files.filter((f) => resolve(io.cwd, f.file) !== judged);
  return judge([{ file: input.filename, bytes: text.bytes }], others, [], today);
}
function judge(targets, others, found, today) {
  const diagnostics = [...found];
  const judged = [];
  for (const { file, bytes } of targets) {
    const checked = checkFile(file, bytes, today);
    diagnostics.push(...checked.diagnostics);
    if (checked.id !== void 0) judged.push(checked.id);
  }
  const context = others.flatMap(({ file, bytes }) => checkFile(file, bytes, void 0).id ?? []);
  diagnostics.push(...checkCaseIdsAgainst(judged, context));
  return { diagnostics: sortDiagnostics(diagnostics), filesRead: targets.length };
}
async function readStdin(stdin, filename) {
  if (stdin === void 0) throw new UserError("--stdin: there is no standard input to read here");
  if (stdin.isTTY) {
    throw new UserError(
      "--stdin reads the case file from a pipe, and stdin is a terminal (dossier validate --stdin --stdin-filename F < F)"
    );
  }
  const chunks = [];
  let length = 0;
  for await (const chunk of stdin.chunks()) {
    length += chunk.length;
    if (length > MAX_FILE_BYTES) {
      const message = `stdin has more than ${String(MAX_FILE_BYTES)} bytes; a case file may have at most 1 MiB`;
      return { diagnostic: makeDiagnostic("file/too-large", filename, { line: 1, column: 1 }, message) };
    }
    chunks.push(chunk);
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)) };
}
export {
  loadValidateInput
};
