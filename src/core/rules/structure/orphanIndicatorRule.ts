/**
 * `indicatore-orfano`: an indicator whose objective code matches no objective of the plan, so it
 * counts towards nothing. The message proposes the closest existing code when one differs only in
 * spacing or punctuation ("1,2" for "1.2", "1.2." for "1.2").
 */
import { codeSkeleton } from "../../plan/planCodes";
import type { Rule } from "../ruleTypes";
import { indicatorFinding } from "../support/findings";
import { indexPlan } from "../../plan/planQueries";

export const orphanIndicatorRule: Rule = {
  id: "indicatore-orfano",
  defaultSeverity: "errore",
  description: "Ogni indicatore appartiene a un obiettivo presente nel piano.",
  check({ plan }) {
    const index = indexPlan(plan);
    return plan.indicators
      .filter((indicator) => index.objective(indicator.objectiveCode) === undefined)
      .map((indicator) => {
        const near = plan.objectives.find((o) => codeSkeleton(o.code) === codeSkeleton(indicator.objectiveCode));
        return indicatorFinding(indicator, undefined, {
          message: `L'indicatore ${indicator.number} («${indicator.name}») rimanda all'obiettivo «${indicator.objectiveCode}», che non esiste nel piano.`,
          suggestion:
            near === undefined
              ? "Correggere il codice obiettivo dell'indicatore o aggiungere l'obiettivo nel foglio degli obiettivi."
              : `Forse il codice è «${near.code}»: correggerlo nella riga dell'indicatore.`,
        });
      });
  },
};
