/**
 * `polarita-dedotta` (info): the polarity of an indicator was not written and the reader inferred it
 * ("riduzione" in the name, negative targets, a milestone target...). The reason is quoted so that the
 * user can confirm it or write the polarity down.
 */
import { polarityName } from "../../calc/polarity";
import type { Rule } from "../ruleTypes";
import { indicatorFinding } from "../support/findings";

export const inferredPolarityRule: Rule = {
  id: "polarita-dedotta",
  defaultSeverity: "info",
  description: "Segnala gli indicatori la cui polarità non è scritta ma dedotta, e perché.",
  check({ plan }) {
    return plan.indicators.flatMap((indicator) => {
      if (indicator.polarityInferred === undefined) return [];
      return [
        indicatorFinding(indicator, indicator.polarityCell, {
          message: `La polarità dell'indicatore ${indicator.number} dell'obiettivo ${indicator.objectiveCode} è stata dedotta come ${polarityName(indicator.polarity)}: ${indicator.polarityInferred}`,
          suggestion: "Confermarla scrivendola nella colonna «Polarità» (crescente, decrescente o milestone).",
        }),
      ];
    });
  },
};
