/**
 * Where `--annota` writes: the path given, for one file; for several files the path
 * must be an existing folder, and each copy is "<name>-annotato.xlsx" in it (numbered
 * when two inputs share a name). A target that is one of the inputs is refused: the
 * input is never overwritten.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Messages } from "./messages";

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
  for (const target of targets) {
    if (inputs.has(await canonical(target))) return { ok: false, message: messages.annotateIsInput(target) };
  }
  return { ok: true, targets };
}
