/**
 * `polarita-dedotta` (info): the polarity of an indicator was not written and the reader inferred it
 * from a clue that may be wrong: a reducing word in the name ("% riduzione delle pratiche critiche")
 * or negative targets (the seed's 2.2 ind.1, -2% / -5%, decrescente). The reason is quoted so that the
 * user can confirm it or write the polarity down. Also reported: a polarity cell that could not be read.
 * Not reported, to avoid noise: milestone targets read as milestones (there is no other reading) and
 * the default "crescente" of an indicator with no clue at all (the usual case, which every score
 * explanation states anyway).
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
      const unreadableCell = indicator.polarityCell !== undefined && indicator.polarityCell.value.kind !== "placeholder";
      const obvious = indicator.polarityBasis === "default" || indicator.polarityBasis === "milestoneTargets";
      if (obvious && !unreadableCell) return [];
      return [
        indicatorFinding(indicator, indicator.polarityCell, {
          message: `La polarità dell'indicatore ${indicator.number} dell'obiettivo ${indicator.objectiveCode} non è scritta: è considerata ${polarityName(indicator.polarity)} (${indicator.polarityInferred.replace(/\.$/, "")}).`,
          suggestion: "Confermarla scrivendola nella colonna «Polarità» (crescente, decrescente o milestone).",
        }),
      ];
    });
  },
};
