/**
 * The example workbook's cached formula results are what Excel shows once the add-in computes
 * them: every Scostamento and Raggiungimento cell is compared with PERF.SCOSTAMENTO and
 * PERF.RAGGIUNGIMENTO from the built functions.js, called with the row's cells as Excel passes them.
 */
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import type { Grid } from "../../src/core/plan/grid";
import { callAsExcel, useBuiltFunctions, type ExcelAnswer } from "../functions/builtFunctions";
import { EXAMPLE_WORKBOOK } from "../cli/support/cliRunner";

const ITALIAN_ERROR: Record<string, string> = { "#N/A": "#N/D", "#VALUE!": "#VALORE!", "#DIV/0!": "#DIV/0!" };

const loaded = useBuiltFunctions();
let sheet: Grid;

function shown(answer: ExcelAnswer): unknown {
  if ("error" in answer) return ITALIAN_ERROR[answer.error.code] ?? answer.error.code;
  const value = answer.value;
  return Array.isArray(value) ? value[0]?.[0] : value;
}

beforeAll(async () => {
  const read = await readWorkbookFile(EXAMPLE_WORKBOOK);
  if (!read.ok) throw new Error(read.message);
  const indicators = read.workbook.sheets.find((grid) => grid.sheet === "Indicatori");
  if (!indicators) throw new Error("no Indicatori sheet");
  sheet = indicators;
});

describe("the example's cached PERF results", () => {
  it.each([
    ["SCOSTAMENTO", "Scostamento"],
    ["RAGGIUNGIMENTO", "Raggiungimento"],
  ])("equal PERF.%s in every row of the %s column", (id, header) => {
    const headers = sheet.values[0] as string[];
    const col = (name: string) => headers.indexOf(name);
    const rows = sheet.values.slice(1);
    expect(rows.length).toBeGreaterThan(40);
    rows.forEach((row, i) => {
      const formula = sheet.formulas?.[i + 1]?.[col(header)];
      expect(formula).toBe(`=PERF.${id}(L${i + 2},I${i + 2},E${i + 2})`);
      const arg = (name: string) => (row[col(name)] === "" ? null : row[col(name)]);
      const excel = shown(callAsExcel(loaded, id, arg("Risultato 30/6"), arg("Target 30/6"), arg("Polarità")));
      const cached = row[col(header)];
      if (typeof excel === "number") expect({ row: i + 2, cached }).toEqual({ row: i + 2, cached: expect.closeTo(excel, 12) });
      else expect({ row: i + 2, cached }).toEqual({ row: i + 2, cached: excel });
    });
  });
});
