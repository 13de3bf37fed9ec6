/**
 * Which large sheets hold a plan table, asked of the plan reader itself (the one core entry,
 * readPlan) over their top rows: a sheet it recognises is read whole up to the last column it
 * maps; any other sheet (a data export of 200.000 rows beside the plan) is not read further.
 * The reader is loaded on demand, like the pane's other core chunks, so that it does not
 * weigh on the pane's first load.
 */
import { parseA1 } from "../core/plan/a1";
import type { Grid } from "../core/plan/grid";
import type { PlanSheetRecogniser } from "./readSheets";

export const recognisePlanSheets: PlanSheetRecogniser = async (slices: Grid[]) => {
  const { readPlan } = await import("../core/plan/readPlan");
  const read = readPlan({ name: "", sheets: slices });
  const recognition = read.ok ? read.plan.recognition : read.recognition;
  const lastColumns = new Map<string, number>();
  for (const sheet of recognition) {
    const columns = sheet.columns.map((column) => parseA1(column.address)?.col ?? 0);
    lastColumns.set(sheet.sheet, Math.max(lastColumns.get(sheet.sheet) ?? 0, ...columns));
  }
  return lastColumns;
};
