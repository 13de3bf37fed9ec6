/**
 * The cards of all the card sheets of a workbook as parts of one plan:
 * - each strategic card's list of contributing operational objectives («1.1: Diffusione...») makes
 *   it their parent, whatever sheet their cards are on (an operational card that names its own
 *   strategic objective keeps it);
 * - what the reader recognised on each sheet, for the plan's recognition report: the sheet as a
 *   «combined» sheet (objectives and indicators), each kind of value at its first label, and what
 *   no card of the sheet has. Results and deviations are written without a date on cards: they are
 *   listed under the reporting period, and the notes say so.
 */
import { codeKey, leadingCode } from "../planCodes";
import type { Period, SheetRecognition } from "../planModel";
import { expectedFields } from "../planTemplate";
import { periodField } from "../sheetLayout";
import type { CardSheet } from "./readCardSheet";

/** Sets the parent of the operational objectives listed by the strategic cards. */
export function linkContributions(sheets: readonly CardSheet[]): void {
  const objectives = sheets.flatMap((sheet) => sheet.objectives);
  const byCode = new Map(objectives.map((objective) => [codeKey(objective.code), objective]));
  for (const sheet of sheets) {
    for (const { parent, children } of sheet.contributions) {
      for (const child of children) {
        const objective = byCode.get(codeKey(leadingCode(child) ?? child));
        if (objective && objective.kind === "operational" && objective.parentCode === undefined) objective.parentCode = parent;
      }
    }
  }
}

const INDICATOR_ONLY: ReadonlySet<string> = new Set(expectedFields("indicators").filter((field) => field !== "objectiveCode"));
/** Columns a table has and a card has not: formulas and notes are not part of a card. */
const NOT_ON_CARDS: ReadonlySet<string> = new Set(["deviation", "achievement", "notes"]);
/** Results and declared deviations by date: a card writes them once, for the reporting period. */
const DATED: ReadonlySet<string> = new Set(["result30_6", "result31_12", "declaredDeviation30_6", "declaredDeviation31_12"]);

export function cardRecognition(sheet: CardSheet, period: Period): SheetRecognition {
  const columns = sheet.fields.map((seen) => ({ field: periodField(seen.field, period), header: seen.header, address: seen.address }));
  const present = new Set<string>(columns.map((column) => column.field));
  const atPeriod = new Set<string>([periodField("resultUndated", period), periodField("declaredDeviationUndated", period)]);
  const hasIndicators = sheet.indicators.length > 0;
  const expected = (field: string) =>
    !NOT_ON_CARDS.has(field) && (!DATED.has(field) || atPeriod.has(field)) && (hasIndicators || !INDICATOR_ONLY.has(field));
  const missing = expectedFields("combined").filter((field) => !present.has(field) && expected(field));
  const count = sheet.cards === "indicators" ? sheet.indicators.length : sheet.objectives.length;
  const reading = [
    sheet.cards === "indicators"
      ? `Foglio letto come schede indicatore (${count} ${count === 1 ? "scheda" : "schede"}): ogni valore è preso nella cella accanto alla sua etichetta, e una scheda finisce dove un'etichetta già letta si ripete.`
      : `Foglio letto come schede obiettivo (${count} ${count === 1 ? "scheda" : "schede"}): ogni valore è preso accanto alla sua etichetta, nella cella stessa («Peso: 50%»), nella cella scritta successiva della riga o da solo nella riga sotto.`,
    ...(hasIndicators ? [`I risultati e gli scostamenti delle schede non indicano la data: sono attribuiti al periodo di riferimento (${period}).`] : []),
  ];
  return { sheet: sheet.sheet, role: "combined", headerRow: sheet.headingRow, columns, missing, notes: [...sheet.notes], reading };
}
