/**
 * `unita-incoerenti`: the result, the target and the baseline of one indicator are written in
 * different units (a percentage, a plain number, an amount in euro), so they cannot be compared and
 * the indicator is not evaluable. Compared: the result of the reporting period with the period's
 * target (or the 31/12 target when the period has none); the baseline with the 31/12 target. The two
 * targets against each other are `target-periodi-incoerenti`'s. An amount written without "€" next to
 * one with it is a unit mismatch too (the calculation refuses it), and the message says the symbol is
 * probably missing. A result of another kind than its period's target (a milestone such as «sì» or
 * «Avviato» against a number, a number against a milestone, a bound such as «almeno 300» written as
 * a result) cannot be compared either: the calculation refuses it and this rule says why, so the
 * indicator never drops out of the scores in silence.
 */
import type { Indicator, Period, PlanCell } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import type { ValidationSettings } from "../../settings";
import { evaluateAt } from "../support/evaluateAt";
import { yearTargetDate } from "../../plan/planQueries";
import { describeFigure, UNIT_NAMES } from "../../wording/describeValue";
import { figureOf } from "../../values/valueTypes";
import { isEmptyCell } from "../support/checkedCells";
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

/** A result of another kind than the period's own target: the calculation's reason, at the result. */
function compareKinds(indicator: Indicator, period: Period, settings: ValidationSettings): Finding[] {
  const result = indicator.results[period];
  const target = indicator.targets[period];
  if (!result || !target) return [];
  const resultKind = result.value.kind;
  const targetKind = target.value.kind;
  const leftToOtherRules = [resultKind, targetKind].some((kind) => kind === "placeholder" || kind === "failure");
  if (leftToOtherRules || (resultKind !== "threshold" && (resultKind === "milestone") === (targetKind === "milestone"))) return [];
  const outcome = evaluateAt(indicator, period, settings);
  if (outcome.ok || outcome.code !== "incompatible") return [];
  return [
    indicatorFinding(indicator, result, {
      message: `Al ${period} l'indicatore ${indicator.number} dell'obiettivo ${indicator.objectiveCode} non è valutabile. ${outcome.message}`,
      suggestion: "Scrivere il risultato nella forma del target: il valore misurato (un numero, una percentuale, un importo) contro un target numerico, lo stato raggiunto (es. «Avviato», «sì», «no») contro una milestone.",
    }),
  ];
}

export const inconsistentUnitsRule: Rule = {
  id: "unita-incoerenti",
  defaultSeverity: "errore",
  description: "Risultato, target e baseline di un indicatore sono confrontabili: stessa unità (percentuale, numero, euro) e stessa forma (valore o milestone).",
  check({ plan, settings }) {
    const period = plan.period;
    const yearDate = yearTargetDate(plan);
    return plan.indicators.flatMap((indicator) => {
      const periodTarget = indicator.targets[period];
      const useEnd = isEmptyCell(periodTarget);
      const target = useEnd ? indicator.targets[yearDate] : periodTarget;
      const targetRole = `il target al ${useEnd ? yearDate : period}`;
      const units = compare(indicator, indicator.results[period], `il risultato al ${period}`, target, targetRole);
      return [
        ...(units.length > 0 ? units : compareKinds(indicator, period, settings)),
        ...compare(indicator, indicator.baseline, "la baseline", indicator.targets[yearDate], `il target al ${yearDate}`),
      ];
    });
  },
};
