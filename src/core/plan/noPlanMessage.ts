/**
 * The Italian message given when a workbook holds no plan: what was looked for, and what each sheet
 * turned out to be (a recognised role, or the plan headers found in its best row, or nothing).
 */
import { detectHeaderRow } from "./detectHeaderRow";
import type { WorkbookGrids } from "./grid";
import { isGrid } from "./gridCells";
import type { SheetRole } from "./planFields";
import type { SheetLayout } from "./recognizeSheet";

const ROLE_NAMES: Record<SheetRole, string> = {
  objectives: "foglio degli obiettivi",
  indicators: "foglio degli indicatori",
  combined: "foglio unico di obiettivi e indicatori",
  weights: "tabella dei pesi",
  revisions: "tabella delle revisioni",
};

const LOOKED_FOR =
  "Cercavo, nelle prime 20 righe di un foglio, una riga di intestazione con la colonna «Indicatore» e almeno " +
  "una tra «Target 30/6», «Target 31/12», «Peso», «Baseline», «Risultato 30/6» (come nel foglio «Indicatori» " +
  "del modello, accanto a «Codice obiettivo» e «N.»), oppure un foglio unico con le colonne degli obiettivi " +
  "e degli indicatori.";

export function roleName(role: SheetRole): string {
  return ROLE_NAMES[role];
}

function describeSheet(sheet: unknown, layout: SheetLayout | undefined, skipped: boolean): string {
  if (!isGrid(sheet)) return "un foglio non leggibile";
  const name = `«${sheet.sheet}»`;
  if (skipped) return `${name} (foglio prodotto dal componente aggiuntivo, non letto)`;
  if (layout) return `${name} (${roleName(layout.role)}, intestazioni alla riga ${layout.sheetHeaderRow + 1})`;
  const best = detectHeaderRow(sheet, { minConcepts: 1 });
  if (best === null) return `${name} (nessuna intestazione riconosciuta)`;
  const headers = best.cells.slice(0, 6).map((cell) => `«${cell.text}»`);
  return `${name} (riconosciute solo ${headers.join(", ")})`;
}

/** The message for a workbook in which no indicator sheet was found. */
export function noPlanMessage(
  workbook: WorkbookGrids,
  layouts: ReadonlyMap<number, SheetLayout>,
  skipped: ReadonlySet<number>,
): string {
  const name = typeof workbook.name === "string" && workbook.name !== "" ? `«${workbook.name}»` : "la cartella";
  const sheets = Array.isArray(workbook.sheets) ? workbook.sheets : [];
  if (sheets.length === 0) return `Nessun piano trovato in ${name}: la cartella non contiene fogli. ${LOOKED_FOR}`;
  const seen = sheets.map((sheet, i) => describeSheet(sheet, layouts.get(i), skipped.has(i)));
  return `Nessun piano trovato in ${name}: nessun foglio ha le intestazioni degli indicatori. ${LOOKED_FOR} Fogli esaminati: ${seen.join("; ")}.`;
}
