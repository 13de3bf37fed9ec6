/**
 * `scostamento-critico`: at the reporting date an indicator's achievement is below the critical
 * threshold (settings.criticalAchievement, default 50%): the seed's 2.2 ind.2, 606 positions resolved
 * against at least 10.000 at 30/6, is at 6,06%.
 * Achievement comes from evaluateIndicator with the settings' options (cap, threshold, milestone
 * credit); the baseline is used only when settings.useBaseline is set. Indicators that are not
 * evaluable are left to the rules that explain why (risultato-mancante, valore-ambiguo...).
 */
import { formatShare } from "../../wording/formatNumbers";
import { describeValue } from "../../wording/describeValue";
import type { Rule } from "../ruleTypes";
import { evaluateAtLazily } from "../support/evaluateAt";
import { indicatorFinding } from "../support/findings";

export const criticalDeviationRule: Rule = {
  id: "scostamento-critico",
  defaultSeverity: "avviso",
  description: "Alla data di rendicontazione nessun indicatore è sotto la soglia critica di raggiungimento (50%).",
  check({ plan, settings }) {
    const period = plan.period;
    // Result columns not filled in yet (all blank or at zero, no date named): a plan, nothing to judge.
    if (plan.periodSource === "targets") return [];
    return plan.indicators.flatMap((indicator) => {
      const result = indicator.results[period];
      const target = indicator.targets[period];
      if (!result || !target) return [];
      const evaluation = evaluateAtLazily(indicator, period, settings);
      if (!evaluation.ok || evaluation.value.achievement >= settings.criticalAchievement) return [];
      return [
        indicatorFinding(indicator, result, {
          message: `Al ${period} l'indicatore ${indicator.number} dell'obiettivo ${indicator.objectiveCode} è raggiunto al ${formatShare(evaluation.value.achievement)} (risultato ${describeValue(result.value)}, target ${describeValue(target.value)}), sotto la soglia critica del ${formatShare(settings.criticalAchievement)}: ${evaluation.explain()}.`,
          suggestion: "Spiegare nelle note le cause dello scostamento e le azioni correttive, o proporre una revisione del target.",
        }),
      ];
    });
  },
};
