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
import type { PlanField } from "../planFields";
import type { Period, SheetRecognition } from "../planModel";
import { expectedFields } from "../roleFields";
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

function periodField(field: string, period: Period): PlanField {
  const suffix = period === "30/6" ? "30_6" : "31_12";
  if (field === "resultUndated") return `result${suffix}`;
  if (field === "declaredDeviationUndated") return `declaredDeviation${suffix}`;
  return field as PlanField;
}

const INDICATOR_ONLY: ReadonlySet<string> = new Set(expectedFields("indicators").filter((field) => field !== "objectiveCode"));
/** Columns a table has and a card has not: formulas and notes are not part of a card. */
const NOT_ON_CARDS: ReadonlySet<string> = new Set(["deviation", "achievement", "notes"]);

export function cardRecognition(sheet: CardSheet, period: Period): SheetRecognition {
  const columns = sheet.fields.map((seen) => ({ field: periodField(seen.field, period), header: seen.header, address: seen.address }));
  const present = new Set(columns.map((column) => column.field));
  const other: Period = period === "30/6" ? "31/12" : "30/6";
  const otherPeriod = new Set([`result${other === "30/6" ? "30_6" : "31_12"}`, `declaredDeviation${other === "30/6" ? "30_6" : "31_12"}`]);
  const hasIndicators = sheet.indicators.length > 0;
  const missing = expectedFields("combined").filter(
    (field) => !present.has(field) && !NOT_ON_CARDS.has(field) && !otherPeriod.has(field) && (hasIndicators || !INDICATOR_ONLY.has(field)),
  );
  const notes = [
    `Foglio letto come schede obiettivo (${sheet.objectives.length} ${sheet.objectives.length === 1 ? "scheda" : "schede"}): ogni valore è preso accanto alla sua etichetta, nella cella stessa («Peso: 50%»), nella cella scritta successiva della riga o da solo nella riga sotto.`,
    ...(hasIndicators ? [`I risultati e gli scostamenti delle schede non indicano la data: sono attribuiti al periodo di riferimento (${period}).`] : []),
    ...sheet.notes,
  ];
  return { sheet: sheet.sheet, role: "combined", headerRow: sheet.headingRow, columns, missing, notes };
}
