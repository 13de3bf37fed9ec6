/**
 * `obiettivo-senza-indicatori`: an objective with no indicator cannot be measured, so its score
 * cannot be computed and the OIV has nothing to validate.
 * A strategic objective whose score comes entirely from its operational objectives (own share 0%,
 * at least one contributing objective) needs no indicators of its own and is not reported.
 */
import { codeKey } from "../../plan/planCodes";
import type { Objective, Plan } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { objectiveFinding } from "../support/findings";
import { indexPlan } from "../../plan/planQueries";
import { ruleDescription } from "../../wording/renderMessage";

function scoredOnlyByContributions(objective: Objective, plan: Plan): boolean {
  if (objective.kind !== "strategic") return false;
  const share = objective.ownShare?.value;
  // No own-share cell at all: a higher objective named only by its contributors' column, scored from them.
  const ownShareZero = share === undefined || (share.kind === "quantity" && share.value === 0);
  const code = codeKey(objective.code);
  const hasContributions = plan.objectives.some((o) => o.parentCode !== undefined && codeKey(o.parentCode) === code);
  return ownShareZero && hasContributions;
}

export const objectiveWithoutIndicatorsRule: Rule = {
  id: "obiettivo-senza-indicatori",
  defaultSeverity: "errore",
  description: ruleDescription("obiettivo-senza-indicatori"),
  check({ plan }) {
    const index = indexPlan(plan);
    const findings: Finding[] = [];
    for (const objective of plan.objectives) {
      if (index.indicators(objective.code).length > 0 || scoredOnlyByContributions(objective, plan)) continue;
      findings.push(objectiveFinding(objective, undefined, { key: "obiettivo-senza-indicatori", params: { objective: objective.code, title: objective.title } }));
    }
    return findings;
  },
};
