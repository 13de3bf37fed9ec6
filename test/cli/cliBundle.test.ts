/**
 * The npm bin: webpack's "cli" configuration builds dist/cli/perf-check.js, a Node script with a
 * shebang that runs without tsx (exceljs stays an external dependency). Built here into a
 * temporary folder, so the test never depends on a stale dist/.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import packageJson from "../../package.json";
import { EXAMPLE_WORKBOOK, REPO, STACK_LINE, temporaryFolder } from "./support/cliRunner";

let script: string;

/** The temporary build is outside the repository: its external exceljs is found through NODE_PATH. */
function runBuilt(...argv: string[]) {
  const env = { ...process.env, NODE_PATH: path.join(REPO, "node_modules") };
  return spawnSync(process.execPath, [script, ...argv], { cwd: REPO, encoding: "utf8", env });
}

beforeAll(async () => {
  const outputPath = await temporaryFolder("perf-check-build-");
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO] });
  execFileSync(process.execPath, [webpack, "--mode", "production", "--config-name", "cli", "--env", `outputPath=${outputPath}`], { cwd: REPO, stdio: "pipe" });
  script = path.join(outputPath, "cli", "perf-check.js");
});

describe("the built perf-check command", () => {
  it("is where package.json's bin points, under the output folder, and starts with a node shebang", async () => {
    expect(packageJson.bin["perf-check"]).toBe("dist/cli/perf-check.js");
    expect((await fs.readFile(script, "utf8")).split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("runs under plain node: report, exit 1 on the example, exit 2 on a missing file", () => {
    const example = runBuilt(EXAMPLE_WORKBOOK, "--json");
    expect(example.status).toBe(1);
    expect(JSON.parse(example.stdout)).toMatchObject({ plan: { period: "30/6" } });
    const missing = runBuilt("non-esiste.xlsx");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/non esiste/);
    expect(missing.stderr).not.toMatch(STACK_LINE);
  });
});
