// Writing an export file so that the target holds either its old content or the complete new
// content, never a partial file, and so that nothing but a regular file is ever replaced.
//
// The content goes to a temp file in the SAME directory (a rename across file systems fails
// with EXDEV), is fsynced, and then:
//   - with `force`, renamed over the target. A symlink to a regular file is followed: the file
//     it points to is replaced and the link kept (renaming over the link would silently turn it
//     into a file). The replaced file's mode and, where allowed, owner are kept: `--force` must
//     not turn a `chmod 600` export into a world-readable one.
//   - without it, hard-linked to the target: link() fails with EEXIST atomically when the
//     target exists, so there is no check-then-write race (the `wx` flag's guarantee, without
//     exposing a half-written target). The temp name is then unlinked.
// A target that is not a regular file (a device such as /dev/full, a FIFO, a socket, a link to
// one such as /dev/stdout, a directory) is refused with or without `force`: renaming over it
// would replace the device node itself, which as root destroys a system file.
// On any failure, and on SIGINT/SIGTERM/SIGHUP, the temp file is removed and the previous target
// is left as it was.
import { constants } from 'node:fs';
import { copyFile, link, lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Stats } from 'node:fs';
import { removeOnInterrupt, sweepStaleTempFiles, tempNameFor } from './temp-files.js';

export interface WriteOutputOptions {
  readonly force: boolean;
  /** Called with the path that will really be written (a link's target): throw to refuse it. */
  readonly check?: (finalPath: string) => Promise<void>;
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
    case 'ENAMETOOLONG':
      return 'the file name is too long';
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

/**
 * Every refusal writeOutputFile would make before writing (a bad name, a directory, a device, an
 * existing file without `force`, the caller's check): lets a caller that writes several files
 * refuse them all before it writes any. Returns the path that will be written and what it replaces.
 */
export async function checkOutputTarget(
  path: string,
  options: WriteOutputOptions,
): Promise<{ target: string; existing: Stats | undefined }> {
  if (path === '' || path.includes('\0')) throw new OutputWriteError(path, 'EINVAL', 'not a valid file name');
  // resolve() drops a trailing slash, which would turn "newdir/" into a file called newdir.
  if (/[/\\]\.{0,2}$/.test(path) || path === '.' || path === '..')
    throw new OutputWriteError(path, 'EISDIR', 'the name ends in a directory separator; give a file name');
  const found = await finalTarget(resolve(path), path, options.force);
  await options.check?.(found.target);
  return found;
}

export async function writeOutputFile(path: string, content: string, options: WriteOutputOptions): Promise<void> {
  const { target, existing } = await checkOutputTarget(path, options);
  const directory = dirname(target);
  await sweepStaleTempFiles(directory);
  const temp = tempNameFor(directory);

  let tempCreated = false;
  const release = removeOnInterrupt(temp);
  try {
    // A new file gets 0666 less the umask, as from the shell; a replacement is owner-only until
    // its final owner and mode are in place.
    const handle = await open(temp, 'wx', existing === undefined ? 0o666 : 0o600);
    tempCreated = true;
    try {
      await handle.writeFile(content, 'utf8');
      await keepOwnerAndMode(handle, existing);
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
    release();
  }
}

/**
 * The file to write and what it replaces: a missing target; an existing regular file (only with
 * `force`); or, with `force`, the regular file a symlink points to.
 */
async function finalTarget(target: string, given: string, force: boolean): Promise<{ target: string; existing: Stats | undefined }> {
  const orMissing = (error: unknown) => (errorCode(error) === 'ENOENT' ? undefined : Promise.reject(failure(given, error)));
  const itself = await lstat(target).catch(orMissing);
  if (itself === undefined) return { target, existing: undefined };
  if (itself.isDirectory()) throw new OutputWriteError(given, 'EISDIR', 'it is a directory');
  const followed = itself.isSymbolicLink() ? await stat(target).catch(orMissing) : itself;
  if (followed !== undefined && !followed.isFile())
    throw new OutputWriteError(given, 'ENOTREG', `${describeKind(followed)}; only a regular file is ever replaced`);
  if (!force) throw new OutputWriteError(given, 'EEXIST', reasonFor('EEXIST', given, undefined));
  if (followed === undefined)
    throw new OutputWriteError(given, 'ENOENT', 'it is a link to a file that does not exist; give the file itself');
  if (!itself.isSymbolicLink()) return { target, existing: itself };
  const real = await realpath(target).catch((error: unknown) => Promise.reject(failure(given, error)));
  return { target: real, existing: followed };
}

function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'it is a directory';
  if (info.isFIFO()) return 'it is a FIFO (named pipe)';
  if (info.isSocket()) return 'it is a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'it is a device';
  return 'it is not a regular file';
}

/** The replaced file's owner (best effort: only root may give a file away) and permission bits. */
async function keepOwnerAndMode(handle: FileHandle, existing: Stats | undefined): Promise<void> {
  if (existing === undefined) return;
  await handle.chown(existing.uid, existing.gid).catch(() => undefined);
  await handle.chmod(existing.mode & 0o7777);
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
