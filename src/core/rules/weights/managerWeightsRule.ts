/**
 * `pesi-obiettivi`: for each manager, the objective weights of each weight column of the Pesi table
 * ("Peso iniziale", "Peso rideterminato") add up to 100%. Without a Pesi table, the objective weights
 * of the objectives sheet are added per manager instead.
 * Blank cells in a column are objectives not assigned in it (the seed's 1.4, 2.3 and 2.4 were added
 * at mid-year and have no initial weight); a column blank for every objective of a manager is not
 * checked. Rounding within the tolerance -> info; beyond -> errore, quoting each weight and the sum.
 * Columns holding an invalid weight are left to `peso-non-valido`.
 */
import { checkWeightSum } from "../../calc/checkWeightSum";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt } from "../support/findings";
import { managerWeightGroups, objectiveWeightGroups, readWeights, type WeightGroup } from "../../plan/weightGroups";
import { ruleDescription } from "../../wording/renderMessage";

function check(group: WeightGroup, tolerance: number): Finding[] {
  const read = readWeights(group);
  const first = read[0]?.member;
  if (!first || group.read.invalid.length > 0) return [];
  const weights = read.map((entry) => entry.weight);
  const result = checkWeightSum(weights, 1, tolerance);
  if (result.withinTolerance && !result.rounding) return [];
  const codes = read.map((entry) => entry.member.objective);
  const place = findingAt.bind(null, first.cell.ref, { objective: first.objective });
  const params = { group: group.name, codes, weights, sum: result.sum, difference: result.difference };
  if (result.withinTolerance) return [place({ key: "pesi-obiettivi.arrotondamento", params, severity: "info" })];
  return [place({ key: "pesi-obiettivi.somma", params })];
}

export const managerWeightsRule: Rule = {
  id: "pesi-obiettivi",
  defaultSeverity: "errore",
  description: ruleDescription("pesi-obiettivi"),
  check({ plan, settings }) {
    return [...managerWeightGroups(plan), ...objectiveWeightGroups(plan).filter((g) => g.manager !== "")].flatMap((group) => check(group, settings.weightTolerancePoints));
  },
};
