/**
 * Reads the used ranges of the plan's sheets as Grids (values, formulas, number
 * formats), with a number of syncs that does not depend on the number of sheets:
 *
 * - names given:   1 sync for every sheet's used-range address and size, then
 *                  1 sync per batch of chunks (1 while the plan's estimated size
 *                  is under the budget: 4 MB on the web, one million cells everywhere);
 * - names omitted: 1 more sync first, to list the sheets;
 * - a sheet larger than LARGE_SHEET_CELLS (a data export beside the plan): 1 more
 *   sync reads the top HEADER_SLICE_ROWS rows of every such sheet, the plan reader
 *   says which of them hold a plan table (`recognise`), and only those are read
 *   whole, and only up to their last column the plan uses; the others are returned
 *   as their top rows, which is all the plan reader looks at in a sheet that has
 *   no plan headers.
 *
 * Chunks are appended row by row, never by spreading a chunk into `push` (a spread
 * of 200.000 rows overflows the call stack: "Maximum call stack size exceeded").
 *
 * The web's 5 MB budget is estimated at 100 bytes a cell; sheets of long texts go over
 * it. When Excel refuses a batch for its size (RequestPayloadSizeLimitExceeded or
 * ResponsePayloadSizeLimitExceeded, "Resource limits and performance optimization for
 * Office Add-ins", https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * the batch is halved and read again, down to a single row: one more sync per halving.
 *
 * Used ranges count values only (`getUsedRangeOrNullObject(true)`), so a sheet
 * that is merely formatted reads as empty; an empty sheet gives an empty Grid.
 *
 * Requirement sets: getUsedRangeOrNullObject ExcelApi 1.4, getRangeByIndexes
 * ExcelApi 1.7, values/formulas/numberFormat/rowIndex/... ExcelApi 1.1.
 */
import type { Grid } from "../core/plan/grid";
import { parseA1, toA1 } from "../core/plan/a1";
import { planReadBatches, type ReadChunk, type UsedArea } from "./planReadBatches";
import type { RequestBudget } from "./requestBudget";
import { queueSheetNames } from "./navigation";

/** A sheet with more cells than this is read in two steps (its top rows first). Plans of 10.000 indicators have about 200.000. */
const LARGE_SHEET_CELLS = 500_000;
/** Rows read first from a large sheet: the plan reader looks for headers in the first 20. */
export const HEADER_SLICE_ROWS = 30;

/**
 * Which of the given top slices hold a plan table, and the last sheet column (0-based) the
 * plan uses in each. A sheet absent from the answer is not read further.
 */
export type PlanSheetRecogniser = (slices: Grid[]) => Promise<Map<string, number>>;

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

/** Appends rows one by one: a spread (`push(...rows)`) of a large chunk overflows the call stack. */
function appendRows<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}

function emptyGrid(area: UsedArea | null, sheet: string): Grid {
  const origin = area ? toA1(area.rowIndex, area.columnIndex) : "A1";
  return { sheet, origin, values: [], formulas: [], numberFormats: [] };
}

const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function isPayloadError(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  return typeof code === "string" && PAYLOAD_ERRORS.has(code);
}

/** The batch in two halves of about the same number of cells, in reading order; null for a single row. */
export function halveBatch(batch: readonly ReadChunk[]): [ReadChunk[], ReadChunk[]] | null {
  if (batch.length > 1) {
    const cells = batch.map((chunk) => chunk.rowCount * chunk.columnCount);
    const total = cells.reduce((sum, count) => sum + count, 0);
    let split = 1;
    let first = cells[0] ?? 0;
    while (split < batch.length - 1 && first + (cells[split] ?? 0) <= total / 2) {
      first += cells[split] ?? 0;
      split += 1;
    }
    return [batch.slice(0, split), batch.slice(split)];
  }
  const [only] = batch;
  if (!only || only.rowCount <= 1) return null;
  const top = Math.ceil(only.rowCount / 2);
  return [
    [{ ...only, rowCount: top }],
    [{ ...only, rowIndex: only.rowIndex + top, offset: only.offset + top, rowCount: only.rowCount - top }],
  ];
}

