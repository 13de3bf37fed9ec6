/**
 * The command line as users run it: the built bundle (dist/cli/perf-check.js, built first when
 * missing) under plain node, in a child process, on a synthetic .xlsx plan. Wall time and peak
 * memory from /usr/bin/time -v when the machine has it, else from the child's own
 * process.resourceUsage() (maxRSS) through a small wrapper. Medians over repeated runs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../build/builtOutput";
import { writeSyntheticPlanFile } from "../support/syntheticPlan";
import { median } from "./measure";

export interface CliTiming {
  indicators: number;
  fileBytes: number;
  runs: number;
  exitCode: number | null;
  wallMs: number;
  peakRssBytes: number;
  annotatedWallMs: number;
  annotatedPeakRssBytes: number;
  method: string;
}

export const CLI_BUNDLE = join(ROOT, "dist", "cli", "perf-check.js");
const TIME = "/usr/bin/time";

/** Builds the bundle with webpack when it is not there (npm run build makes it too). */
export function ensureCliBundle(): void {
  if (existsSync(CLI_BUNDLE)) return;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
}

/** Runs node with the wrapper that prints maxRSS (kB) to stderr after the command finishes. */
function wrapperScript(folder: string): string {
  const file = join(folder, "peak-rss.js");
  writeFileSync(
    file,
    `process.on("exit", () => process.stderr.write("\\nPEAK_RSS_KB " + process.resourceUsage().maxRSS + "\\n"));\n` +
      `process.argv.splice(1, 1);\nrequire(process.argv[1]);\n`,
  );
  return file;
}

function runOnce(args: string[], folder: string): { wallMs: number; peakRssBytes: number; exitCode: number | null } {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ["-v", process.execPath, CLI_BUNDLE, ...args] : [wrapperScript(folder), CLI_BUNDLE, ...args];
  const start = performance.now();
  const child = spawnSync(command, argv, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  const stderr = child.stderr ?? "";
  const kb = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : /PEAK_RSS_KB (\d+)/.exec(stderr)?.[1];
  return { wallMs, peakRssBytes: Number(kb ?? Number.NaN) * 1024, exitCode: child.status };
}

export async function benchCli(indicators = 10_000, runs = 3): Promise<CliTiming> {
  ensureCliBundle();
  const folder = mkdtempSync(join(tmpdir(), "perf-bench-cli-"));
  try {
    const file = join(folder, `piano-${indicators}.xlsx`);
    await writeSyntheticPlanFile(file, { objectives: Math.ceil(indicators / 10), indicatorsPerObjective: Math.min(10, indicators), seed: 1, defectRate: 0.02 });
    const plain = Array.from({ length: runs }, () => runOnce([file], folder));
    const annotated = Array.from({ length: runs }, (_, i) => runOnce([file, "--annota", join(folder, `annotato-${i}.xlsx`)], folder));
    return {
      indicators,
      fileBytes: statSync(file).size,
      runs,
      exitCode: plain[0]?.exitCode ?? null,
      wallMs: median(plain.map((run) => run.wallMs)),
      peakRssBytes: median(plain.map((run) => run.peakRssBytes)),
      annotatedWallMs: median(annotated.map((run) => run.wallMs)),
      annotatedPeakRssBytes: median(annotated.map((run) => run.peakRssBytes)),
      method: existsSync(TIME) ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS",
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
