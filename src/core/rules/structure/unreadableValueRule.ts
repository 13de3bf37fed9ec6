/**
 * `valore-illeggibile`: a cell whose value a calculation needs holds something no reader can take a
 * value from: an Excel error ("#VALUE!", "#N/D") or text that is neither a number, a bound, a
 * milestone nor a placeholder ("???", "12,,5%"). The reader's reason is said in the report's language.
 * Only the cells listed by `checkedCells` are looked at. Descriptive texts that read as words
 * are milestones, not failures: whether they are measurable is `target-non-misurabile`'s question.
 * A baseline is reported as avviso (it informs, it does not score); everything else as errore.
 * A date in a milestone indicator's target, result or baseline is not reported when the evaluation
 * reads it as a deadline or as the day it was done (plan/writtenDates).
 */
import type { Rule } from "../ruleTypes";
import { unreadCells, type CheckedCell } from "../support/checkedCells";
import { datedValue } from "../../plan/indicatorColumns";
import type { Plan } from "../../plan/planModel";
import { dateAsMilestone } from "../../plan/writtenDates";
import { findingAt } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { localized } from "../../wording/calcWords";
import { readerReasonText } from "../../wording/readerWords";

/**
 * A date that the indicator's evaluation reads as a milestone's (plan/writtenDates): a target's
 * deadline against its result, a result's day against its target, a baseline's day against the
 * target of the reporting date. Not an unreadable value.
 */
function isMilestoneDate({ cell, role, indicator }: CheckedCell, plan: Plan): boolean {
  if (indicator === undefined || indicator.polarity !== "milestone") return false;
  switch (role.kind) {
    case "target":
      return dateAsMilestone(cell.value, "target", datedValue(indicator, "results", role.date), indicator.polarity) !== null;
    case "result":
      return dateAsMilestone(cell.value, "result", datedValue(indicator, "targets", role.date), indicator.polarity) !== null;
    case "baseline":
      return dateAsMilestone(cell.value, "baseline", datedValue(indicator, "targets", plan.period), indicator.polarity) !== null;
    default:
      return false;
  }
}

export const unreadableValueRule: Rule = {
  id: "valore-illeggibile",
  defaultSeverity: "errore",
  description: ruleDescription("valore-illeggibile"),
  check({ plan }) {
    return unreadCells(plan).flatMap((checked) => {
      const { cell, role, objective, indicatorNumber, secondary } = checked;
      const value = cell.value;
      if (value.kind !== "failure" || value.code === "ambiguous" || isMilestoneDate(checked, plan)) return [];
      const about = { objective, indicator: indicatorNumber };
      const reason = value.reason;
      const params = { role, text: value.text.trim(), reason: reason ? localized((locale) => readerReasonText(value.text, reason, locale)) : { it: value.message, en: value.message } };
      const severity = secondary ? "avviso" : undefined;
      return [
        value.code === "excelError"
          ? findingAt(cell.ref, about, { key: "valore-illeggibile.errore-excel", params, severity })
          : findingAt(cell.ref, about, { key: "valore-illeggibile.testo", params, severity }),
      ];
    });
  },
};

