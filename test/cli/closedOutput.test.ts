/**
 * perf-check whose reader stops reading (`perf-check piano.xlsx | head`): the closed output is
 * left alone and the run ends with its exit code, never with a stack trace.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { EXAMPLE_WORKBOOK, REPO, STACK_LINE } from "./support/cliRunner";

describe("perf-check with its output closed by the reader", () => {
  it("ends with the plan's exit code and no stack trace", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO, "src", "cli", "perfCheck.ts"), EXAMPLE_WORKBOOK], {
      cwd: REPO,
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Closed before the command can write anything: every write to stdout fails with EPIPE.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (exitCode) => resolve(exitCode)));
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(1);
  }, 30_000);
});
