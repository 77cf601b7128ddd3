// Writing an export file so that the target holds either its old content or the complete new
// content, never a partial file.
//
// The content goes to a temp file in the SAME directory (a rename across file systems fails
// with EXDEV), is fsynced, and then:
//   - with `force`, renamed over the target: rename replaces a symlink itself rather than the
//     file it points to, so `out.md -> victim.txt` leaves the victim untouched;
//   - without it, hard-linked to the target: link() fails with EEXIST atomically when the
//     target exists, so there is no check-then-write race (the `wx` flag's guarantee, without
//     exposing a half-written target). The temp name is then unlinked.
// On any failure the temp file is removed and the previous target is left as it was.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface WriteOutputOptions {
  readonly force: boolean;
}

/** A failed write, with the path and a reason a person can act on. `code` is Node's (EEXIST…). */
export class OutputWriteError extends Error {
  override readonly name = 'OutputWriteError';
  constructor(
    readonly path: string,
    readonly code: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot write ${path}: ${reason}`, options);
  }
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';

function reasonFor(code: string, path: string, error: unknown): string {
  switch (code) {
    case 'EEXIST':
      return 'the file already exists (use --force to replace it)';
    case 'ENOENT':
      return `the directory ${dirname(path)} does not exist`;
    case 'ENOTDIR':
      return 'a parent of it is not a directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function failure(path: string, error: unknown): OutputWriteError {
  if (error instanceof OutputWriteError) return error;
  const code = errorCode(error);
  return new OutputWriteError(path, code, reasonFor(code, path, error), { cause: error });
}

export async function writeOutputFile(path: string, content: string, options: WriteOutputOptions): Promise<void> {
  if (path === '' || path.includes('\0')) throw new OutputWriteError(path, 'EINVAL', 'not a valid file name');
  const target = resolve(path);
  const directory = dirname(target);
  const temp = join(directory, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

  // A directory is never replaced, with or without --force (rename would fail or, for an
  // empty directory on some systems, succeed). lstat: a symlink is judged as itself.
  const existing = await lstat(target).catch((error: unknown) =>
    errorCode(error) === 'ENOENT' ? undefined : Promise.reject(failure(path, error)),
  );
  if (existing?.isDirectory()) throw new OutputWriteError(path, 'EISDIR', 'it is a directory');
  if (existing !== undefined && !options.force) throw new OutputWriteError(path, 'EEXIST', reasonFor('EEXIST', path, undefined));

  let tempCreated = false;
  try {
    const handle = await open(temp, 'wx', 0o666);
    tempCreated = true;
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await rename(temp, target);
      tempCreated = false;
    } else {
      await linkNoClobber(temp, target);
    }
    await syncDirectory(directory);
  } catch (error) {
    throw failure(path, error);
  } finally {
    if (tempCreated) await unlink(temp).catch(() => undefined);
  }
}

/** Creates `target` from `temp` only if it does not exist yet, atomically. */
async function linkNoClobber(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = errorCode(error);
    // File systems without hard links (FAT, some network mounts): COPYFILE_EXCL still refuses
    // an existing target atomically, though a crash mid-copy could leave a partial new file.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    try {
      await copyFile(temp, target, constants.COPYFILE_EXCL);
    } catch (copyError) {
      // Remove only what this call created: with EEXIST the file is someone else's.
      if (errorCode(copyError) !== 'EEXIST') await unlink(target).catch(() => undefined);
      throw copyError;
    }
  }
}

/** Makes the rename or link durable; best effort, as not every platform can fsync a directory. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file itself is complete and in place; only durability across a power cut is weaker.
  }
}
