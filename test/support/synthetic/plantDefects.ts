/**
 * Defects planted in a synthetic plan at a controlled rate, each one the kind of slip the
 * rules exist to catch, and each recorded with the rule expected to report it:
 * an indicator weight off by 5 points (pesi-indicatori), a manager's weight off by 10 points
 * in Pesi (pesi-obiettivi), a weight typed as a whole number next to percentages
 * (pesi-scala-mista), a wrong declared deviation (scostamento-errato), a missing year-end target
 * (target-mancante), a missing result (risultato-mancante).
 */
import type { SeededRandom } from "./seededRandom";
import type { SyntheticIndicator, SyntheticObjective } from "./planStructure";

export type DefectKind = "indicatorWeight" | "managerWeight" | "wholeWeight" | "wrongDeviation" | "missingTarget" | "missingResult";

export interface PlantedDefect {
  kind: DefectKind;
  /** The rule id expected to report it. */
  rule: string;
  objective: string;
  indicator?: number;
}

export const RULE_OF_DEFECT: Record<DefectKind, string> = {
  indicatorWeight: "pesi-indicatori",
  managerWeight: "pesi-obiettivi",
  wholeWeight: "pesi-scala-mista",
  wrongDeviation: "scostamento-errato",
  missingTarget: "target-mancante",
  missingResult: "risultato-mancante",
};

const INDICATOR_DEFECTS: readonly (readonly [DefectKind, number])[] = [
  ["indicatorWeight", 2], ["wholeWeight", 1], ["wrongDeviation", 3], ["missingTarget", 2], ["missingResult", 2],
];

/** Kinds whose figures are numbers, so that a declared deviation can be wrong. */
const NUMERIC_KINDS = new Set(["count", "percent", "euro", "reduction"]);

/** A 30/6 result the reader counts as written: not blank, not zero, not a placeholder for «not due yet». */
function hasResult(indicator: SyntheticIndicator): boolean {
  const value = indicator.draft.result30_6.value;
  return indicator.draft.kind !== "notYet" && value !== null && value !== "" && value !== 0;
}

function plantOnIndicator(kind: DefectKind, objective: SyntheticObjective, indicator: SyntheticIndicator, plan: readonly SyntheticObjective[]): boolean {
  const draft = indicator.draft;
  switch (kind) {
    case "indicatorWeight":
      indicator.weight = Math.round((indicator.weight + 0.05) * 10_000) / 10_000;
      return true;
    case "wholeWeight":
      if (objective.indicators.length < 2) return false;
      indicator.weightWritten = "whole";
      return true;
    case "wrongDeviation":
      if (!NUMERIC_KINDS.has(draft.kind)) return false;
      indicator.deviationOff = true;
      return true;
    case "missingTarget":
      draft.target31_12 = { value: null };
      return true;
    case "missingResult":
      // Only where a result is due: an indicator without a 30/6 target ("//") rightly has none.
      if (draft.kind === "notYet") return false;
      // And only in a report: a plan left with no result at all is read as a plan, where no result is missing.
      if (!plan.some((other) => other.indicators.some((candidate) => candidate !== indicator && hasResult(candidate)))) return false;
      draft.result30_6 = { value: null };
      return true;
    default:
      return false;
  }
}

/**
 * Plants defects: each indicator is hit with probability `rate` (at most one defect per
 * objective, so that each is reported on its own), and each manager with probability `rate`.
 */
export function plantDefects(random: SeededRandom, objectives: SyntheticObjective[], rate: number): PlantedDefect[] {
  const planted: PlantedDefect[] = [];
  if (rate <= 0) return planted;
  for (const objective of objectives) {
    const hit = objective.indicators.find(() => random.chance(rate));
    if (!hit) continue;
    const kind = random.weighted(INDICATOR_DEFECTS);
    if (plantOnIndicator(kind, objective, hit, objectives)) planted.push({ kind, rule: RULE_OF_DEFECT[kind], objective: objective.code, indicator: hit.number });
  }
  const managers = [...new Set(objectives.map((objective) => objective.manager))];
  for (const manager of managers) {
    if (!random.chance(rate)) continue;
    const objective = objectives.find((candidate) => candidate.manager === manager);
    if (!objective) continue;
    objective.pesiWeight = Math.round((objective.weight + 0.1) * 10_000) / 10_000;
    planted.push({ kind: "managerWeight", rule: RULE_OF_DEFECT.managerWeight, objective: objective.code });
  }
  return planted;
}
