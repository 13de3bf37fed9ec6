/**
 * An indicator evaluated at a reporting date, the same way in every rule and in the scores:
 * evaluateIndicator on the period's result and target (or the target given), with the settings'
 * achievement options, and the baseline only when settings.useBaseline is on.
 *
 * One reading is added here, because it depends on the target: a result text holding several
 * numbers is ambiguous, but measured against a milestone target and opening as a milestone
 * ("Avviato il servizio con 12 delle agenzie già convenzionate ... e con 7 nuovi intermediari",
 * the seed's 2.1 ind.2 against "Avvio del servizio con un'agenzia pilota") it is that milestone,
 * its numbers being details. The explanation says so.
 */
import { withExplanation } from "../../calc/calcOutcome";
import type { Explained, Outcome } from "../../calc/calcTypes";
import { evaluateIndicatorLazily, type IndicatorEvaluation } from "../../calc/evaluateIndicator";
import type { Indicator, Period, PlanCell } from "../../plan/planModel";
import { readMilestone } from "../../values/readMilestone";
import type { CellValue, Milestone } from "../../values/valueTypes";
import type { ValidationSettings } from "../../settings";

const STATE_WORDS: Record<Milestone["state"], string> = { notDone: "non realizzato", started: "avviato", done: "realizzato" };

/** The milestone an ambiguous result stands for against a milestone target, or null. */
export function milestoneReading(result: CellValue, target: CellValue | undefined): Milestone | null {
  if (result.kind !== "failure" || result.code !== "ambiguous" || target?.kind !== "milestone") return null;
  const state = readMilestone(result.text);
  return state === null ? null : { kind: "milestone", state, text: result.text };
}

/** "avviato", "realizzato", "non realizzato". */
export function milestoneWords(milestone: Milestone): string {
  return STATE_WORDS[milestone.state];
}

export function evaluateAt(
  indicator: Indicator,
  period: Period,
  settings: ValidationSettings,
  targetCell: PlanCell | undefined = indicator.targets[period],
): Outcome<IndicatorEvaluation> {
  return withExplanation(evaluateAtLazily(indicator, period, settings, targetCell));
}

/** evaluateAt, with the explanation written only when asked: for rules, which quote it only in a finding. */
export function evaluateAtLazily(
  indicator: Indicator,
  period: Period,
  settings: ValidationSettings,
  targetCell: PlanCell | undefined = indicator.targets[period],
): Explained<IndicatorEvaluation> {
  const resultCell = indicator.results[period];
  if (!resultCell) return { ok: false, code: "notEvaluable", message: `Nessun risultato al ${period}.` };
  if (!targetCell) return { ok: false, code: "notEvaluable", message: `Nessun target al ${period}.` };
  const reading = milestoneReading(resultCell.value, targetCell.value);
  const baseline = settings.useBaseline ? indicator.baseline?.value : undefined;
  const outcome = evaluateIndicatorLazily(
    { result: reading ?? resultCell.value, target: targetCell.value, polarity: indicator.polarity, ...(baseline ? { baseline } : {}) },
    settings.achievement,
  );
  if (!outcome.ok || reading === null) return outcome;
  const note = `il risultato contiene più numeri ma il target è una milestone: letto come «${milestoneWords(reading)}», i numeri sono dettagli`;
  return { ...outcome, explain: () => `${outcome.explain()}; ${note}` };
}
