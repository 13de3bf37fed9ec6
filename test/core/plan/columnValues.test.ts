/**
 * A pass's reading of one cell field for every indicator gives what reading each indicator gives:
 * datedValuesOf (one kind of cell at one date) as datedValue, singleValuesOf (the weights, the
 * baselines...) as singleValue. From the columns for a read plan's indicators, one by one for any
 * other list (a part of them, records written as literals).
 */
import {
  datedValue,
  datedValuesOf,
  datesWithCells,
  singleValue,
  singleValuesOf,
  type DatedCells,
  type SingleCell,
} from "../../../src/core/plan/indicatorColumns";
import type { Indicator } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import type { CellValue } from "../../../src/core/values/valueTypes";
import { planOfSize } from "../../support/syntheticPlan";
import { seedWorkbook } from "./seedPlanGrids";

/** One field read for a whole list (`valuesOf`, by position) and for one indicator (`valueOf`). */
interface FieldReading {
  valuesOf: (index: number) => CellValue | undefined;
  valueOf: (indicator: Indicator) => CellValue | undefined;
}

interface PassReading {
  name: string;
  /** Every field the pass can read of these indicators. */
  fields: (indicators: readonly Indicator[]) => FieldReading[];
  /** The pass over no indicator, asked for the first. */
  ofNone: () => CellValue | undefined;
}

const KINDS: readonly DatedCells[] = ["targets", "results", "declaredDeviations"];
const SINGLE_FIELDS: readonly SingleCell[] = ["polarityCell", "baseline", "baselineYear", "weight", "deviationCell", "achievementCell"];

const PASSES: readonly PassReading[] = [
  {
    name: "datedValuesOf, as datedValue",
    // Every date with a cell of the kind, and a date without any.
    fields: (indicators) =>
      KINDS.flatMap((kind) =>
        [...datesWithCells(indicators, kind), "1/1/1900"].map((date) => ({
          valuesOf: datedValuesOf(indicators, kind, date),
          valueOf: (indicator: Indicator) => datedValue(indicator, kind, date),
        })),
      ),
    ofNone: () => datedValuesOf([], "results", "30/6")(0),
  },
  {
    name: "singleValuesOf, as singleValue",
    fields: (indicators) =>
      SINGLE_FIELDS.map((field) => ({ valuesOf: singleValuesOf(indicators, field), valueOf: (indicator: Indicator) => singleValue(indicator, field) })),
    ofNone: () => singleValuesOf([], "weight")(0),
  },
];

const plans = [readPlan(seedWorkbook()), readPlan(planOfSize(300, 3, 0.5).workbook)].map((read) => {
  if (!read.ok) throw new Error(read.message);
  return read.plan;
});

describe.each(PASSES)("$name", ({ fields, ofNone }) => {
  function expectSameValues(indicators: readonly Indicator[]): void {
    for (const { valuesOf, valueOf } of fields(indicators)) {
      indicators.forEach((indicator, index) => expect(valuesOf(index)).toBe(valueOf(indicator)));
      expect(valuesOf(indicators.length)).toBeUndefined();
    }
  }

  it("reads a read plan's indicators from the columns", () => {
    for (const plan of plans) expectSameValues(plan.indicators);
  });

  it("reads any other list of indicators one by one: a part of a plan's, records", () => {
    for (const plan of plans) {
      expectSameValues(plan.indicators.slice(1, 40));
      expectSameValues(plan.indicators.slice(0, 25).map((indicator) => JSON.parse(JSON.stringify(indicator)) as Indicator));
    }
    expect(ofNone()).toBeUndefined();
  });
});
