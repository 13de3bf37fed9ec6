/**
 * `target-sotto-baseline`: the year-end target asks for less than the baseline (target storico):
 * below it for a crescente indicator, above it for a decrescente one.
 *
 * Judged on the seed: 1.1 ind.1 (events: 70 at 31/12 against 133 in 2019), 1.1 ind.2 (assessments:
 * 100 against 173) and 2.2 ind.3 (Quality Check samples: at least 8.000 against at least 8.500 in
 * 2019) are reported, and 3.6 ind.2 (at least 95% against 100%). These are real: a target below the
 * historical value is less ambitious than what was already achieved, which the OIV must see justified
 * (the COVID emergency may well justify it, but the plan does not say so next to the target). Hence
 * avviso, not errore.
 * Only the 31/12 target is compared: baselines are whole-year values, so a 30/6 target of a
 * cumulative indicator (32 events at mid-year) is naturally below them. Units must agree.
 */
import type { Indicator, PlanCell } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { targetAt, yearTargetDate } from "../../plan/planQueries";
import { datedValuesOf, singleValuesOf } from "../../plan/indicatorColumns";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { directionOf } from "../support/figureComparisons";
import { hasFigure } from "../support/figures";
import { ruleDescription } from "../../wording/renderMessage";
import { figureOf } from "../../values/valueTypes";

/** "2019" from 2019 (a number, not "2.019") or "anno 2019"; null when there is no year. */
function yearOf(cell: PlanCell | undefined): string | null {
  const written = typeof cell?.raw === "number" ? String(cell.raw) : (cell?.value.text ?? "");
  return /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(written)?.[1] ?? null;
}

export const targetBelowBaselineRule: Rule = {
  id: "target-sotto-baseline",
  defaultSeverity: "avviso",
  description: ruleDescription("target-sotto-baseline"),
  check({ plan }) {
    const date = yearTargetDate(plan);
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    const targetOf = datedValuesOf(indicators, "targets", date);
    const baselineOf = singleValuesOf(indicators, "baseline");
    for (let i = 0; i < indicators.length; i++) {
      // Values first: the figures and the target's cell are made only for a finding.
      const target = targetOf(i);
      if (!hasFigure(target)) continue;
      const baseline = baselineOf(i);
      if (!hasFigure(baseline) || target.unit !== baseline.unit) continue;
      const indicator = indicators[i] as Indicator;
      if (indicator.polarity === "milestone" && target.kind !== "threshold") continue;
      const direction = directionOf(indicator, target);
      const worse = direction === "increasing" ? target.value < baseline.value : target.value > baseline.value;
      if (!worse) continue;
      const targetFigure = figureOf(target);
      const baselineFigure = figureOf(baseline);
      if (!targetFigure || !baselineFigure) continue;
      findings.push(
        indicatorFinding(indicator, targetAt(indicator, date), {
          key: "target-sotto-baseline",
          params: aboutIndicator(indicator, { date, target: targetFigure, baseline: baselineFigure, year: yearOf(indicator.baselineYear), direction }),
        }),
      );
    }
    return findings;
  },
};
