/**
 * `scostamento-critico`: at the reporting date an indicator's achievement is below the critical
 * threshold (settings.criticalAchievement, default 50%): the seed's 2.2 ind.2, 606 positions resolved
 * against at least 10.000 at 30/6, is at 6,06%.
 * Achievement comes from evaluateIndicator with the settings' options (cap, threshold, milestone
 * credit); the baseline is used only when settings.useBaseline is set. Indicators that are not
 * evaluable are left to the rules that explain why (risultato-mancante, valore-ambiguo...).
 */
import type { Rule } from "../ruleTypes";
import { evaluationAt } from "../support/evaluateAt";
import { valueParam } from "../support/figures";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { resultAt, targetAt } from "../../plan/planQueries";

export const criticalDeviationRule: Rule = {
  id: "scostamento-critico",
  defaultSeverity: "avviso",
  description: ruleDescription("scostamento-critico"),
  check({ plan, settings }) {
    const period = plan.period;
    // Result columns not filled in yet (all blank or at zero, no date named): a plan, nothing to judge.
    if (plan.periodSource === "targets") return [];
    return plan.indicators.flatMap((indicator) => {
      const result = resultAt(indicator, period);
      const target = targetAt(indicator, period);
      if (!result || !target) return [];
      const evaluation = evaluationAt(plan, indicator, period, settings);
      if (!evaluation.ok || evaluation.value.achievement >= settings.criticalAchievement) return [];
      return [
        indicatorFinding(indicator, result, {
          key: "scostamento-critico",
          params: {
            ...aboutIndicator(indicator),
            period,
            achievement: evaluation.value.achievement,
            result: valueParam(result.value),
            target: valueParam(target.value),
            threshold: settings.criticalAchievement,
            explanation: evaluation.explain(),
          },
        }),
      ];
    });
  },
};
