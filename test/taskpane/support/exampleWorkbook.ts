import fixture from "../../../assets/plan-2020.json";
import { buildExamplePlanSheets } from "../../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../../src/core/example/planFixture";
import type { Grid } from "../../../src/core/plan/grid";
import { gridFromSheetContent } from "../../../src/port/gridFromSheetContent";
import { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";

/** The example plan (Brescia 2020, from the seed fixture) as the grids Excel would return. */
export function exampleGrids(): Grid[] {
  return buildExamplePlanSheets(fixture as unknown as PlanFixture).map(gridFromSheetContent);
}

/** An in-memory workbook holding the example plan. */
export function exampleWorkbook(settings: Record<string, unknown> = {}): MemoryWorkbook {
  return new MemoryWorkbook(exampleGrids(), settings);
}

/** A workbook with one sheet that is not a plan. */
export function workbookWithoutPlan(): MemoryWorkbook {
  return new MemoryWorkbook([{ sheet: "Foglio1", origin: "A1", values: [["Spese di cancelleria", 120]] }]);
}

/**
 * A pause the test releases by hand, to look at the pane while it validates; `open()` releases
 * it for good, so that the rest of the validation runs without stopping.
 */
export function manualPause(): { pause: () => Promise<void>; release: () => void; waiting: () => number; open: () => void } {
  const pending: (() => void)[] = [];
  let opened = false;
  return {
    pause: () => (opened ? Promise.resolve() : new Promise<void>((resolve) => pending.push(resolve))),
    release: () => pending.splice(0).forEach((resolve) => resolve()),
    waiting: () => pending.length,
    open: () => {
      opened = true;
      pending.splice(0).forEach((resolve) => resolve());
    },
  };
}

/** The example plan with its indicator rows repeated up to `indicators` rows: a large, messy plan. */
export function largeExampleWorkbook(indicators: number): MemoryWorkbook {
  const grids = exampleGrids();
  const sheet = grids.find((grid) => grid.sheet === "Indicatori");
  if (!sheet) throw new Error("the example has an Indicatori sheet");
  const [header = [], ...rows] = sheet.values;
  const values: unknown[][] = [header];
  for (let index = 0; values.length <= indicators; index += 1) values.push([...(rows[index % rows.length] ?? [])]);
  sheet.values = values;
  return new MemoryWorkbook(grids);
}
