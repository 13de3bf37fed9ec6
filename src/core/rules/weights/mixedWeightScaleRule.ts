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

const SCALE_WORDS: Record<WeightScale, string> = {
  fraction: "frazione",
  percent: "percentuale",
  whole: "numero su 100",
};

function check(group: WeightGroup): Finding[] {
  if (group.read.scale !== "mixed") return [];
  const counts = new Map<WeightScale, number>();
  for (const scale of group.read.scales) if (scale !== null) counts.set(scale, (counts.get(scale) ?? 0) + 1);
  const minority = [...counts.entries()].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  const at = group.read.scales.indexOf(minority);
  const member = group.members[at];
  if (!member) return [];
  const listed = group.members
    .map((m, i) => {
      const scale = group.read.scales[i];
      return scale ? `${m.cell.value.text.trim()} (${SCALE_WORDS[scale]})` : null;
    })
    .filter((text): text is string => text !== null)
    .join(", ");
  return [
    findingAt(member.cell.ref, { objective: member.objective, ...(member.indicator === undefined ? {} : { indicator: member.indicator }) }, {
      message: `I pesi ${group.title} sono scritti in scale diverse: ${listed}.`,
      suggestion: "Scrivere tutti i pesi nello stesso modo, preferibilmente come percentuali (70%, 30%).",
    }),
  ];
}

export const mixedWeightScaleRule: Rule = {
  id: "pesi-scala-mista",
  defaultSeverity: "avviso",
  description: "I pesi dello stesso obiettivo o dello stesso responsabile sono scritti tutti nella stessa scala (percentuale, frazione o numero su 100).",
  check({ plan }) {
    return [...indicatorWeightGroups(plan), ...managerWeightGroups(plan), ...objectiveWeightGroups(plan, true)].flatMap(check);
  },
};
