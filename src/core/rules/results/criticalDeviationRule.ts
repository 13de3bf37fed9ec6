/**
 * `scostamento-critico`: at the reporting date an indicator is «Non raggiunto» (computeStatus under the
 * profile's status thresholds: below settings.criticalAchievement, default 50%, the same verdict the
 * Riepilogo and PERF.STATO give): the seed's 2.2 ind.2, 606 positions resolved against at least 10.000
 * at 30/6, is at 6,06%.
 * Achievement comes from the plan's evaluation (calc/planEvaluation.ts) with the settings' options (cap, threshold, milestone
 * credit); the baseline is used only when settings.useBaseline is set. Indicators that are not
 * evaluable are left to the rules that explain why (risultato-mancante, valore-ambiguo...).
 */
import type { Finding, Rule } from "../ruleTypes";
import type { Indicator } from "../../plan/planModel";
import { planEvaluation, STATUSES } from "../../calc/planEvaluation";
import { statusThresholds } from "../../settings";
import { valueParam } from "../support/figures";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { resultAt, targetAt } from "../../plan/planQueries";
import { localized } from "../../wording/calcWords";

const NOT_MET = STATUSES.indexOf("Non raggiunto");

export const criticalDeviationRule: Rule = {
  id: "scostamento-critico",
  defaultSeverity: "avviso",
  description: ruleDescription("scostamento-critico"),
  check({ plan, settings }) {
    const period = plan.period;
    // Result columns not filled in yet (all blank or at zero, no date named): a plan, nothing to judge.
    if (plan.periodSource === "targets") return [];
    const { partial } = statusThresholds(settings);
    const evaluation = planEvaluation(plan, settings);
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    for (let i = 0; i < indicators.length; i += 1) {
      if (evaluation.status[i] !== NOT_MET) continue;
      const indicator = indicators[i] as Indicator;
      const explained = evaluation.explain(i);
      const result = resultAt(indicator, period);
      const target = targetAt(indicator, period);
      if (!explained.ok || !result || !target) continue;
      findings.push(
        indicatorFinding(indicator, result, {
          key: "scostamento-critico",
          params: aboutIndicator(indicator, {
            period,
            achievement: evaluation.achievement[i] ?? explained.value.achievement,
            result: valueParam(result.value),
            target: valueParam(target.value),
            threshold: partial,
            explanation: localized(explained.explain),
          }),
        }),
      );
    }
    return findings;
  },
};
