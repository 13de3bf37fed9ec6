/**
 * datedValuesOf, a pass's reading of one kind of cell at one date for every indicator, gives what
 * datedValue gives for each: from the columns for a read plan's indicators, one by one for any other
 * list (a part of them, records written as literals).
 */
import { datedValue, datedValuesOf, datesWithCells, type DatedCells } from "../../../src/core/plan/indicatorColumns";
import type { Indicator } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { planOfSize } from "../../support/syntheticPlan";
import { seedWorkbook } from "./seedPlanGrids";

const KINDS: readonly DatedCells[] = ["targets", "results", "declaredDeviations"];

function expectSameValues(indicators: readonly Indicator[]): void {
  for (const kind of KINDS) {
    for (const date of [...datesWithCells(indicators, kind), "1/1/1900"]) {
      const valueOf = datedValuesOf(indicators, kind, date);
      indicators.forEach((indicator, index) => expect(valueOf(index)).toBe(datedValue(indicator, kind, date)));
      expect(valueOf(indicators.length)).toBeUndefined();
    }
  }
}

describe("datedValuesOf", () => {
  const plans = [readPlan(seedWorkbook()), readPlan(planOfSize(300, 3, 0.5).workbook)].map((read) => {
    if (!read.ok) throw new Error(read.message);
    return read.plan;
  });

  it("reads a read plan's indicators from the columns, as datedValue reads each", () => {
    for (const plan of plans) expectSameValues(plan.indicators);
  });

  it("reads any other list of indicators one by one: a part of a plan's, records", () => {
    for (const plan of plans) {
      expectSameValues(plan.indicators.slice(1, 40));
      expectSameValues(plan.indicators.slice(0, 25).map((indicator) => JSON.parse(JSON.stringify(indicator)) as Indicator));
    }
    expect(datedValuesOf([], "results", "30/6")(0)).toBeUndefined();
  });
});