/** Reads the areas into fresh grids, in batches under the budget; a batch Excel finds too large is halved. */
async function readAreas(context: Excel.RequestContext, budget: RequestBudget, areas: readonly UsedArea[]): Promise<Map<string, Grid>> {
  const grids = new Map<string, Grid>(areas.map((area) => [area.sheet, emptyGrid(area, area.sheet)]));
  const pending = planReadBatches(areas, budget);
  while (pending.length > 0) {
    const batch = pending.shift() ?? [];
    let ranges: Excel.Range[];
    try {
      ranges = await loadChunks(context, batch);
    } catch (error) {
      const halves = isPayloadError(error) ? halveBatch(batch) : null;
      if (!halves) throw error;
      pending.unshift(...halves);
      continue;
    }
    batch.forEach((chunk, index) => {
      const grid = grids.get(chunk.sheet);
      const range = ranges[index];
      if (!grid || !range) return;
      appendRows(grid.values, range.values);
      if (grid.formulas) appendRows(grid.formulas, range.formulas);
      if (grid.numberFormats) appendRows(grid.numberFormats, asFormats(range.numberFormat));
    });
  }
  return grids;
}

/** The large sheets' areas worth reading whole: those holding a plan table, cut after their last used column. */
async function planAreasOfLargeSheets(
  context: Excel.RequestContext,
  budget: RequestBudget,
  large: readonly UsedArea[],
  recognise: PlanSheetRecogniser,
): Promise<{ whole: UsedArea[]; slices: Map<string, Grid> }> {
  const sliceAreas = large.map((area) => ({ ...area, rowCount: Math.min(area.rowCount, HEADER_SLICE_ROWS) }));
  const slices = await readAreas(context, budget, sliceAreas);
  let planColumns: Map<string, number>;
  try {
    planColumns = await recognise([...slices.values()]);
  } catch {
    // The reader could not tell: read every large sheet whole rather than lose a plan.
    planColumns = new Map(large.map((area) => [area.sheet, area.columnIndex + area.columnCount - 1]));
  }
  const whole = large.flatMap((area) => {
    const lastColumn = planColumns.get(area.sheet);
    if (lastColumn === undefined) return [];
    const columnCount = Math.max(1, Math.min(area.columnCount, lastColumn - area.columnIndex + 1));
    return [{ ...area, columnCount }];
  });
  return { whole, slices };
}

/** Reads `names` (every sheet when omitted) into Grids, in the order asked. */
export async function readGrids(
  context: Excel.RequestContext,
  budget: RequestBudget,
  names?: readonly string[],
  recognise?: PlanSheetRecogniser,
): Promise<Grid[]> {
  let wanted = names === undefined ? undefined : [...new Set(names)];
  if (wanted === undefined) {
    const listed = queueSheetNames(context);
    await context.sync();
    wanted = listed();
  }
  const areas = await loadUsedAreas(context, wanted);
  const present = areas.filter((area): area is UsedArea => area !== null);
  const isLarge = (area: UsedArea) => recognise !== undefined && area.rowCount * area.columnCount > LARGE_SHEET_CELLS;
  const large = present.filter(isLarge);
  const { whole, slices } =
    recognise && large.length > 0 ? await planAreasOfLargeSheets(context, budget, large, recognise) : { whole: [], slices: new Map<string, Grid>() };
  const read = await readAreas(context, budget, [...present.filter((area) => !isLarge(area)), ...whole]);
  return wanted.map((name, index) => read.get(name) ?? slices.get(name) ?? emptyGrid(areas[index] ?? null, name));
}

/**
 * Which large sheets hold a plan table, asked of the plan reader itself (the one core entry,
 * readPlan) over their top rows: a sheet it recognises is read whole up to the last column it
 * maps; any other sheet (a data export of 200.000 rows beside the plan) is not read further.
 * The reader is loaded on demand, like the pane's other core chunks, so that it does not
 * weigh on the pane's first load.
 */

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
