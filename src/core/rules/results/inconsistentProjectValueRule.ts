/**
 * `valore-progetto-incoerente`: a project's economic value («Valore economico del progetto (Fondo
 * Dirigenti): … 3.106 euro x 5 = 15.530 euro») that does not hold: the point's value times the
 * coefficient (written, or the relevance's «COEFFICIENTE 5») is not the total written, or the value's
 * text gives no figure to use. The rewards use the product, as PERF.VALOREPROGETTO computes it; the
 * message says so. Reported at the value's cell, one finding per fund.
 */
import type { Finding, Rule } from "../ruleTypes";
import { objectiveFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { projectValueMismatch } from "../../values/readProjectValue";
import { cellText } from "../../plan/gridCells";

export const inconsistentProjectValueRule: Rule = {
  id: "valore-progetto-incoerente",
  defaultSeverity: "avviso",
  description: ruleDescription("valore-progetto-incoerente"),
  check({ plan }) {
    const findings: Finding[] = [];
    for (const objective of plan.objectives) {
      for (const value of objective.projectValues ?? []) {
        const about = { objective: objective.code, fund: value.fund };
        if (value.problem !== undefined) {
          const text = { key: "valore-progetto-incoerente.illeggibile" as const, params: { ...about, text: cellText(value.cell.raw), problem: value.problem } };
          findings.push(objectiveFinding(objective, value.cell, text));
          continue;
        }
        const mismatch = projectValueMismatch(value);
        if (mismatch === null || value.unitValue === undefined || value.coefficient === undefined) continue;
        const params = {
          ...about,
          unitValue: { value: value.unitValue, unit: "euro" as const },
          coefficient: { value: value.coefficient, unit: "number" as const },
          product: { value: mismatch.product, unit: "euro" as const },
          total: { value: mismatch.total, unit: "euro" as const },
          fromRelevance: value.coefficientSource === "relevance",
        };
        findings.push(objectiveFinding(objective, value.cell, { key: "valore-progetto-incoerente.prodotto", params }));
      }
    }
    return findings;
  },
};
