/**
 * `milestone-dedotta`: a text result read as a milestone reached (100%) only because it names an
 * outcome, against a milestone target it does not echo. "Adozione protocollo" against "Adozione
 * protocollo aziendale" restates the target and is reached; "in lavorazione", "bozza pronta" or
 * "problemi con il fornitore" against "Nuovo regolamento" may well not be, and the reader cannot
 * tell: a guess that gives 100% must be confirmed. Results that say their state in words ("sì",
 * "Avviato", "non realizzato", "Realizzata la campagna") are not guesses and are not reported.
 * Judged on the seed: its one such result (3.1 ind.1) echoes its target; nothing is reported.
 */
import { normalizeHeader } from "../../plan/normalizeHeader";
import type { Finding, Rule } from "../ruleTypes";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { readMilestoneWithBasis } from "../../values/readMilestone";
import { ruleDescription } from "../../wording/renderMessage";
import { resultAt } from "../../plan/planQueries";
import { datedValuesOf } from "../../plan/indicatorColumns";
import type { Indicator } from "../../plan/planModel";

/** Five-letter stems of the words of four letters or more: "attivato" and "attivazione" meet. */
function stems(text: string): Set<string> {
  const words = normalizeHeader(text).split(" ").filter((word) => word.length >= 4);
  return new Set(words.map((word) => word.slice(0, 5)));
}

function echoes(result: string, target: string): boolean {
  const targetStems = stems(target);
  return [...stems(result)].some((stem) => targetStems.has(stem));
}

export const guessedMilestoneRule: Rule = {
  id: "milestone-dedotta",
  defaultSeverity: "avviso",
  description: ruleDescription("milestone-dedotta"),
  check({ plan }) {
    const period = plan.period;
    const findings: Finding[] = [];
    const indicators = plan.indicators;
    const resultOf = datedValuesOf(indicators, "results", period);
    const targetOf = datedValuesOf(indicators, "targets", period);
    for (let i = 0; i < indicators.length; i++) {
      const result = resultOf(i);
      if (result?.kind !== "milestone" || result.state !== "done") continue;
      const target = targetOf(i);
      if (target?.kind !== "milestone" || readMilestoneWithBasis(result.text)?.basis !== "outcome" || echoes(result.text, target.text)) continue;
      const indicator = indicators[i] as Indicator;
      findings.push(
        indicatorFinding(indicator, resultAt(indicator, period), {
          key: "milestone-dedotta",
          params: aboutIndicator(indicator, { period, result: result.text, target: target.text }),
        }),
      );
    }
    return findings;
  },
};
