/**
 * `valore-illeggibile`: a cell whose value a calculation needs holds something no reader can take a
 * value from: an Excel error ("#VALUE!", "#N/D") or text that is neither a number, a bound, a
 * milestone nor a placeholder ("???", "12,,5%"). The reader's reason is said in the report's language.
 * Only the cells listed by `checkedCells` are looked at. Descriptive texts that read as words
 * are milestones, not failures: whether they are measurable is `target-non-misurabile`'s question.
 * A baseline is reported as avviso (it informs, it does not score); everything else as errore.
 */
import type { Rule } from "../ruleTypes";
import { unreadCells } from "../support/checkedCells";
import { findingAt } from "../support/findings";
import { ruleDescription } from "../../wording/renderMessage";
import { localized } from "../../wording/calcWords";
import { readerReasonText } from "../../wording/readerWords";

export const unreadableValueRule: Rule = {
  id: "valore-illeggibile",
  defaultSeverity: "errore",
  description: ruleDescription("valore-illeggibile"),
  check({ plan }) {
    return unreadCells(plan).flatMap(({ cell, role, objective, indicatorNumber, secondary }) => {
      const value = cell.value;
      if (value.kind !== "failure" || value.code === "ambiguous") return [];
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

