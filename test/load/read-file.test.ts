// The bounded reader and its synchronous twin give the same answer on every hostile input: a FIFO
// (without blocking), a device, a socket, a directory, a file too large or growing while it is
// read, a missing or unreadable one; and both decode UTF-8 strictly.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readBoundedBytes,
  readBoundedBytesSync,
  readUnlinkedBytesSync,
  readBoundedText,
  readBoundedTextSync,
  type ReadBytes,
  type ReadText,
} from '../../src/load/read-file.js';

let dir: string;
let socketServer: Server;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-read-'));
  // Traversable by the unprivileged user the permission test runs as.
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'plain.txt'), 'plain text\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bom.txt'), '\ufeffafter the mark');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('F\xffte', 'latin1'));
  writeFileSync(join(dir, 'exactly-1000.txt'), 'x'.repeat(1000));
  writeFileSync(join(dir, 'sparse.txt'), '');
  truncateSync(join(dir, 'sparse.txt'), 40 * 1024 * 1024); // no 40 MB written
  writeFileSync(join(dir, 'locked.txt'), 'secret');
  chmodSync(join(dir, 'locked.txt'), 0o000);
  symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
  symlinkSync(join(dir, 'plain.txt'), join(dir, 'link-to-plain.txt'));
  expect(spawnSync('mkfifo', [join(dir, 'fifo')]).status).toBe(0);
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(join(dir, 'socket'), resolve));
});
afterAll(async () => {
  await new Promise((resolve) => socketServer.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Both readers, as promises, so that every case below runs against each. */
const readers: [string, (path: string, max: number) => Promise<ReadBytes>, (path: string, max: number) => Promise<ReadText>][] = [
  ['readBoundedBytes', readBoundedBytes, readBoundedText],
  [
    'readBoundedBytesSync',
    (path, max) => Promise.resolve(readBoundedBytesSync(path, max)),
    (path, max) => Promise.resolve(readBoundedTextSync(path, max)),
  ],
];

/** Runs `read` as an unprivileged user when the tests run as root, who may read any file. */
async function unprivileged<T>(read: () => Promise<T>): Promise<T> {
  if (process.geteuid?.() !== 0) return read();
  process.seteuid?.(65534);
  try {
    return await read();
  } finally {
    process.seteuid?.(0);
  }
}

const text = (read: ReadBytes) => (read.ok ? new TextDecoder().decode(read.bytes) : read);

describe.each(readers)('%s', (_, readBytes, readText) => {
  it('reads a file whole, and an empty one as no bytes', async () => {
    expect(text(await readBytes(join(dir, 'plain.txt'), 1000))).toBe('plain text\n');
    const empty = await readBytes(join(dir, 'empty.txt'), 1000);
    expect(empty.ok && empty.bytes.length).toBe(0);
  });

  it('a FIFO is not a regular file, and is refused at once (a writer comes after 3 s to end a blocked open)', async () => {
    const fifo = join(dir, 'fifo');
    const rescue = spawn('sh', ['-c', `sleep 3; : > '${fifo}'`], { stdio: 'ignore' });
    const started = performance.now();
    try {
      expect(await readBytes(fifo, 1000)).toEqual({ ok: false, kind: 'not-regular' });
      expect(performance.now() - started).toBeLessThan(1500);
    } finally {
      rescue.kill();
    }
  });

  it.each([
    ['/dev/zero', '/dev/zero'],
    ['a socket', 'socket'],
    ['a directory', '.'],
  ])('%s is not a regular file', async (_, name) => {
    expect(await readBytes(name.startsWith('/') ? name : join(dir, name), 1000)).toEqual({ ok: false, kind: 'not-regular' });
  });

  it('a file over the limit is refused from its size, unread; one at the limit is read', async () => {
    expect(await readBytes(join(dir, 'sparse.txt'), 1000)).toEqual({ ok: false, kind: 'too-large', size: 40 * 1024 * 1024 });
    const atLimit = await readBytes(join(dir, 'exactly-1000.txt'), 1000);
    expect(atLimit.ok && atLimit.bytes.length).toBe(1000);
  });

  // Files under /proc say they have 0 bytes and then give more: they stand for a file that grows.
  it('a file that grows while it is read is read up to 64 KiB past its size, then refused', async () => {
    expect(statSync('/proc/self/smaps').size).toBe(0);
    expect(readFileSync('/proc/self/smaps').length).toBeGreaterThan(64 * 1024 + 1);
    expect(await readBytes('/proc/self/smaps', 16 * 1024 * 1024)).toEqual({
      ok: false,
      kind: 'unreadable',
      reason: 'the file grew while it was read',
    });
    const status = await readBytes('/proc/self/status', 16 * 1024 * 1024);
    expect(status.ok && text(status)).toMatch(/^Name:/);
    // Never more than one byte over the limit, whatever stat() said.
    expect(await readBytes('/proc/self/smaps', 1000)).toEqual({ ok: false, kind: 'too-large', size: 1001 });
  });

  it.each([
    ['a missing file', 'missing.txt', { ok: false, kind: 'not-found' }],
    ['a file it may not read', 'locked.txt', { ok: false, kind: 'unreadable', reason: 'permission denied' }],
    ['a loop of links', 'loop.txt', { ok: false, kind: 'unreadable', reason: 'ELOOP' }],
  ])('%s is a failure of its own kind', async (_, name, failure) => {
    expect(await unprivileged(() => readBytes(join(dir, name), 1000))).toEqual(failure);
  });

  it('decodes strictly: a BOM is dropped, a byte that is not UTF-8 is named', async () => {
    expect(await readText(join(dir, 'bom.txt'), 1000)).toMatchObject({ ok: true, text: 'after the mark' });
    expect(await readText(join(dir, 'latin1.txt'), 1000)).toEqual({ ok: false, kind: 'encoding', byte: 1 });
    expect(await readText(join(dir, 'missing.txt'), 1000)).toEqual({ ok: false, kind: 'not-found' });
  });
});

describe('readBoundedBytesSync', () => {
  it('gives what fstat() said of the file it read, to the nanosecond', () => {
    const read = readBoundedBytesSync(join(dir, 'plain.txt'), 1000);
    const onDisk = statSync(join(dir, 'plain.txt'), { bigint: true });
    expect(read.ok && [read.stats.ino, read.stats.size, read.stats.mtimeNs, read.stats.ctimeNs]).toEqual([
      onDisk.ino,
      onDisk.size,
      onDisk.mtimeNs,
      onDisk.ctimeNs,
    ]);
  });
});

describe('readUnlinkedBytesSync', () => {
  it.each(['plain.txt', 'empty.txt', 'exactly-1000.txt', 'sparse.txt', 'fifo', 'socket', 'missing.txt', '.'])(
    'answers for %s as readBoundedBytesSync does',
    (name) => {
      expect(readUnlinkedBytesSync(join(dir, name), 1000)).toEqual(readBoundedBytesSync(join(dir, name), 1000));
    },
  );

  it.each(['link-to-plain.txt', 'loop.txt'])('opens no symbolic link (%s), so that the caller checks where it leads', (name) => {
    expect(readUnlinkedBytesSync(join(dir, name), 1000)).toBeUndefined();
  });
});
