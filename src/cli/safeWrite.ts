/**
 * Writing a file so that neither a crash nor another user of the folder can make it go
 * elsewhere or leave half of it (perf-check often runs as root, in folders others can write):
 *
 * - the target must be a regular file or a new name: a symbolic link, a device (/dev/null), a
 *   FIFO, a socket or a folder is refused, never replaced nor written through;
 * - the bytes go to a temporary file in the target's folder, with a name nobody can guess
 *   (random), created exclusively (O_EXCL) and without following links (O_NOFOLLOW): a file or a
 *   link planted in advance makes the write fail, it is never written through;
 * - the temporary file is renamed onto the target only when complete, so a reader never sees
 *   half a workbook; rename replaces the name, never writes into the file it named;
 * - SIGINT, SIGTERM and SIGHUP during the write remove the temporary file before the process
 *   ends with that signal; a temporary file left by SIGKILL (or a power cut) is removed by the
 *   next write of the same target, once its process is gone and it is a minute old (a newer one
 *   may be a write in progress from another container sharing the folder).
 */
import { randomBytes } from "node:crypto";
import { constants as fsConstants, promises as fs, unlinkSync } from "node:fs";
import * as path from "node:path";

/** Why a target is refused before anything is written. */
export type UnsafeTargetCode = "symlink" | "folder" | "notRegular" | "folderMissing" | "folderNotAFolder";

export class UnsafeTargetError extends Error {
  constructor(
    readonly code: UnsafeTargetCode,
    readonly target: string,
  ) {
    super(`${code}: ${target}`);
    this.name = "UnsafeTargetError";
  }
}

const TEMPORARY_MARK = "perf-check";
/** Enough of the target's name to recognise the temporary file, short enough for any file system. */
const NAME_PREFIX_LENGTH = 80;

function temporaryPrefix(target: string): string {
  return `.${path.basename(target).slice(0, NAME_PREFIX_LENGTH)}.${TEMPORARY_MARK}-`;
}

/** A temporary file untouched for this long, of a process that is gone, is a leftover. */
const STALE_AFTER_MS = 60_000;

/** The temporary files of this process, removed if a signal stops it. */
const active = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function removeActiveAndRaise(signal: NodeJS.Signals): void {
  for (const temporary of active) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone.
    }
  }
  active.clear();
  for (const name of SIGNALS) process.removeListener(name, removeActiveAndRaise);
  // Without our listener the signal does what it would have done: end the process, as killed by it.
  process.kill(process.pid, signal);
}

function track(temporary: string): void {
  if (active.size === 0) for (const signal of SIGNALS) process.on(signal, removeActiveAndRaise);
  active.add(temporary);
}

function untrack(temporary: string): void {
  active.delete(temporary);
  if (active.size === 0) for (const signal of SIGNALS) process.removeListener(signal, removeActiveAndRaise);
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** What is at `target` now, without following a link: nothing, a regular file, or a refusal. */
async function targetProblem(target: string): Promise<UnsafeTargetCode | null> {
  try {
    const folder = await fs.stat(path.dirname(target));
    if (!folder.isDirectory()) return "folderNotAFolder";
  } catch (error) {
    return errorCode(error) === "ENOTDIR" ? "folderNotAFolder" : "folderMissing";
  }
  try {
    const found = await fs.lstat(target);
    if (found.isFile()) return null;
    if (found.isSymbolicLink()) return "symlink";
    return found.isDirectory() ? "folder" : "notRegular";
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

/** Refuses a target that is not a regular file or a new name in an existing folder. */
export async function checkWriteTarget(target: string): Promise<void> {
  const problem = await targetProblem(target);
  if (problem) throw new UnsafeTargetError(problem, target);
}

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/**
 * Removes the temporary files of earlier writes of this target whose process is gone (killed
 * with SIGKILL, or the machine stopped) and that are over a minute old. Only regular files named
 * by perf-check are removed; unlink removes a name, never what a link points to.
 */
async function removeStaleTemporaries(target: string): Promise<void> {
  const folder = path.dirname(target);
  const prefix = temporaryPrefix(target);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const match = /^(\d+)-[0-9a-f]{16}\.tmp$/.exec(name.slice(prefix.length));
    const file = path.join(folder, name);
    if (!match || active.has(file)) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isProcessAlive(pid)) continue;
    try {
      const found = await fs.lstat(file);
      // A recent one may be another machine's or container's write in progress (its pid means nothing here).
      if (found.isFile() && Date.now() - found.mtimeMs > STALE_AFTER_MS) await fs.unlink(file);
    } catch {
      // Removed by someone else meanwhile.
    }
  }
}

/**
 * Writes `content` (bytes, or chunks as they come) to `target` through an exclusive temporary
 * file in the same folder, then renames it. Throws UnsafeTargetError for a target that is not a
 * regular file or a new name, and the file system's error otherwise; never leaves the temporary file.
 */
export async function writeFileAtomically(target: string, content: Uint8Array | AsyncIterable<Uint8Array>): Promise<void> {
  await checkWriteTarget(target);
  await removeStaleTemporaries(target);
  const temporary = path.join(path.dirname(target), `${temporaryPrefix(target)}${process.pid}-${randomBytes(8).toString("hex")}.tmp`);
  const flags = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_NOFOLLOW;
  const handle = await fs.open(temporary, flags, 0o666);
  track(temporary);
  try {
    try {
      if (content instanceof Uint8Array) await handle.writeFile(content);
      else for await (const chunk of content) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Checked again just before the rename: the target may have been replaced meanwhile.
    await checkWriteTarget(target);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    untrack(temporary);
  }
}
