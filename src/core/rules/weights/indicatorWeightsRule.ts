/**
 * `pesi-indicatori`: the indicator weights of an objective add up to 100%.
 *
 * - A strategic objective's own indicators add up to its own share ("Quota indicatori propri";
 *   the seed's STRAT: 15% + 15% + 5% + 5% + 10% = 50%, its stated share). A sum of 100% is accepted
 *   too: many plans weigh the own indicators within the own part.
 * - Within the tolerance (settings.weightTolerancePoints, default 0,1 percentage points) a sum that is
 *   not exact is rounding, reported as info: the seed's 3.6, 3 × 33,33% = 99,99%.
 * - Beyond it -> errore, quoting every weight and the sum.
 * Objectives with a missing, blank or invalid indicator weight are left to `peso-non-valido`: their
 * sum would only repeat that problem.
 */
import { checkWeightSum, type WeightSumCheck } from "../../calc/checkWeightSum";
import type { Objective } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt } from "../support/findings";
import { firstMemberRead, indicatorWeightGroups, ownShareOf, weightsRead, type WeightGroup } from "../../plan/weightGroups";
import { indexPlan } from "../../plan/planQueries";
import { ruleDescription } from "../../wording/renderMessage";

/** The finding about the objective's indicator weights, null when they add up (or are left to another rule). */
function check(group: WeightGroup, objective: Objective, tolerance: number, indicatorCount: number): Finding | null {
  if (group.read.invalid.length > 0) return null;
  const weights = weightsRead(group);
  if (weights.length === 0 || weights.length !== indicatorCount) return null;
  const share = ownShareOf(objective);
  const expectations = share === null || share === 1 ? [1] : [share, 1];
  // The sums checked in turn: an exact one (most objectives' first) ends the check.
  const checks: { expected: number; result: WeightSumCheck }[] = [];
  for (let i = 0; i < expectations.length; i++) {
    const expected = expectations[i] as number;
    const result = checkWeightSum(weights, expected, tolerance);
    if (result.withinTolerance && !result.rounding) return null;
    checks.push({ expected, result });
  }
  const first = firstMemberRead(group);
  if (!first) return null;
  const about = { objective: objective.code };
  const rounded = checks.find((c) => c.result.withinTolerance);
  const sum = checks[0]?.result.sum ?? 0;
  const sums = { objective: objective.code, weights, sum, tolerance: tolerance / 100 };
  if (rounded) {
    return findingAt(first.cell.ref, about, {
      key: "pesi-indicatori.arrotondamento",
      params: { ...sums, expected: rounded.expected, difference: rounded.result.difference },
      severity: "info",
    });
  }
  const nearest = checks.reduce((a, b) => (Math.abs(b.result.difference) < Math.abs(a.result.difference) ? b : a));
  return findingAt(first.cell.ref, about, {
    key: "pesi-indicatori.somma",
    params: { ...sums, ownShare: share === null || share === 1 ? null : share, expected: nearest.expected, difference: nearest.result.difference },
  });
}

export const indicatorWeightsRule: Rule = {
  id: "pesi-indicatori",
  defaultSeverity: "errore",
  description: ruleDescription("pesi-indicatori"),
  check({ plan, settings }) {
    const index = indexPlan(plan);
    const findings: Finding[] = [];
    for (const group of indicatorWeightGroups(plan)) {
      const objective = group.objective === undefined ? undefined : index.objective(group.objective);
      const finding = objective ? check(group, objective, settings.weightTolerancePoints, index.indicators(objective.code).length) : null;
      if (finding !== null) findings.push(finding);
    }
    return findings;
  },
};
