/**
 * The real command, as a separate process (tsx running src/cli/perfCheck.ts, as `npm run demo`
 * does): exit codes 0, 1 and 2 reach the shell, and a failure prints a message, never a stack trace.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { EXAMPLE_WORKBOOK, REPO, STACK_LINE } from "./support/cliRunner";

const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
const ENTRY = path.join(REPO, "src", "cli", "perfCheck.ts");

function perfCheck(...argv: string[]) {
  const run = spawnSync(TSX, [ENTRY, ...argv], { cwd: REPO, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("perf-check as a process", () => {
  it("passes exit codes 1, 0 and 2 to the shell, with messages and never a stack trace", () => {
    const withErrors = perfCheck(EXAMPLE_WORKBOOK);
    expect(withErrors.code).toBe(1);
    expect(withErrors.stdout).toMatch(/Punteggi per responsabile/);
    expect(withErrors.stderr).toBe("");

    // The demo's command: the same report, exit 0.
    expect(perfCheck("--esito-zero", EXAMPLE_WORKBOOK).code).toBe(0);

    const missing = perfCheck(path.join(REPO, "non-esiste.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/non esiste/);
    expect(missing.stderr).not.toMatch(STACK_LINE);
  });
});
