/**
 * Reads the used ranges of the plan's sheets as Grids (values, formulas, number
 * formats), with a number of syncs that does not depend on the number of sheets:
 *
 * - names given:   1 sync for every sheet's used-range address and size, then
 *                  1 sync per batch of chunks (1 while the plan's estimated size
 *                  is under the budget, 4 MB by default);
 * - names omitted: 1 more sync first, to list the sheets.
 *
 * Used ranges count values only (`getUsedRangeOrNullObject(true)`), so a sheet
 * that is merely formatted reads as empty; an empty sheet gives an empty Grid.
 *
 * Requirement sets: getUsedRangeOrNullObject ExcelApi 1.4, getRangeByIndexes
 * ExcelApi 1.7, values/formulas/numberFormat/rowIndex/... ExcelApi 1.1.
 */
import type { Grid } from "../core/plan/grid";
import { toA1 } from "../core/plan/a1";
import { planReadBatches, type ReadChunk, type UsedArea } from "./planReadBatches";
import type { RequestBudget } from "./requestBudget";
import { queueSheetNames } from "./navigation";

async function loadUsedAreas(context: Excel.RequestContext, names: readonly string[]): Promise<(UsedArea | null)[]> {
  const used = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  return used.map((range, index) =>
    range.isNullObject
      ? null
      : {
          sheet: names[index] ?? "",
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
        },
  );
}

function asFormats(rows: unknown[][]): string[][] {
  return rows.map((row) => row.map((format) => (typeof format === "string" ? format : String(format))));
}

async function loadChunks(context: Excel.RequestContext, batch: readonly ReadChunk[]): Promise<Excel.Range[]> {
  const ranges = batch.map((chunk) => {
    const range = context.workbook.worksheets
      .getItem(chunk.sheet)
      .getRangeByIndexes(chunk.rowIndex, chunk.columnIndex, chunk.rowCount, chunk.columnCount);
    range.load("values,formulas,numberFormat");
    return range;
  });
  await context.sync();
  return ranges;
}

/** Reads `names` (every sheet when omitted) into Grids, in the order asked. */
export async function readGrids(
  context: Excel.RequestContext,
  budget: RequestBudget,
  names?: readonly string[],
): Promise<Grid[]> {
  let wanted = names === undefined ? undefined : [...new Set(names)];
  if (wanted === undefined) {
    const listed = queueSheetNames(context);
    await context.sync();
    wanted = listed();
  }
  const areas = await loadUsedAreas(context, wanted);
  const grids = new Map<string, Grid>();
  for (const [index, name] of wanted.entries()) {
    const area = areas[index];
    const origin = area ? toA1(area.rowIndex, area.columnIndex) : "A1";
    grids.set(name, { sheet: name, origin, values: [], formulas: [], numberFormats: [] });
  }
  const present = areas.filter((area): area is UsedArea => area !== null);
  for (const batch of planReadBatches(present, budget)) {
    const ranges = await loadChunks(context, batch);
    batch.forEach((chunk, index) => {
      const grid = grids.get(chunk.sheet);
      const range = ranges[index];
      if (!grid || !range) return;
      grid.values.push(...range.values);
      grid.formulas?.push(...range.formulas);
      grid.numberFormats?.push(...asFormats(range.numberFormat));
    });
  }
  return wanted.map((name) => grids.get(name) ?? { sheet: name, origin: "A1", values: [] });
}
