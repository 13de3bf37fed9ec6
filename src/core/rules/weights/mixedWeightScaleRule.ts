/**
 * `pesi-scala-mista`: weights that belong together written in different scales: 0,7 (a fraction)
 * next to 30 (a number out of 100) or 30% (a percentage). Each can be read, but the mix says the
 * column was typed by hand in two ways, and a 0,7 meant as 0,7% would be read as 70%.
 * Groups: the indicator weights of an objective, each Pesi column per manager, the objective weights
 * of each manager on the objectives sheet. Reported at the first weight of the least used scale.
 */
import type { WeightScale } from "../../calc/interpretWeights";
import type { Finding, Rule } from "../ruleTypes";
import { findingAt } from "../support/findings";
import { indicatorWeightGroups, managerWeightGroups, objectiveWeightGroups, type WeightGroup } from "../../plan/weightGroups";
import { ruleDescription } from "../../wording/renderMessage";

function check(group: WeightGroup): Finding[] {
  if (group.read.scale !== "mixed") return [];
  const counts = new Map<WeightScale, number>();
  for (const scale of group.read.scales) if (scale !== null) counts.set(scale, (counts.get(scale) ?? 0) + 1);
  const minority = [...counts.entries()].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  const at = group.read.scales.indexOf(minority);
  const member = group.members[at];
  if (!member) return [];
  const listed = group.members.flatMap((m, i) => {
    const scale = group.read.scales[i];
    return scale ? [{ text: m.cell.value.text.trim(), scale }] : [];
  });
  return [
    findingAt(member.cell.ref, { objective: member.objective, ...(member.indicator === undefined ? {} : { indicator: member.indicator }) }, {
      key: "pesi-scala-mista",
      params: { group: group.name, weights: listed },
    }),
  ];
}

export const mixedWeightScaleRule: Rule = {
  id: "pesi-scala-mista",
  defaultSeverity: "avviso",
  description: ruleDescription("pesi-scala-mista"),
  check({ plan }) {
    return [...indicatorWeightGroups(plan), ...managerWeightGroups(plan), ...objectiveWeightGroups(plan, true)].flatMap(check);
  },
};
