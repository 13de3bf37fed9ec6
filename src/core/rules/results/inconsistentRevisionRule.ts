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
import { describeValue } from "../../wording/describeValue";
import { findingAt } from "../support/findings";
import { indexPlan } from "../../plan/planQueries";
import { sameValue } from "../support/figureComparisons";

interface Restatement {
  cell: PlanCell | undefined;
  planned: PlanCell | undefined;
  what: string;
  planWhat: string;
  alsoAccepted?: PlanCell | undefined;
}

function restatements(row: RevisionRow, indicator: Indicator): Restatement[] {
  return [
    { cell: row.forecast30_6, planned: indicator.targets["30/6"], what: "la previsione al 30/6", planWhat: "il target al 30/6 del piano" },
    { cell: row.actual30_6, planned: indicator.results["30/6"], what: "la realizzazione al 30/6", planWhat: "il risultato al 30/6 del piano" },
    {
      cell: row.forecast31_12,
      planned: indicator.targets["31/12"],
      what: "la previsione al 31/12",
      planWhat: "il target al 31/12 del piano",
      alsoAccepted: row.newForecast31_12,
    },
  ];
}

function compare(row: RevisionRow, indicator: Indicator, tolerance: number): Finding[] {
  const about = { objective: row.objectiveCode, indicator: row.indicatorNumber };
  const replaced = /nuov[oa]/i.test(row.indicatorNumber)
    ? " La riga riguarda un indicatore nuovo che sostituisce quello del piano: la previsione va comunque riportata come nel piano."
    : "";
  return restatements(row, indicator).flatMap(({ cell, planned, what, planWhat, alsoAccepted }) => {
    if (!cell || !planned) return [];
    const same = sameValue(cell.value, planned.value, tolerance);
    if (same !== false) return [];
    if (alsoAccepted && sameValue(alsoAccepted.value, planned.value, tolerance) === true) return [];
    return [
      findingAt(cell.ref, about, {
        message: `Nella revisione dell'indicatore ${row.indicatorNumber} dell'obiettivo ${row.objectiveCode} ${what} è ${describeValue(cell.value)}, mentre ${planWhat} è ${describeValue(planned.value)}.${replaced}`,
        suggestion: `Riportare nella revisione lo stesso valore del piano (${describeValue(planned.value)}), o correggere il piano se è quest'ultimo a essere sbagliato.`,
      }),
    ];
  });
}

export const inconsistentRevisionRule: Rule = {
  id: "revisione-incoerente",
  defaultSeverity: "errore",
  description: "Le righe della tabella delle revisioni riguardano indicatori del piano e ne riportano fedelmente target e risultati.",
  check({ plan, settings }) {
    const index = indexPlan(plan);
    return plan.revisions.flatMap((row) => {
      const about = { objective: row.objectiveCode, indicator: row.indicatorNumber };
      if (index.objective(row.objectiveCode) === undefined) {
        return [
          findingAt(row.ref, about, {
            message: `La revisione rimanda all'obiettivo «${row.objectiveCode}», che non esiste nel piano.`,
            suggestion: "Correggere il codice obiettivo della revisione.",
          }),
        ];
      }
      const indicator = index.indicator(row.objectiveCode, row.indicatorNumber);
      if (indicator === undefined) {
        const numbers = index.indicators(row.objectiveCode).map((i) => i.number).join(", ");
        return [
          findingAt(row.ref, about, {
            message: `La revisione rimanda all'indicatore «${row.indicatorNumber}» dell'obiettivo ${row.objectiveCode}, che non esiste (indicatori del piano: ${numbers || "nessuno"}).`,
            suggestion: "Correggere il numero dell'indicatore nella revisione.",
          }),
        ];
      }
      return compare(row, indicator, settings.deviationTolerance);
    });
  },
};
