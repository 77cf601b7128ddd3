import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/load/yaml-guards.ts
var MAX_DEPTH = 64;
var MAX_NODES = 2e4;
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
var NODES = /* @__PURE__ */ new Set(["scalar", "block-scalar", "double-quoted-scalar", "single-quoted-scalar", "alias", ...COLLECTIONS]);
function checkSyntaxTree(tokens) {
  const problems = [];
  const stack = [];
  for (const token of tokens) stack.push({ value: token, depth: 0 });
  let nodes = 0;
  for (let top = stack.pop(); top !== void 0; top = stack.pop()) {
    const { value, depth } = top;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth });
      continue;
    }
    const token = value;
    let childDepth = depth;
    if (typeof token.type === "string") {
      const offset = typeof token.offset === "number" ? token.offset : 0;
      const source = typeof token.source === "string" ? token.source : "";
      const sigil = sigilProblem(token.type, source, offset);
      if (sigil) problems.push(sigil);
      if (NODES.has(token.type) && ++nodes > MAX_NODES) {
        return [
          ...problems,
          { code: "yaml/too-many-nodes", offset, message: `the document has more than ${MAX_NODES} nodes; a case file needs far fewer` }
        ];
      }
      if (COLLECTIONS.has(token.type)) {
        childDepth = depth + 1;
        if (childDepth > MAX_DEPTH) {
          return [...problems, { code: "yaml/too-deep", offset, message: `collections are nested more than ${MAX_DEPTH} levels deep` }];
        }
      }
    }
    for (const child of Object.values(value)) if (typeof child === "object") stack.push({ value: child, depth: childDepth });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}
function sigilProblem(type, source, offset) {
  switch (type) {
    case "directive":
      return {
        code: "yaml/directive",
        offset,
        message: `directive "${source}" is not allowed; case files are YAML 1.2 with the core schema`
      };
    case "anchor":
      return { code: "yaml/alias", offset, message: `anchor "${source}" is not allowed; write each value out in full` };
    case "alias":
      return { code: "yaml/alias", offset, message: `alias "${source}" is not allowed; write each value out in full` };
    case "tag":
      return { code: "yaml/tag", offset, message: `tag "${source}" is not allowed; values are plain strings, numbers, lists and mappings` };
    default:
      return void 0;
  }
}
var FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/gu;
var ANY_FORBIDDEN = new RegExp(FORBIDDEN.source);
function containsControlCharacter(text) {
  return ANY_FORBIDDEN.test(text);
}
function findControlCharacters(text) {
  const problems = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    const cp = match[0].codePointAt(0) ?? 0;
    const name = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    problems.push({
      code: "yaml/control-character",
      offset: match.index,
      message: match[0] === "\r" ? "a carriage return without a line feed; use LF or CRLF line endings" : `the control character ${name} is not allowed; write it as an escape in a double-quoted string if you really mean it`
    });
    if (problems.length >= 20) break;
  }
  return problems;
}
function decodeUtf8(bytes) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { badByte: firstInvalidUtf8Byte(bytes) };
  }
}
function firstInvalidUtf8Byte(bytes) {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodesAsPrefix(bytes.subarray(0, mid))) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, Math.max(0, bytes.length - 1));
}
function decodesAsPrefix(prefix) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export {
  checkSyntaxTree,
  containsControlCharacter,
  findControlCharacters,
  decodeUtf8
};
