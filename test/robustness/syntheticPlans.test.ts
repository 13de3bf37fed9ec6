/**
 * The whole core (readPlan -> validatePlan -> scorePlan) on generated plans of every shape:
 * weights that sum to 100% never raise a weight anomaly, each planted defect is reported by the
 * rule meant to catch it on its objective, nothing throws, no rule fails internally, and every
 * score is a finite fraction or "not evaluable". The generator itself is deterministic.
 */
import fc from "fast-check";
import { readPlan } from "../../src/core/plan/readPlan";
import type { Plan } from "../../src/core/plan/planModel";
import { scorePlan } from "../../src/core/report/scorePlan";
import { INTERNAL_ERROR_RULE, validatePlan } from "../../src/core/rules/validatePlan";
import { syntheticPlan, type SyntheticPlanOptions } from "../support/syntheticPlan";

function readSynthetic(options: SyntheticPlanOptions): { plan: Plan; defects: ReturnType<typeof syntheticPlan>["defects"] } {
  const generated = syntheticPlan(options);
  const read = readPlan(generated.workbook);
  if (!read.ok) throw new Error(read.message);
  return { plan: read.plan, defects: generated.defects };
}

const shape = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  objectives: fc.integer({ min: 1, max: 25 }),
  indicatorsPerObjective: fc.integer({ min: 1, max: 12 }),
});

const WEIGHT_RULES = ["pesi-indicatori", "pesi-obiettivi", "pesi-scala-mista", "peso-non-valido", "peso-incoerente"];

describe("generated plans", () => {
  it("whose weights sum to 100% (50% for a strategic objective's own indicators) raise no weight anomaly", () => {
    fc.assert(
      fc.property(shape, (options) => {
        const { plan } = readSynthetic({ ...options, defectRate: 0 });
        expect(plan.indicators).toHaveLength(options.objectives * options.indicatorsPerObjective);
        const weightAnomalies = validatePlan(plan).filter((anomaly) => WEIGHT_RULES.includes(anomaly.rule));
        expect(weightAnomalies).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("have each planted defect reported by its rule, on its objective", () => {
    fc.assert(
      fc.property(shape, fc.double({ min: 0.05, max: 0.5, noNaN: true }), (options, defectRate) => {
        const { plan, defects } = readSynthetic({ ...options, defectRate });
        const anomalies = validatePlan(plan);
        const missed = defects.filter((defect) => !anomalies.some((anomaly) => anomaly.rule === defect.rule && anomaly.objective === defect.objective));
        expect(missed).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("are validated and scored without an exception or an internal rule failure, every score a finite fraction or none", () => {
    fc.assert(
      fc.property(shape, fc.double({ min: 0, max: 1, noNaN: true }), (options, defectRate) => {
        const { plan } = readSynthetic({ ...options, defectRate });
        expect(validatePlan(plan).filter((anomaly) => anomaly.rule === INTERNAL_ERROR_RULE)).toEqual([]);
        const scores = scorePlan(plan);
        const figures = [...scores.objectives.map((o) => o.score), ...scores.managers.map((m) => m.score), ...scores.indicators.map((i) => i.achievement)];
        for (const figure of figures) if (figure !== null) expect(Number.isFinite(figure) && figure >= 0 && figure <= 1 + 1e-9).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("are the same plan, cell for cell, for the same options, and another plan for another seed", () => {
    const options = { objectives: 12, indicatorsPerObjective: 5, seed: 2020, defectRate: 0.1 };
    expect(syntheticPlan(options)).toEqual(syntheticPlan(options));
    expect(syntheticPlan({ ...options, seed: 2021 }).workbook).not.toEqual(syntheticPlan(options).workbook);
  });
});
