import { cellKey } from "../../../src/core/plan/planCells";
import type { Plan } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import type { WorkbookGrids } from "../../../src/core/plan/grid";
import { indicatorWeightGroups, readWeights } from "../../../src/core/plan/weightGroups";
import { scorePlan } from "../../../src/core/report/scorePlan";
import { syntheticPlan } from "../../support/syntheticPlan";
import { REAL_PLANS } from "../plan/realPlanFixtures";
import { buildPlan } from "../rules/planBuilder";

/** Each indicator's weight as its objective's group read it, looked up by the weight cell's position. */
function weightsByCell(plan: Plan): (number | null)[] {
  const byCell = new Map<string, number>();
  for (const group of indicatorWeightGroups(plan)) {
    for (const { member, weight } of readWeights(group)) byCell.set(cellKey(member.cell), weight);
  }
  return plan.indicators.map((indicator) => (indicator.weight ? (byCell.get(cellKey(indicator.weight)) ?? null) : null));
}

function planOf(workbook: WorkbookGrids): Plan {
  const read = readPlan(workbook);
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

describe("scorePlan: each indicator's weight is the one its objective's group read from its weight cell", () => {
  it.each([1, 2, 3, 4])("on a synthetic plan with many defects (seed %i)", (seed) => {
    const plan = planOf(syntheticPlan({ objectives: 40, indicatorsPerObjective: 6, seed, defectRate: 0.5 }).workbook);
    expect(scorePlan(plan).indicators.map((i) => i.weight)).toEqual(weightsByCell(plan));
  });

  it.each(REAL_PLANS.map((real) => [real.slug, real.workbook] as const))("on the real plan %s", (_slug, workbook) => {
    const plan = planOf(workbook);
    expect(scorePlan(plan).indicators.map((i) => i.weight)).toEqual(weightsByCell(plan));
  });

  it("with indicators of one objective apart, with and without a weight cell, and of an objective the plan does not have", () => {
    const plan = buildPlan({
      objectives: [{ code: "1.1" }, { code: "1.2" }],
      indicators: [
        { objective: "1.1", weight: "60%", target30: 10, result30: 5 },
        { objective: "1.2", weight: "100%", target30: 10, result30: 10 },
        { objective: "1.1", target30: 10, result30: 10 },
        { objective: "1.1", weight: "40%", target30: 10, result30: 10 },
        { objective: "9.9", weight: "100%", target30: 10, result30: 10 },
      ],
    });
    expect(scorePlan(plan).indicators.map((i) => i.weight)).toEqual(weightsByCell(plan));
  });
});
