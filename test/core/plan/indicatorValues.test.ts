/**
 * Reading an indicator's values without views of its cells gives what the views give: for a read
 * plan's indicators (stored in columns), for records and for records moved into columns.
 */
import { singleValue, storeIndicators } from "../../../src/core/plan/indicatorColumns";
import { codeKey } from "../../../src/core/plan/planCodes";
import type { Indicator } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { firstMemberRead, indicatorWeightGroups, readWeights, weightsRead } from "../../../src/core/plan/weightGroups";
import { planOfSize } from "../../support/syntheticPlan";
import { buildPlan } from "../rules/planBuilder";

const FIELDS = ["polarityCell", "baseline", "baselineYear", "weight", "deviationCell", "achievementCell"] as const;

function readSynthetic(size: number, seed: number, defectRate: number) {
  const read = readPlan(planOfSize(size, seed, defectRate).workbook);
  if (!read.ok) throw new Error("the synthetic plan could not be read");
  return read.plan;
}

const literal = buildPlan({
  objectives: [{ code: "1.1" }, { code: "1.2" }],
  indicators: [
    { objective: "1.1", number: "1", weight: "70%", baseline: "???", target31: 70 },
    { objective: "1.1", number: "2", weight: "-" },
    { objective: "1.2", number: "1", baseline: 12 },
  ],
});

describe("singleValue", () => {
  it.each([
    ["a read plan", () => readSynthetic(300, 3, 0.5).indicators],
    ["records", () => literal.indicators],
    ["records moved into columns", () => storeIndicators(literal.indicators)],
  ])("reads what indicator[field]?.value reads, for %s", (_, indicators: () => readonly Indicator[]) => {
    for (const indicator of indicators()) {
      for (const field of FIELDS) expect(singleValue(indicator, field)).toEqual(indicator[field]?.value);
    }
  });
});

describe("indicator weight groups", () => {
  it.each([
    ["a read plan", () => readSynthetic(300, 4, 0.5)],
    ["a plan of records", () => literal],
  ])("give the weights read and the first member as readWeights does, for %s", (_, plan) => {
    for (const group of indicatorWeightGroups(plan())) {
      const read = readWeights(group);
      expect(weightsRead(group)).toEqual(read.map((entry) => entry.weight));
      expect(firstMemberRead(group)).toEqual(read[0]?.member);
      expect(group.members.map((member) => member.cell.value)).toHaveLength(group.read.weights.length);
    }
  });

  it("list as members the weight cells of the objective's indicators, in sheet order", () => {
    const plan = readSynthetic(200, 5, 0.5);
    for (const group of indicatorWeightGroups(plan)) {
      const indicators = plan.indicators.filter((indicator) => codeKey(indicator.objectiveCode) === codeKey(group.objective ?? "") && indicator.weight !== undefined);
      expect(group.members).toEqual(indicators.map((indicator) => ({ cell: indicator.weight, objective: indicator.objectiveCode, indicator: indicator.number })));
    }
  });
});
