import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  decodeUtf8
} from "./chunk-JGG73HBY.js";

// src/load/read-file.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
var GROWTH_BYTES = 64 * 1024;
async function readBoundedBytes(absolute, maxBytes) {
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, kind: "not-regular" };
    if (info.size > maxBytes) return { ok: false, kind: "too-large", size: info.size };
    const roomForGrowth = Math.min(maxBytes, info.size + GROWTH_BYTES) + 1;
    let buffer = new Uint8Array(Math.min(maxBytes, info.size) + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { ok: false, kind: "too-large", size: length };
      if (length === buffer.length) {
        if (buffer.length >= roomForGrowth) return { ok: false, kind: "unreadable", reason: "the file grew while it was read" };
        const larger = new Uint8Array(roomForGrowth);
        larger.set(buffer);
        buffer = larger;
      }
    }
    return { ok: true, bytes: length === buffer.length - 1 ? buffer.subarray(0, length) : buffer.slice(0, length) };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    await handle.close().catch(() => void 0);
  }
}
async function readBoundedText(absolute, maxBytes) {
  const read = await readBoundedBytes(absolute, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeUtf8(read.bytes);
  return decoded.text === void 0 ? { ok: false, kind: "encoding", byte: decoded.badByte ?? 0 } : { ok: true, text: decoded.text };
}
function failureOf(error) {
  const code = error?.code;
  if (code === "ENOENT") return { kind: "not-found" };
  if (code === "ENXIO" || code === "ENODEV") return { kind: "not-regular" };
  const reason = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code ?? String(error);
  return { kind: "unreadable", reason };
}
function describeReadFailure(failure, maxBytes) {
  switch (failure.kind) {
    case "not-found":
      return "no such file";
    case "unreadable":
      return `cannot read: ${failure.reason}`;
    case "not-regular":
      return "not a regular file (a device, FIFO or socket)";
    case "too-large":
      return `the file has ${String(failure.size)} bytes or more; at most ${String(maxBytes)} are read`;
    case "encoding":
      return `byte ${String(failure.byte)} is not valid UTF-8; save the file as UTF-8`;
  }
}

export {
  readBoundedBytes,
  readBoundedText,
  describeReadFailure
};
