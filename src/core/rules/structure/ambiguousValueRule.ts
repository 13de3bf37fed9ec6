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
 * calc/planEvaluation.ts): reported as info, saying how it was read.
 * A baseline is reported as avviso; everything else as errore.
 */
import { computeDeviation } from "../../calc/computeDeviation";
import type { Plan } from "../../plan/planModel";
import type { Quantity } from "../../values/valueTypes";
import type { Rule } from "../ruleTypes";
import type { ValidationSettings } from "../../settings";
import { type CheckedCell, unreadCells } from "../support/checkedCells";
import { deviationMatches } from "../support/figureComparisons";
import { milestoneReading } from "../../calc/planEvaluation";
import { amountOf } from "../support/figures";
import type { CandidateParam, EvidenceParam } from "../../wording/messageParameters";
import { findingAt } from "../support/findings";
import { indexRevisions } from "../../plan/planQueries";
import { datedValue } from "../../plan/indicatorColumns";
import { ruleDescription } from "../../wording/renderMessage";
import { figureOf } from "../../values/valueTypes";
import { localized } from "../../wording/calcWords";

type RevisionLookup = ReturnType<typeof indexRevisions>;

function candidateParam(candidate: Quantity): CandidateParam {
  return { value: candidate.value, unit: candidate.unit, label: candidate.label ?? "" };
}

/** Evidence for one candidate of an ambiguous result; empty when none. */
function evidenceFor(candidate: Quantity, checked: CheckedCell, plan: Plan, settings: ValidationSettings, revisionsOf: RevisionLookup): EvidenceParam[] {
  const indicator = checked.indicator;
  if (indicator === undefined) return [];
  const reasons: EvidenceParam[] = [];
  const target = figureOf(datedValue(indicator, "targets", plan.period));
  const declared = figureOf(datedValue(indicator, "declaredDeviations", plan.period));
  if (target !== null && declared !== null && target.unit === candidate.unit) {
    const computed = computeDeviation(candidate.value, target.value, indicator.polarity, candidate.unit);
    if (computed.ok && deviationMatches(declared.value, computed.value, target.value, settings.deviationTolerance)) {
      reasons.push({ kind: "declaredDeviation", declared: amountOf(declared), explanation: localized(computed.explain) });
    }
  }
  if (plan.period === "30/6") {
    const [revision] = revisionsOf(indicator);
    const restated = figureOf(revision?.actual30_6?.value);
    if (restated !== null && restated.value === candidate.value) {
      reasons.push({ kind: "revision", restated: amountOf(restated), date: "30/6" });
    }
  }
  return reasons;
}

/** The candidate the plan's evidence points to, alone, with its evidence; null when none or several do. */
function intendedValue(checked: CheckedCell, candidates: Quantity[], plan: Plan, settings: ValidationSettings, revisionsOf: RevisionLookup): { intended: CandidateParam | null; evidence: EvidenceParam[] } {
  const none = { intended: null, evidence: [] };
  if (checked.role.kind !== "result") return none;
  const supported = candidates
    .map((candidate) => ({ candidate, reasons: evidenceFor(candidate, checked, plan, settings, revisionsOf) }))
    .filter((entry) => entry.reasons.length > 0);
  const [best] = supported;
  if (best === undefined || supported.length > 1) return none;
  return { intended: candidateParam(best.candidate), evidence: best.reasons };
}

export const ambiguousValueRule: Rule = {
  id: "valore-ambiguo",
  defaultSeverity: "errore",
  description: ruleDescription("valore-ambiguo"),
  check({ plan, settings }) {
    // Revision rows indexed once, on the first ambiguous cell (a search per cell grows with the square of the plan).
    let index: RevisionLookup | undefined;
    const revisionsOf: RevisionLookup = (indicator) => (index ??= indexRevisions(plan))(indicator);
    return unreadCells(plan).flatMap((checked) => {
      const value = checked.cell.value;
      if (value.kind !== "failure" || value.code !== "ambiguous") return [];
      const candidates = value.candidates ?? [];
      const about = { objective: checked.objective, indicator: checked.indicatorNumber };
      const text = value.text.trim().replace(/\s+/g, " ");
      const listed = candidates.map(candidateParam);
      const reading = checked.role.kind === "result" && checked.indicator !== undefined ? milestoneReading(value, datedValue(checked.indicator, "targets", plan.period)) : null;
      if (reading !== null) {
        return [
          findingAt(checked.cell.ref, about, {
            key: "valore-ambiguo.milestone",
            params: { role: checked.role, text, candidates: listed, milestone: reading.state },
            severity: "info",
          }),
        ];
      }
      const { intended, evidence } = intendedValue(checked, candidates, plan, settings, revisionsOf);
      return [
        findingAt(checked.cell.ref, about, {
          key: "valore-ambiguo",
          params: { role: checked.role, text, candidates: listed, intended, evidence },
          severity: checked.secondary ? "avviso" : undefined,
        }),
      ];
    });
  },
};
