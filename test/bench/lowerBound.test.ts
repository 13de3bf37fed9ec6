import { readPlan } from "../../src/core/plan/readPlan";
import type { Plan } from "../../src/core/plan/planModel";
import { scorePlan } from "../../src/core/report/scorePlan";
import type { Anomaly } from "./lowerBound/anomalyList";
import { validatePlan } from "../../src/core/rules/validatePlan";
import { planOfSize, type SyntheticPlan } from "../support/syntheticPlan";
import { lowerBound, UnknownForm } from "./lowerBound/lowerBound";

const keyOf = (a: Anomaly) => [a.rule, a.severity, a.sheet, a.cell, a.objective ?? "", a.indicator ?? ""].join(" | ");

function corePlan(synthetic: SyntheticPlan): Plan {
  const read = readPlan(synthetic.workbook);
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

describe("the bench's lower bound", () => {
  describe.each([
    [1, 0.02],
    [2, 0.1],
    [3, 0],
    [4, 0.3],
  ])("on a plan of 1.000 indicators (seed %i, %p of defects)", (seed, rate) => {
    const synthetic = planOfSize(1_000, seed, rate);
    const plan = corePlan(synthetic);
    const core = validatePlan(plan);
    const scores = scorePlan(plan);
    const bound = lowerBound(synthetic.workbook);

    it("finds the core's anomalies (rule, severity, sheet, cell, objective, indicator) in the core's order", () => {
      expect(bound.anomalies.map(keyOf)).toEqual(core.map(keyOf));
    });

    it("writes an Italian sentence for each anomaly, with its own figures", () => {
      for (const anomaly of bound.anomalies) expect(anomaly.message).toMatch(/^[A-Z][^]*\d[^]*\.$/);
      const byRule = new Map<string, Set<string>>();
      for (const anomaly of bound.anomalies) byRule.set(anomaly.rule, (byRule.get(anomaly.rule) ?? new Set()).add(anomaly.message));
      for (const [rule, messages] of byRule) {
        const count = bound.anomalies.filter((anomaly) => anomaly.rule === rule).length;
        expect(messages.size).toBe(count);
      }
    });

    it("reports every defect planted in the plan", () => {
      for (const defect of synthetic.defects) {
        expect(bound.anomalies.some((anomaly) => anomaly.rule === defect.rule && anomaly.objective === defect.objective)).toBe(true);
      }
    });

    it("gives the core's achievement for each indicator and score for each objective", () => {
      expect(bound.scores.achievements).toHaveLength(scores.indicators.length);
      scores.indicators.forEach((indicator, i) => {
        const mine = bound.scores.achievements[i] ?? Number.NaN;
        if (indicator.achievement === null) expect(mine).toBeNaN();
        else expect(Math.abs(mine - indicator.achievement)).toBeLessThanOrEqual(1e-9);
      });
      expect(bound.scores.objectiveCodes).toEqual(scores.objectives.map((objective) => objective.code));
      scores.objectives.forEach((objective, o) => {
        const mine = bound.scores.objectiveScores[o] ?? Number.NaN;
        if (objective.score === null) expect(mine).toBeNaN();
        else expect(Math.abs(mine - objective.score)).toBeLessThanOrEqual(1e-9);
      });
    });
  });

  it("agrees with the core when a weight, a target and a result are blanked and a deviation is left undeclared", () => {
    const synthetic = planOfSize(100, 7, 0);
    const indicators = synthetic.workbook.sheets[1]?.values ?? [];
    (indicators[1] as unknown[])[10] = "";
    (indicators[2] as unknown[])[9] = "//";
    (indicators[3] as unknown[])[11] = "-";
    (indicators[4] as unknown[])[12] = "";
    expect(lowerBound(synthetic.workbook).anomalies.map(keyOf)).toEqual(validatePlan(corePlan(synthetic)).map(keyOf));
  });

  it.each([
    ["a text outside the synthetic plans' forms", 11, "circa la metà"],
    ["an unknown polarity", 4, "boh"],
  ])("stops with an Italian message on %s", (_case, column, text) => {
    const synthetic = planOfSize(20, 1, 0);
    ((synthetic.workbook.sheets[1]?.values ?? [])[2] as unknown[])[column] = text;
    expect(() => lowerBound(synthetic.workbook)).toThrow(UnknownForm);
    expect(() => lowerBound(synthetic.workbook)).toThrow(/Il limite inferiore legge solo le forme dei piani sintetici: «.+»/);
  });
});
