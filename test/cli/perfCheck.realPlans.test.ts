/**
 * perf-check on real published plans: each workbook.json under test/fixtures/real is written to a
 * temporary .xlsx with the project's workbook writer and checked with --json, as an OIV would check
 * the file an office sent. The exit code is the document's verdict (expected.json, worked out by
 * hand); where a fixture states no exit code, a plan must at least be found in it.
 */
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { writeWorkbookFile } from "../../src/cli/writeWorkbook";
import { REAL_PLANS, sheetContentOf } from "../core/plan/realPlanFixtures";
import { type CliRun, runCli, temporaryFolder } from "./support/cliRunner";

const EXIT_MEANING: Record<number, string> = { 0: "no errors", 1: "errors found", 3: "readable, but no plan in it" };


describe.each(REAL_PLANS)("perf-check --json on the real plan $slug", ({ slug, workbook, expected }) => {
  let run: CliRun;
  let report: JsonReport | null = null;

  beforeAll(async () => {
    const file = path.join(await temporaryFolder("perf-check-real-"), `${slug}.xlsx`);
    await writeWorkbookFile(file, workbook.sheets.map(sheetContentOf));
    run = await runCli([file, "--json"]);
    try {
      report = JSON.parse(run.stdout) as JsonReport;
    } catch {
      report = null;
    }
  });

  if (expected.exitCode !== undefined) {
    it(`exits with ${expected.exitCode} (${EXIT_MEANING[expected.exitCode] ?? "?"})`, () => {
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: expected.exitCode, stderr: "" });
    });
  } else {
    it("finds a plan in it (exit 0 or 1)", () => {
      expect([0, 1]).toContain(run.code);
    });
  }

  if (expected.objectives !== undefined && expected.indicators !== undefined) {
    it(`reports ${expected.indicators} indicators in ${expected.objectives} objective(s)`, () => {
      expect(report?.plan ?? run.stderr).toMatchObject({ objectives: expected.objectives, indicators: expected.indicators });
    });
  }
});

describe("perf-check's text report on real plans", () => {
  it.each(REAL_PLANS.map(({ slug, workbook }) => [slug, workbook] as const))("names each objective of %s once in its group's heading, even when the plan has no codes and its title stands for one", async (slug, workbook) => {
    const file = path.join(await temporaryFolder("perf-check-real-text-"), `${slug}.xlsx`);
    await writeWorkbookFile(file, workbook.sheets.map(sheetContentOf));
    const run = await runCli([file]);
    const repeated = run.stdout.split("\n").filter((line) => {
      const [code, title, ...rest] = line.split(" – ");
      return rest.length === 0 && code !== undefined && code !== "" && code === title;
    });
    expect(repeated).toEqual([]);
  });
});
