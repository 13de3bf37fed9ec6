/**
 * singleValuesOf, a pass's reading of one cell field (the weights, the baselines...) for every
 * indicator, gives what singleValue gives for each: from the columns for a read plan's indicators,
 * one by one for any other list (a part of them, records written as literals).
 */
import { singleValue, singleValuesOf, type SingleCell } from "../../../src/core/plan/indicatorColumns";
import type { Indicator } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { planOfSize } from "../../support/syntheticPlan";
import { seedWorkbook } from "./seedPlanGrids";

const FIELDS: readonly SingleCell[] = ["polarityCell", "baseline", "baselineYear", "weight", "deviationCell", "achievementCell"];

function expectSameValues(indicators: readonly Indicator[]): void {
  for (const field of FIELDS) {
    const valueOf = singleValuesOf(indicators, field);
    indicators.forEach((indicator, index) => expect(valueOf(index)).toBe(singleValue(indicator, field)));
    expect(valueOf(indicators.length)).toBeUndefined();
  }
}

describe("singleValuesOf", () => {
  const plans = [readPlan(seedWorkbook()), readPlan(planOfSize(300, 3, 0.5).workbook)].map((read) => {
    if (!read.ok) throw new Error(read.message);
    return read.plan;
  });

  it("reads a read plan's indicators from the columns, as singleValue reads each", () => {
    for (const plan of plans) expectSameValues(plan.indicators);
  });

  it("reads any other list of indicators one by one: a part of a plan's, records", () => {
    for (const plan of plans) {
      expectSameValues(plan.indicators.slice(1, 40));
      expectSameValues(plan.indicators.slice(0, 25).map((indicator) => JSON.parse(JSON.stringify(indicator)) as Indicator));
    }
    expect(singleValuesOf([], "weight")(0)).toBeUndefined();
  });
});
