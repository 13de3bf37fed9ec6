/**
 * `unita-incoerenti`: the result, the target and the baseline of one indicator are written in
 * different units (a percentage, a plain number, an amount in euro), so they cannot be compared and
 * the indicator is not evaluable. Compared: the result of the reporting period with the period's
 * target (or the 31/12 target when the period has none); the baseline with the 31/12 target. The two
 * targets against each other are `target-periodi-incoerenti`'s. An amount written without "€" next to
 * one with it is a unit mismatch too (the calculation refuses it), and the message says the symbol is
 * probably missing.
 */
import type { Indicator, PlanCell } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { describeFigure, figureOf, isEmptyCell, UNIT_NAMES } from "../support/figures";
import { indicatorFinding } from "../support/findings";

function compare(indicator: Indicator, cell: PlanCell | undefined, role: string, against: PlanCell | undefined, againstRole: string): Finding[] {
  const a = figureOf(cell?.value);
  const b = figureOf(against?.value);
  if (!a || !b || a.unit === b.unit || !cell) return [];
  const euroHint = a.unit !== "percent" && b.unit !== "percent" ? " Probabilmente manca il simbolo «€» in uno dei due." : "";
  return [
    indicatorFinding(indicator, cell, {
      message: `Nell'indicatore ${indicator.number} dell'obiettivo ${indicator.objectiveCode} ${role} è ${describeFigure(a)} (${UNIT_NAMES[a.unit]}) e ${againstRole} ${describeFigure(b)} (${UNIT_NAMES[b.unit]}): unità diverse, non confrontabili.${euroHint}`,
      suggestion: "Scrivere risultato, target e baseline nella stessa unità di misura.",
    }),
  ];
}

export const inconsistentUnitsRule: Rule = {
  id: "unita-incoerenti",
  defaultSeverity: "errore",
  description: "Risultato, target e baseline di un indicatore sono nella stessa unità (percentuale, numero o euro).",
  check({ plan }) {
    const period = plan.period;
    return plan.indicators.flatMap((indicator) => {
      const periodTarget = indicator.targets[period];
      const useEnd = isEmptyCell(periodTarget);
      const target = useEnd ? indicator.targets["31/12"] : periodTarget;
      const targetRole = `il target al ${useEnd ? "31/12" : period}`;
      return [
        ...compare(indicator, indicator.results[period], `il risultato al ${period}`, target, targetRole),
        ...compare(indicator, indicator.baseline, "la baseline", indicator.targets["31/12"], "il target al 31/12"),
      ];
    });
  },
};
