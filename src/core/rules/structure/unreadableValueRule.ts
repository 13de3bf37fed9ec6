/**
 * `valore-illeggibile`: a cell whose value a calculation needs holds something no reader can take a
 * value from: an Excel error ("#VALUE!", "#N/D") or text that is neither a number, a bound, a
 * milestone nor a placeholder ("???", "12,,5%"). The reader's own Italian explanation is quoted.
 * Only the cells listed by `checkedCells` are looked at. Descriptive texts that read as words
 * are milestones, not failures: whether they are measurable is `target-non-misurabile`'s question.
 * A baseline is reported as avviso (it informs, it does not score); everything else as errore.
 */
import { capitalise } from "../../calc/calcOutcome";
import type { CellValue } from "../../values/valueTypes";
import type { Rule } from "../ruleTypes";
import { checkedCells } from "../support/checkedCells";
import { findingAt } from "../support/findings";

function isFailure(value: CellValue): boolean {
  return value.kind === "failure";
}

export const unreadableValueRule: Rule = {
  id: "valore-illeggibile",
  defaultSeverity: "errore",
  description: "Pesi, baseline, target, risultati e scostamenti contengono valori leggibili (non errori di Excel né testo indecifrabile).",
  check({ plan }) {
    return checkedCells(plan, isFailure).flatMap(({ cell, role, objective, indicatorNumber, secondary }) => {
      const value = cell.value;
      if (value.kind !== "failure" || value.code === "ambiguous") return [];
      const what = value.code === "excelError" ? `un errore di Excel (${value.text.trim()})` : `il valore illeggibile «${value.text.trim()}»`;
      const about = { ...(objective === undefined ? {} : { objective }), ...(indicatorNumber === undefined ? {} : { indicator: indicatorNumber }) };
      return [
        findingAt(cell.ref, about, {
          message: `${capitalise(role)} contiene ${what}: ${value.message}`,
          suggestion:
            value.code === "excelError"
              ? "Correggere la formula o i riferimenti che producono l'errore."
              : "Scrivere un numero (es. 1.800,50), una percentuale (45%), un importo (€ 1.000) o un segnaposto (-) se il valore non è previsto.",
          ...(secondary ? { severity: "avviso" as const } : {}),
        }),
      ];
    });
  },
};

