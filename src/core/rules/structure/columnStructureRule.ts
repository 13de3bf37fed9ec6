/**
 * `struttura-colonne`: a column the plan needs was not found on a sheet the reader recognised.
 *
 * - A required column of the template (codes, names, targets, weights, the 30/6 results; the 31/12
 *   results too when the reporting date is 31/12) -> errore: the sheet cannot be checked without it.
 * - The baseline and the declared deviation of the reporting period -> info: the plan can be read,
 *   but the rules that compare against them (target-sotto-baseline, scostamento-errato) stay silent.
 * - Other optional columns (notes, polarity, unit...) are not reported: the reader lists them in
 *   its recognition report and nothing is lost without them.
 */
import { toA1, parseA1 } from "../../plan/a1";
import { FIELD_LABELS, type PlanField } from "../../plan/planFields";
import type { Period, SheetRecognition } from "../../plan/planModel";
import { requiredFields } from "../../plan/roleFields";
import type { Finding, Rule } from "../ruleTypes";

const INFO_FIELDS: Record<Period, readonly PlanField[]> = {
  "30/6": ["baseline", "declaredDeviation30_6"],
  "31/12": ["baseline", "declaredDeviation31_12"],
};

const SILENCED_CHECKS: Partial<Record<PlanField, string>> = {
  baseline: "il confronto dei target con la baseline (target-sotto-baseline) non è possibile",
  declaredDeviation30_6: "gli scostamenti dichiarati non possono essere verificati (scostamento-errato)",
  declaredDeviation31_12: "gli scostamenti dichiarati non possono essere verificati (scostamento-errato)",
};

function isRequired(recognition: SheetRecognition, field: string, period: Period): boolean {
  if ((requiredFields(recognition.role) as readonly string[]).includes(field)) return true;
  const hasIndicators = recognition.role === "indicators" || recognition.role === "combined";
  return hasIndicators && period === "31/12" && field === "result31_12";
}

/** The first cell of the header row: where the missing column's header belongs. */
function headerCell(recognition: SheetRecognition): string {
  const columns = recognition.columns.map((column) => parseA1(column.address)?.col ?? 0);
  return toA1(recognition.headerRow, columns.length > 0 ? Math.min(...columns) : 0);
}

function label(field: string): string {
  return (FIELD_LABELS as Record<string, { it: string }>)[field]?.it ?? field;
}

export const columnStructureRule: Rule = {
  id: "struttura-colonne",
  defaultSeverity: "errore",
  description: "Le colonne necessarie al controllo del piano sono presenti in ogni foglio.",
  check({ plan }) {
    const findings: Finding[] = [];
    for (const recognition of plan.recognition) {
      for (const field of recognition.missing) {
        const required = isRequired(recognition, field, plan.period);
        const silenced = (INFO_FIELDS[plan.period] as readonly string[]).includes(field);
        if (!required && !silenced) continue;
        const consequence = required
          ? "senza questa colonna il foglio non può essere controllato"
          : (SILENCED_CHECKS[field as PlanField] ?? "alcuni controlli non sono possibili");
        findings.push({
          sheet: recognition.sheet,
          cell: headerCell(recognition),
          message: `Nel foglio «${recognition.sheet}» manca la colonna «${label(field)}»: ${consequence}.`,
          suggestion: `Aggiungere nella riga di intestazione ${recognition.headerRow + 1} una colonna «${label(field)}».`,
          ...(required ? {} : { severity: "info" as const }),
        });
      }
    }
    return findings;
  },
};
