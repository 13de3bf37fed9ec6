/**
 * `risultato-mancante`: the reporting date has come and an indicator that had a target for it has no
 * result (blank or a placeholder).
 * Decision, judged on the seed: a placeholder result is legitimate when the period's target is a
 * placeholder too, i.e. the indicator is annual or its activity falls in the second half (3.5 ind.2-3
 * "//" with no 30/6 target, 3.6 "//" with "-----", AS ind.3 "-" with "-", the objectives 1.4, 2.3 and
 * 2.4 added at mid-year). Those are quiet; a target for the period with no result is an errore.
 * A result column missing altogether is `struttura-colonne`'s.
 */
import type { Finding, Rule } from "../ruleTypes";
import { valueParam } from "../support/figures";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { resultAt } from "../../plan/planQueries";
import { datedValuesOf } from "../../plan/indicatorColumns";
import type { Indicator } from "../../plan/planModel";
import { isEmptyValue } from "../support/checkedCells";

export const missingResultRule: Rule = {
  id: "risultato-mancante",
  defaultSeverity: "errore",
  description: ruleDescription("risultato-mancante"),
  check({ plan }) {
    const period = plan.period;
    // Result columns not filled in yet (all blank or at zero, no date named): a plan, nothing to judge.
    if (plan.periodSource === "targets") return [];
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    const resultOf = datedValuesOf(indicators, "results", period);
    const targetOf = datedValuesOf(indicators, "targets", period);
    for (let i = 0; i < indicators.length; i++) {
      // A result cell left blank (or a placeholder) beside a target cell that is not.
      const result = resultOf(i);
      if (result?.kind !== "placeholder") continue;
      const target = targetOf(i);
      if (isEmptyValue(target)) continue;
      const indicator = indicators[i] as Indicator;
      const written = result.text.trim();
      findings.push(
        indicatorFinding(indicator, resultAt(indicator, period), { key: "risultato-mancante", params: aboutIndicator(indicator, { period, target: valueParam(target), written }) }),
      );
    }
    return findings;
  },
};
