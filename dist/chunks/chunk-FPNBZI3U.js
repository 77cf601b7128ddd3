import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);
import {
  decodeUtf8
} from "./chunk-JGG73HBY.js";

// src/load/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
var GROWTH_BYTES = 64 * 1024;
var READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
async function readBoundedBytes(absolute, maxBytes) {
  let handle;
  try {
    handle = await open(absolute, READ_FLAGS);
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
  try {
    const info = await handle.stat();
    const refused = refusal(info.isFile(), info.size, maxBytes);
    if (refused !== void 0) return { ok: false, ...refused };
    const filling = new Filling(info.size, maxBytes);
    for (; ; ) {
      const { bytesRead } = await handle.read(filling.buffer, filling.length, filling.room, null);
      const done = filling.took(bytesRead);
      if (done !== void 0) return done;
    }
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    await handle.close().catch(() => void 0);
  }
}
function readBoundedBytesSync(absolute, maxBytes) {
  let fd;
  try {
    fd = openSync(absolute, READ_FLAGS);
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
  try {
    const stats = fstatSync(fd, { bigint: true });
    const size = Number(stats.size);
    const refused = refusal(stats.isFile(), size, maxBytes);
    if (refused !== void 0) return { ok: false, ...refused };
    const filling = new Filling(size, maxBytes);
    for (; ; ) {
      const done = filling.took(readSync(fd, filling.buffer, filling.length, filling.room, null));
      if (done !== void 0) return done.ok ? { ...done, stats } : done;
    }
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
    }
  }
}
function refusal(isFile, size, maxBytes) {
  if (!isFile) return { kind: "not-regular" };
  if (size > maxBytes) return { kind: "too-large", size };
  return void 0;
}
var Filling = class {
  buffer;
  length = 0;
  roomForGrowth;
  maxBytes;
  constructor(size, maxBytes) {
    this.maxBytes = maxBytes;
    this.roomForGrowth = Math.min(maxBytes, size + GROWTH_BYTES) + 1;
    this.buffer = new Uint8Array(Math.min(maxBytes, size) + 1);
  }
  get room() {
    return this.buffer.length - this.length;
  }
  /** After a read of `bytesRead` bytes: undefined to read on, or the outcome. */
  took(bytesRead) {
    if (bytesRead === 0) {
      const { buffer, length } = this;
      return { ok: true, bytes: length === buffer.length - 1 ? buffer.subarray(0, length) : buffer.slice(0, length) };
    }
    this.length += bytesRead;
    if (this.length > this.maxBytes) return { ok: false, kind: "too-large", size: this.length };
    if (this.length === this.buffer.length) {
      if (this.buffer.length >= this.roomForGrowth) return { ok: false, kind: "unreadable", reason: "the file grew while it was read" };
      const larger = new Uint8Array(this.roomForGrowth);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    return void 0;
  }
};
async function readBoundedText(absolute, maxBytes) {
  return decoded(await readBoundedBytes(absolute, maxBytes));
}
function readBoundedTextSync(absolute, maxBytes) {
  const read = readBoundedBytesSync(absolute, maxBytes);
  if (!read.ok) return read;
  const text = decoded(read);
  return text.ok ? { ...text, stats: read.stats } : text;
}
function decoded(read) {
  if (!read.ok) return read;
  const text = decodeUtf8(read.bytes);
  return text.text === void 0 ? { ok: false, kind: "encoding", byte: text.badByte ?? 0 } : { ok: true, text: text.text };
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
  readBoundedBytesSync,
  readBoundedText,
  readBoundedTextSync,
  describeReadFailure
};
