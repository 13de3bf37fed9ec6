/**
 * Where `--annota` writes: the path given, for one file; for several files the path
 * must be an existing folder, and each copy is "<name>-annotato.xlsx" in it (numbered
 * when two inputs share a name). A target that is one of the inputs (by path, through links,
 * or as another name of the same file) is refused: the input is never overwritten. So is a
 * target that is not a regular file or a new name in an existing folder (safeWrite.ts), before
 * any file is checked.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Messages } from "./messages";
import { checkWriteTarget, UnsafeTargetError } from "./safeWrite";

export type AnnotationTargets = { ok: true; targets: string[] } | { ok: false; message: string };

async function isFolder(candidate: string): Promise<boolean> {
  try {
    return (await fs.stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

async function canonical(candidate: string): Promise<string> {
  try {
    return await fs.realpath(candidate);
  } catch {
    return path.resolve(candidate);
  }
}

/** Device and inode of a file ("dev:ino"): two names of the same file (a hard link) share them. */
async function fileIdentity(candidate: string, followLinks = true): Promise<string | null> {
  try {
    const found = followLinks ? await fs.stat(candidate) : await fs.lstat(candidate);
    return found.isFile() ? `${found.dev}:${found.ino}` : null;
  } catch {
    return null;
  }
}

function copyName(file: string, taken: Set<string>): string {
  const stem = path.basename(file, path.extname(file));
  let name = `${stem}-annotato.xlsx`;
  for (let n = 2; taken.has(name); n += 1) name = `${stem}-annotato-${n}.xlsx`;
  taken.add(name);
  return name;
}

export async function annotationTargets(files: readonly string[], annotate: string, messages: Messages): Promise<AnnotationTargets> {
  let targets: string[];
  if (await isFolder(annotate)) {
    const taken = new Set<string>();
    targets = files.map((file) => path.join(annotate, copyName(file, taken)));
  } else if (files.length > 1) {
    return { ok: false, message: messages.annotateNeedsFolder(annotate) };
  } else {
    targets = [annotate];
  }
  const inputs = new Set(await Promise.all(files.map(canonical)));
  const inputFiles = new Set((await Promise.all(files.map((file) => fileIdentity(file)))).filter((identity) => identity !== null));
  for (const target of targets) {
    const identity = await fileIdentity(target, false);
    if (inputs.has(await canonical(target)) || (identity !== null && inputFiles.has(identity))) {
      return { ok: false, message: messages.annotateIsInput(target) };
    }
    try {
      await checkWriteTarget(target);
    } catch (error) {
      if (error instanceof UnsafeTargetError) return { ok: false, message: messages.unsafeTarget(error.code, target) };
      throw error;
    }
  }
  return { ok: true, targets };
}
