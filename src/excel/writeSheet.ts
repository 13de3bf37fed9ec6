/**
 * Creates a sheet from a SheetContent, or replaces one the add-in created before.
 *
 * A sheet is the add-in's by the core's rule (src/core/reportSheets.ts); Excel's evidence is
 * the worksheet custom property OWNER_PROPERTY (set when the add-in creates it; stored in the
 * file). A user's
 * sheet that merely has the same name ("Riepilogo" is a common name) is never
 * deleted: writeSheet refuses with a typed Italian error. Where worksheet custom
 * properties are missing (before ExcelApi 1.12) ownership cannot be proven, so an
 * existing sheet is never replaced there.
 *
 * Replacing adds the new sheet under a temporary name, deletes the old one and
 * renames the new one (so that replacing a workbook's only sheet works too).
 *
 * Syncs: 1 to look for an existing sheet (+1 to check its owner when replacing),
 * then 1 for all the writes (one more per further 4 MB of content).
 */
import type { SheetContent } from "../core/report/sheetContent";
import { isOwnSheet, OWNER_PROPERTY, OWNER_VALUE } from "../core/reportSheets";
import type { AddinLanguage } from "../core/wording/addinLanguage";
import { parseArea } from "./cellAddress";
import { buildSheetMatrix } from "./sheetMatrix";
import { writeContent } from "./sheetWrites";
import { WorkbookError } from "../port/workbookError";

export interface WritePolicy {
  /** May an existing sheet of the same name that the add-in created be replaced? */
  replace: boolean;
  /** Worksheet custom properties are available (ExcelApi 1.12). */
  customProperties: boolean;
  maxRequestBytes: number;
  /** The language of the PERF function names this Excel knows (see formulaNames.ts). */
  language: AddinLanguage;
}

/** Excel's rules for sheet names: 1-31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "il nome è vuoto";
  if (name.length > 31) return "il nome supera i 31 caratteri";
  if (/[:\\/?*[\]]/.test(name)) return "il nome contiene uno dei caratteri : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "il nome inizia o finisce con un apostrofo";
  return null;
}

function checkContent(content: SheetContent): void {
  const problem = sheetNameProblem(content.name);
  if (problem) {
    throw new WorkbookError("invalidArgument", `Impossibile creare il foglio «${content.name}»: ${problem}.`, { sheet: content.name });
  }
  const addresses = [...(content.links ?? []).map((link) => link.address), ...(content.chart ? [content.chart.range, ...(content.chart.position ? [content.chart.position] : [])] : [])];
  for (const address of addresses) {
    if (!parseArea(address)) {
      throw new WorkbookError("invalidAddress", `Impossibile creare il foglio «${content.name}»: «${address}» non è un indirizzo di Excel.`, { sheet: content.name, address });
    }
  }
}

function refuse(name: string, reason: string): WorkbookError {
  return new WorkbookError("sheetExists", `Il foglio «${name}» esiste già ${reason}. Rinominalo o eliminalo, poi riprova.`, { sheet: name });
}

async function checkReplaceable(context: Excel.RequestContext, existing: Excel.Worksheet, name: string, policy: WritePolicy): Promise<void> {
  if (!policy.replace) throw refuse(name, "e il componente aggiuntivo non sovrascrive i fogli esistenti");
  if (!policy.customProperties) {
    throw refuse(name, "e questa versione di Excel non permette di verificare che sia stato creato dal componente aggiuntivo");
  }
  const owner = existing.customProperties.getItemOrNullObject(OWNER_PROPERTY);
  owner.load("value");
  await context.sync();
  if (!isOwnSheet(name, { mark: owner.isNullObject ? null : owner.value })) {
    throw refuse(name, "e non è stato creato dal componente aggiuntivo: non viene sostituito per non perdere i tuoi dati");
  }
}

/** Writes `content` as a new sheet (or replaces the add-in's own sheet of that name) and activates it. */
export async function writeSheetContent(context: Excel.RequestContext, content: SheetContent, policy: WritePolicy): Promise<void> {
  checkContent(content);
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(content.name);
  existing.load("name");
  await context.sync();
  const replacing = !existing.isNullObject;
  if (replacing) await checkReplaceable(context, existing, content.name, policy);
  const sheet = sheets.add(replacing ? `perf-tmp-${Date.now().toString(36)}` : content.name);
  if (replacing) {
    existing.delete();
    sheet.name = content.name;
  }
  if (policy.customProperties) sheet.customProperties.add(OWNER_PROPERTY, OWNER_VALUE);
  await writeContent(context, sheet, content, buildSheetMatrix(content, policy.language), policy.maxRequestBytes);
}
