import { mkdtemp, mkdir, readFile, readdir, readlink, rm, symlink, writeFile, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputWriteError, writeOutputFile } from '../../src/cli/write-output.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Temp files the writer could have left behind, in any directory it touched. */
const leftovers = async (where = dir) => (await readdir(where)).filter((name) => name.endsWith('.tmp'));

describe('writeOutputFile', () => {
  it('writes a new file and leaves no temp file', async () => {
    const target = join(dir, 'out.md');
    await writeOutputFile(target, 'hello\n', { force: false });
    expect(await readFile(target, 'utf8')).toBe('hello\n');
    expect(await leftovers()).toEqual([]);
  });

  it('refuses to overwrite without force, naming the path and --force, and keeps the old content', async () => {
    const target = join(dir, 'out.md');
    await writeFile(target, 'old');
    const error = await writeOutputFile(target, 'new', { force: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error).toBeInstanceOf(Error);
    expect((error as OutputWriteError).code).toBe('EEXIST');
    expect((error as Error).message).toContain(target);
    expect((error as Error).message).toContain('--force');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await leftovers()).toEqual([]);
  });

  it('replaces an existing file with force', async () => {
    const target = join(dir, 'out.md');
    await writeFile(target, 'old');
    await writeOutputFile(target, 'new', { force: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await leftovers()).toEqual([]);
  });

  it('with force, writes through a symlink to a regular file and keeps the link', async () => {
    const victim = join(dir, 'victim.txt');
    const target = join(dir, 'out.md');
    await writeFile(victim, 'old export');
    await symlink(victim, target);
    await writeOutputFile(target, 'export', { force: true });
    expect(await readlink(target)).toBe(victim);
    expect(await readFile(victim, 'utf8')).toBe('export');
    expect(await leftovers()).toEqual([]);
  });

  it('without force, refuses a symlink, even a dangling one, and follows neither', async () => {
    const target = join(dir, 'out.md');
    const missing = join(dir, 'created-through-link.txt');
    await symlink(missing, target);
    await expect(writeOutputFile(target, 'x', { force: false })).rejects.toThrow(/already exists/);
    expect(await readlink(target)).toBe(missing);
    await expect(readFile(missing)).rejects.toThrow();
  });

  it.each([false, true])('refuses a directory as the target (force: %s)', async (force) => {
    const target = join(dir, 'sub');
    await mkdir(target);
    await expect(writeOutputFile(target, 'x', { force })).rejects.toMatchObject({
      code: 'EISDIR',
      message: expect.stringContaining('is a directory'),
    });
    expect((await lstat(target)).isDirectory()).toBe(true);
    expect(await leftovers()).toEqual([]);
  });

  it('reports a missing directory with the path and leaves nothing behind', async () => {
    const target = join(dir, 'no-such-dir', 'out.md');
    await expect(writeOutputFile(target, 'x', { force: true })).rejects.toMatchObject({
      code: 'ENOENT',
      message: `cannot write ${target}: the directory ${join(dir, 'no-such-dir')} does not exist`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a parent that is a file (ENOTDIR), which blocks even root', async () => {
    const file = join(dir, 'file');
    await writeFile(file, 'keep');
    const target = join(file, 'out.md');
    await expect(writeOutputFile(target, 'x', { force: false })).rejects.toMatchObject({
      code: 'ENOTDIR',
      message: expect.stringContaining(target),
    });
    expect(await readdir(dir)).toEqual(['file']);
    expect(await readFile(file, 'utf8')).toBe('keep');
  });

  it('rejects an empty name or a NUL byte', async () => {
    await expect(writeOutputFile('', 'x', { force: true })).rejects.toBeInstanceOf(OutputWriteError);
    await expect(writeOutputFile(join(dir, 'a\0b'), 'x', { force: true })).rejects.toThrow(/not a valid file name/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps one complete version when writes race without force: exactly one wins', async () => {
    const target = join(dir, 'out.md');
    const contents = Array.from({ length: 8 }, (_, k) => `writer ${k}\n`.repeat(1000));
    const results = await Promise.allSettled(contents.map((c) => writeOutputFile(target, c, { force: false })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(contents).toContain(await readFile(target, 'utf8'));
    expect(await leftovers()).toEqual([]);
  });

  it('keeps one complete version when writes race with force', async () => {
    const target = join(dir, 'out.md');
    const contents = Array.from({ length: 8 }, (_, k) => `writer ${k}\n`.repeat(1000));
    await Promise.all(contents.map((c) => writeOutputFile(target, c, { force: true })));
    expect(contents).toContain(await readFile(target, 'utf8'));
    expect(await leftovers()).toEqual([]);
  });
});
