import { buildTemplateSheets } from "../../core/example/buildTemplateSheets";
import type { SheetContent } from "../../core/report/sheetContent";

/** "Inserisci modello": the empty plan template's sheets. */
export function templateSheets(): SheetContent[] {
  return buildTemplateSheets("it");
}

/**
 * "Carica esempio": the seed plan (Brescia 2020) as sheets. The fixture and its
 * builder are loaded on demand (a separate chunk), so the pane's first load stays small.
 */
export async function loadExampleSheets(): Promise<SheetContent[]> {
  const { exampleSheets } = await import("./exampleSheets");
  return exampleSheets();
}
