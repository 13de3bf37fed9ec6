/**
 * `indicatore-orfano`: an indicator whose objective code matches no objective of the plan, so it
 * counts towards nothing. The message proposes the closest existing code when one differs only in
 * spacing or punctuation ("1,2" for "1.2", "1.2." for "1.2").
 */
import { codeKeyer, codeSkeleton } from "../../plan/planCodes";
import type { Indicator } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { indexPlan } from "../../plan/planQueries";
import { ruleDescription } from "../../wording/renderMessage";

export const orphanIndicatorRule: Rule = {
  id: "indicatore-orfano",
  defaultSeverity: "errore",
  description: ruleDescription("indicatore-orfano"),
  check({ plan }) {
    const { objectivesByCode } = indexPlan(plan);
    // An objective's indicators come one after another: each run of one code is normalised once.
    const keyOf = codeKeyer();
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    for (let i = 0; i < indicators.length; i++) {
      const indicator = indicators[i] as Indicator;
      if (objectivesByCode.has(keyOf(indicator.objectiveCode))) continue;
      const near = plan.objectives.find((o) => codeSkeleton(o.code) === codeSkeleton(indicator.objectiveCode));
      findings.push(
        indicatorFinding(indicator, undefined, {
          key: "indicatore-orfano",
          params: aboutIndicator(indicator, { name: indicator.name, near: near?.code ?? null }),
        }),
      );
    }
    return findings;
  },
};
