/**
 * `obiettivo-orfano`: an operational objective whose «Obiettivo strategico di riferimento» names no
 * objective of the plan, or names one that is not strategic (another operational objective, itself).
 * Its score then contributes to no strategic objective, and the strategic objective it was meant for
 * is computed without it: nothing would say so. The message proposes the strategic objective whose
 * code differs only in spacing or punctuation, when there is one.
 */
import { codeSkeleton } from "../../plan/planCodes";
import type { Objective } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { objectiveFinding } from "../support/findings";
import { indexPlan } from "../../plan/planQueries";
import { ruleDescription } from "../../wording/renderMessage";

/** A strategic code that differs from the reference only in spaces, case or punctuation, if any. */
function nearCode(strategic: readonly Objective[], reference: string): string | null {
  return strategic.find((objective) => codeSkeleton(objective.code) === codeSkeleton(reference))?.code ?? null;
}

export const orphanObjectiveRule: Rule = {
  id: "obiettivo-orfano",
  defaultSeverity: "errore",
  description: ruleDescription("obiettivo-orfano"),
  check({ plan }) {
    const index = indexPlan(plan);
    const strategic = plan.objectives.filter((objective) => objective.kind === "strategic");
    const findings: Finding[] = [];
    for (const objective of plan.objectives) {
      const reference = objective.parentCode?.trim();
      if (objective.kind !== "operational" || !reference) continue;
      const parent = index.objective(reference);
      if (parent?.kind === "strategic") continue;
      const parentKind = parent === undefined ? "missing" : parent === objective ? "itself" : "operational";
      findings.push(
        objectiveFinding(objective, undefined, {
          key: "obiettivo-orfano",
          params: {
            objective: objective.code,
            title: objective.title,
            reference,
            parent: parentKind,
            near: nearCode(strategic, reference),
            strategic: strategic.map((o) => o.code),
          },
        }),
      );
    }
    return findings;
  },
};
