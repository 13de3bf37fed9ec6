/**
 * The empty canonical template (what "Inserisci modello" creates): Obiettivi,
 * Indicatori, Pesi and Revisioni with their headers in bold, widths and formats.
 */
import { TEMPLATE_SHEETS } from "../plan/planTemplate";
import type { SheetContent } from "../report/sheetContent";
import type { Locale } from "../wording/addinLanguage";
import { templateSheetContent } from "./templateSheetContent";

export function buildTemplateSheets(locale: Locale = "it"): SheetContent[] {
  return TEMPLATE_SHEETS.map((sheet) => templateSheetContent(sheet, [], locale));
}
