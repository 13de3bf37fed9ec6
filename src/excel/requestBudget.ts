/**
 * How much one round trip to Excel may carry, and how work is packed into round
 * trips.
 *
 * Excel on the web caps each request and each response at 5 MB, and the cap is
 * per batch: everything queued before one `context.sync()` travels together
 * ("call context.sync() for each sub-operation to avoid those operations getting
 * batched together again", Microsoft's resource-limits page). So work is packed
 * into batches under a budget, one sync per batch: a plan that fits in 4 MB
 * costs one sync whatever its number of sheets, ranges or chunks; a larger one
 * costs one more sync per further 4 MB, never one per sheet or per row.
 */

export interface RequestBudget {
  /** Estimated bytes one batch (request or response) may carry. Default 4 MB, under the 5 MB cap. */
  maxRequestBytes: number;
  /**
   * Estimated response bytes per cell when reading values + formulas +
   * numberFormat. Default 100: ~30 bytes per property in JSON plus separators,
   * generous for plan sheets (numbers, short texts, "General").
   */
  bytesPerCell: number;
  /**
   * Longest address string passed to `getRanges`. Microsoft documents an 8192
   * character limit for getRange/getRanges addresses and users report failures
   * near it; the default keeps a wide margin.
   */
  maxAddressLength: number;
  /**
   * Most cells one batch of reads may ask for, on every platform. Excel caps a get at five
   * million cells on Windows, Mac and the web alike (beyond it the read fails with
   * RangeExceedsLimit or returns no values): "Excel add-ins: ... a range get of 5 million
   * cells" in "Resource limits and performance optimization for Office Add-ins"
   * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
   * and "run separate read or write operations for smaller subsets of a large range"
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
   * Default one million: each batch loads three properties (values, formulas, formats) of
   * at most this many cells, well under the cap, and a desktop read of an ordinary plan
   * still takes one batch.
   */
  maxCellsPerBatch: number;
}

export const DEFAULT_BUDGET: RequestBudget = {
  maxRequestBytes: 4_000_000,
  bytesPerCell: 100,
  maxAddressLength: 4_000,
  maxCellsPerBatch: 1_000_000,
};

/** Bytes a queued command costs besides its payload (object path, method name). */
export const COMMAND_OVERHEAD_BYTES = 200;

/** The JSON size of a value as it travels to Excel. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/**
 * Packs items, in order, into consecutive batches whose summed size stays under
 * `budget`. An item larger than the budget gets a batch of its own (the caller
 * splits items finely enough for that not to happen).
 */
export function packBatches<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
