import type { SheetContent } from "../../core/report/sheetContent";

/**
 * The dynamic-import boundary of the example plan: webpack puts `exampleSheets`
 * (the seed fixture and its builder, ~80 KB) in its own chunk, fetched from the
 * add-in's own origin the first time "Carica esempio" is clicked.
 */
export async function buildExampleSheetsLazily(): Promise<SheetContent[]> {
  const { exampleSheets } = await import("./exampleSheets");
  return exampleSheets();
}
