import { createRequire as __dossierCreateRequire } from 'node:module';
const require = __dossierCreateRequire(import.meta.url);

// src/cli/write-output.ts
import { constants } from "node:fs";
import { copyFile, link, lstat as lstat2, open, realpath, rename, stat, unlink as unlink2 } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/cli/temp-files.ts
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { lstat, readdir, unlink } from "node:fs/promises";
import { join } from "node:path";
var TEMP_NAME = /^\.dossier-(\d{1,10})-[0-9a-f]{12}\.tmp$/;
var HANDLED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var STALE_AFTER_DEAD_MS = 6e4;
var STALE_AFTER_MS = 60 * 6e4;
function tempNameFor(directory, pid = process.pid) {
  return join(directory, `.dossier-${String(pid)}-${randomBytes(6).toString("hex")}.tmp`);
}
var pending = /* @__PURE__ */ new Set();
function removeOnInterrupt(file) {
  if (pending.size === 0) for (const signal of HANDLED_SIGNALS) process.on(signal, onSignal);
  pending.add(file);
  return () => {
    pending.delete(file);
    if (pending.size === 0) for (const signal of HANDLED_SIGNALS) process.off(signal, onSignal);
  };
}
function onSignal(signal) {
  removePending();
  for (const handled of HANDLED_SIGNALS) process.off(handled, onSignal);
  process.kill(process.pid, signal);
}
function removePending() {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
    }
  }
  pending.clear();
}
async function sweepStaleTempFiles(directory, options = defaultSweepOptions()) {
  const removed = [];
  let names;
  try {
    names = await readdir(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const file = join(directory, name);
    try {
      const info = await lstat(file);
      if (!info.isFile() || options.uid !== void 0 && info.uid !== options.uid) continue;
      const age = options.now - info.mtimeMs;
      const pid = Number(match[1]);
      const stale = age > STALE_AFTER_MS || age > STALE_AFTER_DEAD_MS && pid !== process.pid && !options.isAlive(pid);
      if (!stale) continue;
      await unlink(file);
      removed.push(file);
    } catch {
    }
  }
  return removed;
}
function defaultSweepOptions() {
  return { now: Date.now(), uid: process.getuid?.(), isAlive: pidIsAlive };
}
function pidIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/cli/write-output.ts
var OutputWriteError = class extends Error {
  constructor(path, code, reason, options) {
    super(`cannot write ${path}: ${reason}`, options);
    this.path = path;
    this.code = code;
  }
  path;
  code;
  name = "OutputWriteError";
};
var errorCode = (error) => typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "EIO";
function reasonFor(code, path, error) {
  switch (code) {
    case "EEXIST":
      return "the file already exists (use --force to replace it)";
    case "ENOENT":
      return `the directory ${dirname(path)} does not exist`;
    case "ENOTDIR":
      return "a parent of it is not a directory";
    case "EISDIR":
      return "it is a directory";
    case "ENAMETOOLONG":
      return "the file name is too long";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is exceeded";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
function failure(path, error) {
  if (error instanceof OutputWriteError) return error;
  const code = errorCode(error);
  return new OutputWriteError(path, code, reasonFor(code, path, error), { cause: error });
}
async function checkOutputTarget(path, options) {
  if (path === "" || path.includes("\0")) throw new OutputWriteError(path, "EINVAL", "not a valid file name");
  if (/[/\\]\.{0,2}$/.test(path) || path === "." || path === "..")
    throw new OutputWriteError(path, "EISDIR", "the name ends in a directory separator; give a file name");
  const found = await finalTarget(resolve(path), path, options.force);
  await options.check?.(found.target);
  return found;
}
async function writeOutputFile(path, content, options) {
  const { target, existing } = await checkOutputTarget(path, options);
  const directory = dirname(target);
  await sweepStaleTempFiles(directory);
  const temp = tempNameFor(directory);
  let tempCreated = false;
  const release = removeOnInterrupt(temp);
  try {
    const handle = await open(temp, "wx", existing === void 0 ? 438 : 384);
    tempCreated = true;
    try {
      await handle.writeFile(content, "utf8");
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
    if (tempCreated) await unlink2(temp).catch(() => void 0);
    release();
  }
}
async function finalTarget(target, given, force) {
  const orMissing = (error) => errorCode(error) === "ENOENT" ? void 0 : Promise.reject(failure(given, error));
  const itself = await lstat2(target).catch(orMissing);
  if (itself === void 0) return { target, existing: void 0 };
  if (itself.isDirectory()) throw new OutputWriteError(given, "EISDIR", "it is a directory");
  const followed = itself.isSymbolicLink() ? await stat(target).catch(orMissing) : itself;
  if (followed !== void 0 && !followed.isFile())
    throw new OutputWriteError(given, "ENOTREG", `${describeKind(followed)}; only a regular file is ever replaced`);
  if (!force) throw new OutputWriteError(given, "EEXIST", reasonFor("EEXIST", given, void 0));
  if (followed === void 0)
    throw new OutputWriteError(given, "ENOENT", "it is a link to a file that does not exist; give the file itself");
  if (!itself.isSymbolicLink()) return { target, existing: itself };
  const real = await realpath(target).catch((error) => Promise.reject(failure(given, error)));
  return { target: real, existing: followed };
}
function describeKind(info) {
  if (info.isDirectory()) return "it is a directory";
  if (info.isFIFO()) return "it is a FIFO (named pipe)";
  if (info.isSocket()) return "it is a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "it is a device";
  return "it is not a regular file";
}
async function keepOwnerAndMode(handle, existing) {
  if (existing === void 0) return;
  await handle.chown(existing.uid, existing.gid).catch(() => void 0);
  await handle.chmod(existing.mode & 4095);
}
async function linkNoClobber(temp, target) {
  try {
    await link(temp, target);
  } catch (error) {
    const code = errorCode(error);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw error;
    try {
      await copyFile(temp, target, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if (errorCode(copyError) !== "EEXIST") await unlink2(target).catch(() => void 0);
      throw copyError;
    }
  }
}
async function syncDirectory(directory) {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}

export {
  OutputWriteError,
  checkOutputTarget,
  writeOutputFile
};
