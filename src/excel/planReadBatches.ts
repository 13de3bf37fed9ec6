/**
 * Splits the used ranges of the sheets to read into row chunks and packs the
 * chunks into batches, each batch one `context.sync()` whose estimated response
 * (cells x bytes per cell) stays under the request budget. Chunks fill a batch
 * exactly: a batch ends where the budget ends, not where a sheet ends, so the
 * number of batches is the plan's estimated size over the budget, rounded up,
 * whatever the number of sheets. A batch also holds at most `maxCellsPerBatch` cells, on
 * every platform (Excel caps a get at five million cells, desktop included; see RequestBudget).
 */
import type { RequestBudget } from "./requestBudget";

/** A sheet's used range, 0-based, as Excel reports it. */
export interface UsedArea {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A block of whole rows of one used range, read with one `getRangeByIndexes`. */
export interface ReadChunk extends UsedArea {
  /** Row of this chunk inside its sheet's used range (0 for the first chunk). */
  offset: number;
}

export function planReadBatches(
  areas: readonly UsedArea[],
  budget: Pick<RequestBudget, "maxRequestBytes" | "bytesPerCell"> & Partial<Pick<RequestBudget, "maxCellsPerBatch">>,
): ReadChunk[][] {
  const maxCells = budget.maxCellsPerBatch ?? Number.POSITIVE_INFINITY;
  const batches: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let room = budget.maxRequestBytes;
  let cellRoom = maxCells;
  const closeBatch = () => {
    batches.push(current);
    current = [];
    room = budget.maxRequestBytes;
    cellRoom = maxCells;
  };
  for (const area of areas) {
    if (area.rowCount <= 0 || area.columnCount <= 0) continue;
    const rowBytes = area.columnCount * budget.bytesPerCell;
    let offset = 0;
    while (offset < area.rowCount) {
      let rows = Math.min(area.rowCount - offset, Math.floor(room / rowBytes), Math.floor(cellRoom / area.columnCount));
      if (rows <= 0) {
        if (current.length > 0) {
          closeBatch();
          continue;
        }
        rows = 1; // a single row larger than the whole budget still has to be read
      }
      current.push({ ...area, rowIndex: area.rowIndex + offset, rowCount: rows, offset });
      room -= rows * rowBytes;
      cellRoom -= rows * area.columnCount;
      offset += rows;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
