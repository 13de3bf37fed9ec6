/**
 * The build the tests look at. `npm test` runs `npm run build` first, so dist/ is fresh and
 * is used as it is. When dist/ is missing or older than its sources (jest run on its own after
 * an edit), the real webpack CLI builds into a temporary folder instead, so that a test never
 * checks stale output and never races another test writing to dist/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

export type BuildScope = "functions" | "addin";

const OUTPUTS: Record<BuildScope, string[]> = {
  functions: ["functions.js", "functions.json", "functions.en-US.json"],
  addin: ["functions.js", "functions.json", "functions.en-US.json", "taskpane.js", "taskpane.html", "manifest.xml"],
};

const INPUTS: Record<BuildScope, string[]> = {
  functions: ["src/functions", "src/core", "webpack.config.js", "manifest.xml", "assets", "package.json", "tsconfig.json"],
  addin: ["src", "webpack.config.js", "manifest.xml", "assets", "package.json", "tsconfig.json"],
};

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestModification(join(path, name))), stats.mtimeMs);
}

function isFresh(scope: BuildScope): boolean {
  const outputs = OUTPUTS[scope].map((name) => join(DIST, name));
  if (!outputs.every((file) => existsSync(file))) return false;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const newestInput = Math.max(...INPUTS[scope].map((input) => newestModification(join(ROOT, input))));
  return oldestOutput >= newestInput;
}

/** Runs the webpack CLI on webpack.config.js, production mode, into `outputPath`. */
export function runWebpack(outputPath: string, env: Record<string, string> = {}): void {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const envArgs = Object.entries({ ...env, outputPath }).flatMap(([key, value]) => ["--env", `${key}=${value}`]);
  execFileSync(process.execPath, [cli, "--mode", "production", ...envArgs], { cwd: ROOT, stdio: "pipe" });
}

export interface BuildOutput {
  directory: string;
  /** Removes the temporary build, if one was made. */
  dispose(): void;
}

export function builtOutput(scope: BuildScope): BuildOutput {
  if (isFresh(scope)) return { directory: DIST, dispose: () => undefined };
  const directory = mkdtempSync(join(tmpdir(), "perf-build-"));
  runWebpack(directory, scope === "functions" ? { entries: "functions" } : {});
  return { directory, dispose: () => rmSync(directory, { recursive: true, force: true }) };
}
