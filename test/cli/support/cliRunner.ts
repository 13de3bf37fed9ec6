/** Runs the command line in-process, with captured output, and helps make temporary workbooks. */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../../src/cli/perfCheck";

export const REPO = path.resolve(__dirname, "..", "..", "..");
export const EXAMPLE_WORKBOOK = path.join(REPO, "assets", "piano-performance-2020.xlsx");
export const EXAMPLE_FIXTURE = path.join(REPO, "assets", "plan-2020.json");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** A fresh folder under the system's temporary folder. */
export async function temporaryFolder(prefix = "perf-check-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Writes a rules file (`--regole`) in `folder`: a text as it is, anything else as JSON; returns its path. */
export async function writeRulesFile(folder: string, name: string, rules: unknown): Promise<string> {
  const file = path.join(folder, name);
  await fs.writeFile(file, typeof rules === "string" ? rules : JSON.stringify(rules));
  return file;
}

export async function sha256(file: string): Promise<string> {
  return createHash("sha256").update(await fs.readFile(file)).digest("hex");
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** A JavaScript stack trace line ("    at main (/src/cli/perfCheck.ts:12:3)"). */
export const STACK_LINE = /^\s+at\s.+(\(|:\d+)/m;
