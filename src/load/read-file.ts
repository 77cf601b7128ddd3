// The one way dossier reads a file it was pointed at (case files, --rates, --holidays): never
// blocks on a FIFO, never reads a device such as /dev/zero, never holds more than a set number of
// bytes, and decodes UTF-8 strictly. A FIFO opened for reading blocks until a writer appears and
// /dev/zero never ends, so the type is checked on the open handle (opened non-blocking, which
// changes nothing for a regular file), not only on the path, which could be swapped in between.
// The synchronous twin, which reads the case files, gives the same answers: each promise
// read is several round trips to the file system's threads, which cost more than the read itself.
import { closeSync, constants, fstatSync, openSync, promises as fsPromises, readSync, type BigIntStats } from 'node:fs';
// node:fs's `promises` is loaded on first use: importing node:fs/promises costs every run some 2 ms.
import type { FileHandle } from 'node:fs/promises';
import { decodeUtf8 } from './yaml-guards.js';

export type ReadFailure =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'not-regular' }
  | { readonly kind: 'too-large'; readonly size: number };

export type ReadBytes = { readonly ok: true; readonly bytes: Uint8Array } | ({ readonly ok: false } & ReadFailure);
/** As ReadBytes, with what fstat() said of the open file before it was read (validate --cache keys on it). */
export type ReadBytesAndStats =
  { readonly ok: true; readonly bytes: Uint8Array; readonly stats: BigIntStats } | ({ readonly ok: false } & ReadFailure);
export type ReadText =
  { readonly ok: true; readonly text: string } | ({ readonly ok: false } & (ReadFailure | { kind: 'encoding'; byte: number }));

/** How much a file may grow between stat() and the end of reading it. */
const GROWTH_BYTES = 64 * 1024;
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

