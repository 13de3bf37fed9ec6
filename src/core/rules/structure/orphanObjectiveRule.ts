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

function suggestion(strategic: readonly Objective[], reference: string): string {
  const near = strategic.find((objective) => codeSkeleton(objective.code) === codeSkeleton(reference));
  if (near) return `Forse il codice è «${near.code}»: correggerlo nella colonna «Obiettivo strategico di riferimento».`;
  const codes = strategic.map((objective) => `«${objective.code}»`).join(", ");
  return codes === ""
    ? "Aggiungere l'obiettivo strategico nel foglio degli obiettivi, o lasciare vuota la colonna «Obiettivo strategico di riferimento»."
    : `Indicare uno degli obiettivi strategici del piano (${codes}), o lasciare vuota la colonna «Obiettivo strategico di riferimento».`;
}

export const orphanObjectiveRule: Rule = {
  id: "obiettivo-orfano",
  defaultSeverity: "errore",
  description: "Ogni obiettivo operativo che indica un obiettivo strategico di riferimento rimanda a un obiettivo strategico del piano.",
  check({ plan }) {
    const index = indexPlan(plan);
    const strategic = plan.objectives.filter((objective) => objective.kind === "strategic");
    const findings: Finding[] = [];
    for (const objective of plan.objectives) {
      const reference = objective.parentCode?.trim();
      if (objective.kind !== "operational" || !reference) continue;
      const parent = index.objective(reference);
      if (parent?.kind === "strategic") continue;
      const what =
        parent === undefined
          ? `all'obiettivo strategico «${reference}», che non esiste nel piano`
          : `a «${reference}», che ${parent === objective ? "è l'obiettivo stesso" : "è un obiettivo operativo"}, non strategico`;
      findings.push(
        objectiveFinding(objective, undefined, {
          message: `L'obiettivo ${objective.code} («${objective.title}») rimanda ${what}: il suo punteggio non contribuisce ad alcun obiettivo strategico.`,
          suggestion: suggestion(strategic, reference),
        }),
      );
    }
    return findings;
  },
};
