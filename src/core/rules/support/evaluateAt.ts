/**
 * An indicator evaluated at a reporting date, the same way in every rule and in the scores:
 * evaluateIndicator on the period's result and target (or the target given), with the settings'
 * achievement options (the scoring profile's cap, threshold and method per polarity), and the
 * baseline only when settings.useBaseline is on or the profile's method for the indicator's
 * polarity is «baseline».
 *
 * One reading is added here, because it depends on the target: a result text holding several
 * numbers is ambiguous, but measured against a milestone target and opening as a milestone
 * ("Avviato il servizio con 12 delle agenzie già convenzionate ... e con 7 nuovi intermediari",
 * the seed's 2.1 ind.2 against "Avvio del servizio con un'agenzia pilota") it is that milestone,
 * its numbers being details. The explanation says so.
 */
import type { Explained } from "../../calc/calcTypes";
import { evaluateIndicator, type IndicatorEvaluation } from "../../calc/evaluateIndicator";
import type { Indicator, Period, Plan, PlanCell } from "../../plan/planModel";
import { readMilestone } from "../../values/readMilestone";
import type { CellValue, Milestone } from "../../values/valueTypes";
import { ITALIAN_PHRASES } from "../../wording/italian";
import { calcWords } from "../../wording/calcWords";
import { catalogueFor } from "../../wording/renderMessage";
import type { ValidationSettings } from "../../settings";
import { resultAt, targetAt } from "../../plan/planQueries";


/** The milestone an ambiguous result stands for against a milestone target, or null. */
export function milestoneReading(result: CellValue, target: CellValue | undefined): Milestone | null {
  if (result.kind !== "failure" || result.code !== "ambiguous" || target?.kind !== "milestone") return null;
  const state = readMilestone(result.text);
  return state === null ? null : { kind: "milestone", state, text: result.text };
}

/** "avviato", "realizzato", "non realizzato". */
export function milestoneWords(milestone: Milestone): string {
  return ITALIAN_PHRASES.milestone(milestone.state);
}

/** The indicator evaluated at a date, its explanation written only when asked: rules quote it only in a finding. */
export function evaluateAt(
  indicator: Indicator,
  period: Period,
  settings: ValidationSettings,
  targetCell: PlanCell | undefined = targetAt(indicator, period),
): Explained<IndicatorEvaluation> {
  const resultCell = resultAt(indicator, period);
  if (!resultCell) return { ok: false, code: "notEvaluable", message: `Nessun risultato al ${period}.` };
  if (!targetCell) return { ok: false, code: "notEvaluable", message: `Nessun target al ${period}.` };
  const reading = milestoneReading(resultCell.value, targetCell.value);
  const baseline = usesBaseline(indicator, settings) ? indicator.baseline?.value : undefined;
  const outcome = evaluateIndicator(
    { result: reading ?? resultCell.value, target: targetCell.value, polarity: indicator.polarity, ...(baseline ? { baseline } : {}) },
    settings.achievement,
  );
  if (!outcome.ok || reading === null) return outcome;
  return { ...outcome, explain: (locale) => `${outcome.explain(locale)}; ${calcWords(locale).milestoneReading(catalogueFor(locale ?? "it").phrases.milestone(reading.state))}` };
}

function usesBaseline(indicator: Indicator, settings: ValidationSettings): boolean {
  if (settings.useBaseline === true) return true;
  const methods = settings.achievement.methods;
  return indicator.polarity === "milestone" ? false : methods?.[indicator.polarity] === "baseline";
}

/** The options an evaluation depends on (the scoring profile's achievement part), as a key: the same for the rules' settings and the scores'. */
const optionKeys = new WeakMap<ValidationSettings, string>();

function optionsKey(settings: ValidationSettings): string {
  let key = optionKeys.get(settings);
  if (key === undefined) {
    key = `${settings.useBaseline === true ? "baseline" : "linear"}|${JSON.stringify(settings.achievement)}`;
    optionKeys.set(settings, key);
  }
  return key;
}

/** Evaluations made, per plan, then per date and options: the rules and the scores evaluate each indicator once per date. */
const evaluations = new WeakMap<Plan, Map<string, Map<Indicator, Explained<IndicatorEvaluation>>>>();

/**
 * The indicator evaluated at `period` against its own target (evaluateAt), made once per plan,
 * date and options and shared by every rule and the scores. Plans are never changed once read.
 */
export function evaluationAt(plan: Plan, indicator: Indicator, period: Period, settings: ValidationSettings): Explained<IndicatorEvaluation> {
  let byOptions = evaluations.get(plan);
  if (byOptions === undefined) {
    byOptions = new Map();
    evaluations.set(plan, byOptions);
  }
  const key = `${period}|${optionsKey(settings)}`;
  let byIndicator = byOptions.get(key);
  if (byIndicator === undefined) {
    byIndicator = new Map();
    byOptions.set(key, byIndicator);
  }
  let evaluation = byIndicator.get(indicator);
  if (evaluation === undefined) {
    evaluation = evaluateAt(indicator, period, settings);
    byIndicator.set(indicator, evaluation);
  }
  return evaluation;
}
