/**
 * `target-mancante`: an indicator without the target it is measured against.
 *
 * - The year's target (31/12, or the last target date of the reporting year: see plan/planQueries.ts) is
 *   always needed: blank or a placeholder -> errore.
 * - The 30/6 target may legitimately be a placeholder: decision, judged on the seed, where every
 *   indicator without a mid-year target is an annual one whose activity falls in the second half
 *   (3.1 ind.2 "Attività da realizzare nel 2 semestre", 3.4 ind.1, 3.5 ind.2-3, 3.6 "-----", AS ind.3
 *   "-", and the objectives 1.4, 2.3, 2.4 added at mid-year). Such an indicator is "non valutabile"
 *   at 30/6, which the scores report; it is not an anomaly.
 * A target column missing altogether is `struttura-colonne`'s.
 */
import type { Indicator } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { targetAt, yearTargetDate } from "../../plan/planQueries";
import { datedValuesOf } from "../../plan/indicatorColumns";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";

export const missingTargetRule: Rule = {
  id: "target-mancante",
  defaultSeverity: "errore",
  description: ruleDescription("target-mancante"),
  check({ plan }) {
    const date = yearTargetDate(plan);
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    const yearEndOf = datedValuesOf(indicators, "targets", date);
    for (let i = 0; i < indicators.length; i++) {
      // A cell written blank or with a placeholder; no cell at that date is not reported here.
      const yearEnd = yearEndOf(i);
      if (yearEnd?.kind !== "placeholder") continue;
      const indicator = indicators[i] as Indicator;
      const written = yearEnd.text.trim();
      findings.push(indicatorFinding(indicator, targetAt(indicator, date), { key: "target-mancante", params: aboutIndicator(indicator, { date, written }) }));
    }
    return findings;
  },
};
