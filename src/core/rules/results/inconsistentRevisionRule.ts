/**
 * `revisione-incoerente`: a row of the Revisioni table that does not match the plan.
 * - It names an objective or an indicator the plan does not have -> errore.
 * - It restates a plan value differently: "Previsione 30/6" vs the 30/6 target, "Realizzazione 30/6"
 *   vs the 30/6 result, "Previsione 31/12" vs the 31/12 target (accepted too when the plan's 31/12
 *   target already equals the new forecast: the plan was updated) -> errore, both values quoted.
 *   The seed's 1.2 ind.2 reports "Realizzazione al 30/6: 80,00%" while the result is 85,86%; the
 *   Azienda Speciale's "Nuovo Indicatore 3" row restates a 31/12 forecast of 2 while the plan's
 *   indicator 3 has 3 (the row replaces the indicator, but its "previsione" column should still say
 *   what the plan said).
 * Values compare as in `sameValue`: figures by value (€ or not), placeholders with placeholders,
 * milestones by state; two different descriptive texts are not compared (the seed's 2.1 ind.2 row
 * restates the targets with typos: "realizzazioni e dei corsi" for "realizzazione dei corsi").
 */
import type { Indicator, PlanCell, RevisionRow } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { valueParam } from "../support/figures";
import { findingAt } from "../support/findings";
import { indexPlan, resultAt, targetAt } from "../../plan/planQueries";
import { sameValue } from "../support/figureComparisons";
import { ruleDescription } from "../../wording/renderMessage";

interface Restatement {
  cell: PlanCell | undefined;
  planned: PlanCell | undefined;
  field: "forecast30_6" | "actual30_6" | "forecast31_12";
  alsoAccepted?: PlanCell | undefined;
}

function restatements(row: RevisionRow, indicator: Indicator): Restatement[] {
  return [
    { cell: row.forecast30_6, planned: targetAt(indicator, "30/6"), field: "forecast30_6" },
    { cell: row.actual30_6, planned: resultAt(indicator, "30/6"), field: "actual30_6" },
    { cell: row.forecast31_12, planned: targetAt(indicator, "31/12"), field: "forecast31_12", alsoAccepted: row.newForecast31_12 },
  ];
}

function compare(row: RevisionRow, indicator: Indicator, tolerance: number): Finding[] {
  const about = { objective: row.objectiveCode, indicator: row.indicatorNumber };
  const replaced = /nuov[oa]/i.test(row.indicatorNumber);
  return restatements(row, indicator).flatMap(({ cell, planned, field, alsoAccepted }) => {
    if (!cell || !planned) return [];
    const same = sameValue(cell.value, planned.value, tolerance);
    if (same !== false) return [];
    if (alsoAccepted && sameValue(alsoAccepted.value, planned.value, tolerance) === true) return [];
    return [
      findingAt(cell.ref, about, {
        key: "revisione-incoerente.valore",
        params: { ...about, field, written: valueParam(cell.value), planned: valueParam(planned.value), replaced },
      }),
    ];
  });
}

export const inconsistentRevisionRule: Rule = {
  id: "revisione-incoerente",
  defaultSeverity: "errore",
  description: ruleDescription("revisione-incoerente"),
  check({ plan, settings }) {
    const index = indexPlan(plan);
    return plan.revisions.flatMap((row) => {
      const about = { objective: row.objectiveCode, indicator: row.indicatorNumber };
      if (index.objective(row.objectiveCode) === undefined) {
        return [
          findingAt(row.ref, about, { key: "revisione-incoerente.obiettivo-inesistente", params: { objective: row.objectiveCode } }),
        ];
      }
      const indicator = index.indicator(row.objectiveCode, row.indicatorNumber);
      if (indicator === undefined) {
        const numbers = index.indicators(row.objectiveCode).map((i) => i.number);
        return [findingAt(row.ref, about, { key: "revisione-incoerente.indicatore-inesistente", params: { ...about, numbers } })];
      }
      return compare(row, indicator, settings.deviationTolerance);
    });
  },
};
