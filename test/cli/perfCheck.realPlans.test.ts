/**
 * perf-check on real published plans: each workbook.json under test/fixtures/real is written to a
 * temporary .xlsx with the project's workbook writer and checked with --json, as an OIV would check
 * the file an office sent. The exit code is the document's verdict (expected.json, worked out by
 * hand); where a fixture states no exit code, a plan must at least be found in it.
 */
import * as path from "node:path";
import type { JsonReport } from "../../src/cli/formatJsonReport";
import { writeWorkbookFile } from "../../src/cli/writeWorkbook";
import type { Grid } from "../../src/core/plan/grid";
import { parseA1 } from "../../src/core/plan/a1";
import type { SheetCellValue, SheetContent } from "../../src/core/report/sheetContent";
import { REAL_PLANS } from "../core/plan/realPlanFixtures";
import { type CliRun, runCli, temporaryFolder } from "./support/cliRunner";

const EXIT_MEANING: Record<number, string> = { 0: "no errors", 1: "errors found", 3: "readable, but no plan in it" };

/** A fixture sheet as the writer takes it: the values placed at their origin. */
function sheetContent(grid: Grid): SheetContent {
  const origin = parseA1(grid.origin);
  const top = origin?.row ?? 0;
  const left = origin?.col ?? 0;
  const rows: SheetCellValue[][] = Array.from({ length: top }, () => []);
  for (const row of grid.values) rows.push([...Array.from({ length: left }, () => null), ...row.map((cell) => (cell === "" || cell === undefined ? null : (cell as SheetCellValue)))]);
  return { name: grid.sheet, rows };
}

describe.each(REAL_PLANS)("perf-check --json on the real plan $slug", ({ slug, workbook, expected }) => {
  let run: CliRun;
  let report: JsonReport | null = null;

  beforeAll(async () => {
    const file = path.join(await temporaryFolder("perf-check-real-"), `${slug}.xlsx`);
    await writeWorkbookFile(file, workbook.sheets.map(sheetContent));
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
