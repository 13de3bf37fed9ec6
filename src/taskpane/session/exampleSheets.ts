import fixture from "../../../assets/plan-2020.json";
import { buildExamplePlanSheets } from "../../core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../core/example/planFixture";
import type { SheetContent } from "../../core/report/sheetContent";

/** The example plan's sheets, from the seed fixture. Loaded lazily by `loadExampleSheets`. */
export function exampleSheets(): SheetContent[] {
  return buildExamplePlanSheets(fixture as unknown as PlanFixture);
}
