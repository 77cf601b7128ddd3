// The one way dossier reads a file it was pointed at (case files, --rates, --holidays): never
// blocks on a FIFO, never reads a device such as /dev/zero, never holds more than a set number of
// bytes, and decodes UTF-8 strictly. A FIFO opened for reading blocks until a writer appears and
// /dev/zero never ends, so the type is checked on the open handle (opened non-blocking, which
// changes nothing for a regular file), not only on the path, which could be swapped in between.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { decodeUtf8 } from './yaml-guards.js';

export type ReadFailure =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'not-regular' }
  | { readonly kind: 'too-large'; readonly size: number };

export type ReadBytes = { readonly ok: true; readonly bytes: Uint8Array } | ({ readonly ok: false } & ReadFailure);
export type ReadText =
  { readonly ok: true; readonly text: string } | ({ readonly ok: false } & (ReadFailure | { kind: 'encoding'; byte: number }));

/** How much a file may grow between stat() and the end of reading it. */
const GROWTH_BYTES = 64 * 1024;

export async function readBoundedBytes(absolute: string | Buffer, maxBytes: number): Promise<ReadBytes> {
  let handle: FileHandle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, kind: 'not-regular' };
    if (info.size > maxBytes) return { ok: false, kind: 'too-large', size: info.size };
    // A buffer of the size stat() saw and one byte, to see the end; a file that grows meanwhile
    // gets room for some growth, and never more than one byte over the limit. File-sized, so that
    // reading thousands of files allocates no more than they hold.
    const roomForGrowth = Math.min(maxBytes, info.size + GROWTH_BYTES) + 1;
    let buffer = new Uint8Array(Math.min(maxBytes, info.size) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { ok: false, kind: 'too-large', size: length };
      if (length === buffer.length) {
        if (buffer.length >= roomForGrowth) return { ok: false, kind: 'unreadable', reason: 'the file grew while it was read' };
        const larger = new Uint8Array(roomForGrowth);
        larger.set(buffer);
        buffer = larger;
      }
    }
    return { ok: true, bytes: length === buffer.length - 1 ? buffer.subarray(0, length) : buffer.slice(0, length) };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** As readBoundedBytes, then strict UTF-8 (a BOM is dropped): a bad byte is an error, never U+FFFD. */
export async function readBoundedText(absolute: string, maxBytes: number): Promise<ReadText> {
  const read = await readBoundedBytes(absolute, maxBytes);
  if (!read.ok) return read;
  const decoded = decodeUtf8(read.bytes);
  return decoded.text === undefined ? { ok: false, kind: 'encoding', byte: decoded.badByte ?? 0 } : { ok: true, text: decoded.text };
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
      return 'not a regular file (a device, FIFO or socket)';
    case 'too-large':
      return `the file has ${String(failure.size)} bytes or more; at most ${String(maxBytes)} are read`;
    case 'encoding':
      return `byte ${String(failure.byte)} is not valid UTF-8; save the file as UTF-8`;
  }
}
