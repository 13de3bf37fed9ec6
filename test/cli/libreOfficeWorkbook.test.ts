/**
 * A workbook saved by LibreOffice (test/fixtures/libreoffice, made once from the example plan):
 * perf-check reports on it exactly as on the original, and its annotated copy keeps every value,
 * formula and number format of its sheets, cell by cell, with nothing listed as lost (its empty
 * custom properties part holds nothing).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { readWorkbookFile } from "../../src/cli/readWorkbookFile";
import { ANOMALIES_SHEET, SUMMARY_SHEET } from "../../src/core/report/reportSheets";
import type { Grid } from "../../src/core/plan/grid";
import { EXAMPLE_WORKBOOK, REPO, runCli, temporaryFolder } from "./support/cliRunner";

const SAVED_BY_LIBREOFFICE = path.join(REPO, "test", "fixtures", "libreoffice", "piano-performance-2020-libreoffice.xlsx");

let folder: string;
let copy: string;
let annotateRun: { code: number; stdout: string };

beforeAll(async () => {
  folder = await temporaryFolder("perf-libreoffice-");
  copy = path.join(folder, "copia.xlsx");
  annotateRun = await runCli([SAVED_BY_LIBREOFFICE, "--annota", copy]);
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function grids(file: string): Promise<Grid[]> {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(read.message);
  return read.workbook.sheets;
}

describe("a workbook saved by LibreOffice", () => {
  it("gets the same report as the workbook it was saved from", async () => {
    const original = JSON.parse((await runCli([EXAMPLE_WORKBOOK, "--json"])).stdout) as Record<string, unknown>;
    const resaved = JSON.parse((await runCli([SAVED_BY_LIBREOFFICE, "--json"])).stdout) as Record<string, unknown>;
    expect({ ...resaved, file: "" }).toEqual({ ...original, file: "" });
  });

  it("has an annotated copy that keeps every value, formula and number format of its sheets, cell by cell", async () => {
    expect(annotateRun.code).toBe(1);
    const before = await grids(SAVED_BY_LIBREOFFICE);
    const after = new Map((await grids(copy)).map((grid) => [grid.sheet, grid]));
    expect([...after.keys()]).toEqual([...before.map((grid) => grid.sheet), ANOMALIES_SHEET, SUMMARY_SHEET]);
    for (const grid of before) {
      const copied = after.get(grid.sheet);
      expect({ sheet: grid.sheet, origin: copied?.origin, values: copied?.values, formulas: copied?.formulas, numberFormats: copied?.numberFormats }).toEqual({
        sheet: grid.sheet,
        origin: grid.origin,
        values: grid.values,
        formulas: grid.formulas,
        numberFormats: grid.numberFormats,
      });
    }
  });

  it("has a copy that lists nothing as lost", () => {
    expect(annotateRun.stdout).toContain("Copia annotata scritta in");
    expect(annotateRun.stdout).not.toContain("La copia non contiene");
  });
});
