/**
 * `valore-ambiguo`: a cell that matters holds more than one figure, so no value can be taken from it
 * without guessing (the seed's STRAT ind.4 result "2301 iscritti ai 36 eventi a distanza / 1361
 * partecipanti collegati ai 36 eventi a distanza"). The message quotes every figure found.
 *
 * For a result, the suggestion tries to tell which figure was meant, from evidence in the plan:
 * the declared deviation (a candidate whose deviation from the period's target equals it) and the
 * Revisioni row (a candidate equal to its "realizzazione al 30/6"). In the seed both point to 1.361
 * (1.361 − 500 = 861; the revision restates 1.361): the indicator counts participants, not sign-ups.
 * A result measured against a milestone target that opens as a milestone ("Avviato il servizio con 12
 * delle agenzie ... e con 7 nuovi intermediari", the seed's 2.1 ind.2) is read as that milestone (see
 * `evaluateAt`): reported as info, saying how it was read.
 * A baseline is reported as avviso; everything else as errore.
 */
import { capitalise } from "../../calc/calcOutcome";
import { computeDeviation } from "../../calc/computeDeviation";
import { formatFigure } from "../../wording/formatNumbers";
import { figureOf } from "../../values/valueTypes";
import type { Plan } from "../../plan/planModel";
import type { CellValue, Quantity } from "../../values/valueTypes";
import type { Rule } from "../ruleTypes";
import type { ValidationSettings } from "../../settings";
import { type CheckedCell, checkedCells } from "../support/checkedCells";
import { deviationMatches } from "../support/figureComparisons";
import { milestoneReading, milestoneWords } from "../support/evaluateAt";
import { findingAt } from "../support/findings";
import { indexRevisions } from "../../plan/planQueries";

type RevisionLookup = ReturnType<typeof indexRevisions>;

function describeCandidate(candidate: Quantity): string {
  const figure = formatFigure(candidate.value, candidate.unit);
  return candidate.label ? `${figure} ${candidate.label}` : figure;
}

/** Evidence for one candidate of an ambiguous result, in Italian; empty when none. */
function evidenceFor(candidate: Quantity, checked: CheckedCell, plan: Plan, settings: ValidationSettings, revisionsOf: RevisionLookup): string[] {
  const indicator = checked.indicator;
  if (indicator === undefined) return [];
  const reasons: string[] = [];
  const target = figureOf(indicator.targets[plan.period]?.value);
  const declared = figureOf(indicator.declaredDeviations[plan.period]?.value);
  if (target !== null && declared !== null && target.unit === candidate.unit) {
    const computed = computeDeviation(candidate.value, target.value, indicator.polarity, candidate.unit);
    if (computed.ok && deviationMatches(declared.value, computed.value, target.value, settings.deviationTolerance)) {
      reasons.push(`lo scostamento dichiarato ${formatFigure(declared.value, declared.unit)} si ottiene da ${computed.explanation}`);
    }
  }
  if (plan.period === "30/6") {
    const [revision] = revisionsOf(indicator);
    const restated = figureOf(revision?.actual30_6?.value);
    if (restated !== null && restated.value === candidate.value) {
      reasons.push(`la tabella delle revisioni riporta ${formatFigure(restated.value, restated.unit)} come realizzazione al 30/6`);
    }
  }
  return reasons;
}

function suggestionFor(checked: CheckedCell, candidates: Quantity[], plan: Plan, settings: ValidationSettings, revisionsOf: RevisionLookup): string {
  const generic = "Scrivere nella cella un solo valore, quello che l'indicatore misura, e spostare il resto nelle note.";
  if (!checked.role.startsWith("il risultato")) return generic;
  const supported = candidates
    .map((candidate) => ({ candidate, reasons: evidenceFor(candidate, checked, plan, settings, revisionsOf) }))
    .filter((entry) => entry.reasons.length > 0);
  const [best] = supported;
  if (best === undefined || supported.length > 1) return generic;
  const figure = describeCandidate(best.candidate);
  return `Il valore inteso sembra ${figure}: ${best.reasons.join("; ")}. Scrivere solo ${formatFigure(best.candidate.value, best.candidate.unit)} nel risultato e spostare il resto nelle note.`;
}

function isAmbiguous(value: CellValue): boolean {
  return value.kind === "failure" && value.code === "ambiguous";
}

export const ambiguousValueRule: Rule = {
  id: "valore-ambiguo",
  defaultSeverity: "errore",
  description: "Una cella che deve contenere un valore non ne contiene due o più tra cui scegliere.",
  check({ plan, settings }) {
    // Revision rows indexed once, on the first ambiguous cell (a search per cell grows with the square of the plan).
    let index: RevisionLookup | undefined;
    const revisionsOf: RevisionLookup = (indicator) => (index ??= indexRevisions(plan))(indicator);
    return checkedCells(plan, isAmbiguous).flatMap((checked) => {
      const value = checked.cell.value;
      if (value.kind !== "failure" || value.code !== "ambiguous") return [];
      const candidates = value.candidates ?? [];
      const listed = candidates.length > 0 ? `: ${candidates.map(describeCandidate).join("; ")}` : "";
      const about = {
        ...(checked.objective === undefined ? {} : { objective: checked.objective }),
        ...(checked.indicatorNumber === undefined ? {} : { indicator: checked.indicatorNumber }),
      };
      const text = value.text.trim().replace(/\s+/g, " ");
      const reading = checked.role.startsWith("il risultato") ? milestoneReading(value, checked.indicator?.targets[plan.period]?.value) : null;
      if (reading !== null) {
        return [
          findingAt(checked.cell.ref, about, {
            message: `${capitalise(checked.role)} «${text}» contiene più valori${listed}; poiché il target è una milestone, è letto come «${milestoneWords(reading)}» e i numeri come dettagli.`,
            suggestion: "Per evitare dubbi, scrivere nel risultato lo stato raggiunto (es. «Avviato») e spostare i dettagli nelle note.",
            severity: "info",
          }),
        ];
      }
      return [
        findingAt(checked.cell.ref, about, {
          message: `${capitalise(checked.role)} «${text}» contiene più valori${listed}. Non si può sceglierne uno senza indovinare.`,
          suggestion: suggestionFor(checked, candidates, plan, settings, revisionsOf),
          ...(checked.secondary ? { severity: "avviso" as const } : {}),
        }),
      ];
    });
  },
};