export async function readBoundedBytes(absolute: string | Buffer, maxBytes: number): Promise<ReadBytes> {
  let handle: FileHandle;
  try {
    handle = await fsPromises.open(absolute, READ_FLAGS);
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
  try {
    const info = await handle.stat();
    const refused = refusal(info.isFile(), info.size, maxBytes);
    if (refused !== undefined) return { ok: false, ...refused };
    const filling = new Filling(info.size, maxBytes);
    for (;;) {
      const { bytesRead } = await handle.read(filling.buffer, filling.length, filling.room, null);
      const done = filling.took(bytesRead);
      if (done !== undefined) return done;
    }
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** readBoundedBytes without promises: the same checks on the open handle, the same answers. */
export function readBoundedBytesSync(absolute: string | Buffer, maxBytes: number): ReadBytesAndStats {
  return readOpened(absolute, READ_FLAGS, maxBytes);
}

/**
 * readBoundedBytesSync of a file that is not a symbolic link, or undefined when it is one: the
 * handle is opened without following a link (O_NOFOLLOW), which spares a caller the lstat() it
 * would make first. Undefined on a system without O_NOFOLLOW too.
 */
export function readUnlinkedBytesSync(absolute: string | Buffer, maxBytes: number): ReadBytesAndStats | undefined {
  if (NO_FOLLOW === undefined) return undefined;
  const read = readOpened(absolute, READ_FLAGS | NO_FOLLOW, maxBytes);
  // Only open() can say so, and failureOf() keeps the code of a failure it has no words for.
  return !read.ok && read.kind === 'unreadable' && LINK_REFUSED.has(read.reason) ? undefined : read;
}

// Linux and macOS say ELOOP when O_NOFOLLOW meets a link, FreeBSD EMLINK.
const NO_FOLLOW = (constants as { O_NOFOLLOW?: number }).O_NOFOLLOW;
const LINK_REFUSED = new Set(['ELOOP', 'EMLINK']);

function readOpened(absolute: string | Buffer, flags: number, maxBytes: number): ReadBytesAndStats {
  let fd: number;
  try {
    fd = openSync(absolute, flags);
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
  try {
    const stats = fstatSync(fd, { bigint: true });
    const size = Number(stats.size);
    const refused = refusal(stats.isFile(), size, maxBytes);
    if (refused !== undefined) return { ok: false, ...refused };
    const filling = new Filling(size, maxBytes);
    for (;;) {
      const done = filling.took(readSync(fd, filling.buffer, filling.length, filling.room, null));
      if (done !== undefined) return done.ok ? { ...done, stats } : done;
    }
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was lost: the bytes, or the failure, are already in hand.
    }
  }
}

/** What the handle's fstat() rules out before a byte is read. */
function refusal(isFile: boolean, size: number, maxBytes: number): ReadFailure | undefined {
  if (!isFile) return { kind: 'not-regular' };
  if (size > maxBytes) return { kind: 'too-large', size };
  return undefined;
}

/**
 * The buffer a read fills: the size stat() saw and one byte, to see the end; a file that grows
 * meanwhile gets room for some growth, and never more than one byte over the limit. File-sized,
 * so that reading thousands of files allocates no more than they hold.
 */
class Filling {
  buffer: Uint8Array;
  length = 0;
  private readonly roomForGrowth: number;
  private readonly maxBytes: number;

  constructor(size: number, maxBytes: number) {
    this.maxBytes = maxBytes;
    this.roomForGrowth = Math.min(maxBytes, size + GROWTH_BYTES) + 1;
    this.buffer = new Uint8Array(Math.min(maxBytes, size) + 1);
  }

  get room(): number {
    return this.buffer.length - this.length;
  }

  /** After a read of `bytesRead` bytes: undefined to read on, or the outcome. */
  took(bytesRead: number): ReadBytes | undefined {
    if (bytesRead === 0) {
      const { buffer, length } = this;
      return { ok: true, bytes: length === buffer.length - 1 ? buffer.subarray(0, length) : buffer.slice(0, length) };
    }
    this.length += bytesRead;
    if (this.length > this.maxBytes) return { ok: false, kind: 'too-large', size: this.length };
    if (this.length === this.buffer.length) {
      if (this.buffer.length >= this.roomForGrowth) return { ok: false, kind: 'unreadable', reason: 'the file grew while it was read' };
      const larger = new Uint8Array(this.roomForGrowth);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    return undefined;
  }
}

/** As readBoundedBytes, then strict UTF-8 (a BOM is dropped): a bad byte is an error, never U+FFFD. */
export async function readBoundedText(absolute: string, maxBytes: number): Promise<ReadText> {
  return decoded(await readBoundedBytes(absolute, maxBytes));
}

/** As readBoundedText, without promises. */
export function readBoundedTextSync(absolute: string, maxBytes: number): ReadText & { readonly stats?: BigIntStats } {
  const read = readBoundedBytesSync(absolute, maxBytes);
  if (!read.ok) return read;
  const text = decoded(read);
  return text.ok ? { ...text, stats: read.stats } : text;
}

function decoded(read: ReadBytes): ReadText {
  if (!read.ok) return read;
  const text = decodeUtf8(read.bytes);
  return text.text === undefined ? { ok: false, kind: 'encoding', byte: text.badByte ?? 0 } : { ok: true, text: text.text };
}

function failureOf(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { kind: 'not-found' };
  // Opening a socket fails with ENXIO: it is not a file to read either.
  if (code === 'ENXIO' || code === 'ENODEV') return { kind: 'not-regular' };
  const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error));
  return { kind: 'unreadable', reason };
}

/** One line a person can act on, for the failures of a file named `what` (e.g. "the rates file x.csv"). */
export function describeReadFailure(failure: ReadFailure | { kind: 'encoding'; byte: number }, maxBytes: number): string {
  switch (failure.kind) {
    case 'not-found':
      return 'no such file';
    case 'unreadable':
      return `cannot read: ${failure.reason}`;
    case 'not-regular':
      return 'not a regular file (a directory, device, FIFO or socket)';
    case 'too-large':
      return `the file has ${String(failure.size)} bytes or more; at most ${String(maxBytes)} are read`;
    case 'encoding':
      return `byte ${String(failure.byte)} is not valid UTF-8; save the file as UTF-8`;
  }
}
