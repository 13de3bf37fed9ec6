/**
 * The example plan: the seed document (Brescia 2020, mid-year report) written in the
 * canonical template, as a clerk would type it. Pure: the caller passes the fixture.
 * The reporting period is the document's (30/6): results and declared deviations go
 * in the 30/6 columns, the 31/12 ones stay empty.
 */
import type { TemplatePeriod } from "../plan/planFields";
import { PLAN_TEMPLATE } from "../plan/planTemplate";
import type { SheetContent } from "../report/sheetContent";
import { exampleIndicatorRows } from "./exampleIndicatorRows";
import { listExampleObjectives } from "./exampleObjectives";
import { exampleObjectiveRows, exampleRevisionRows, exampleWeightRows } from "./exampleTableRows";
import type { PlanFixture } from "./planFixture";
import { templateSheetContent } from "./templateSheetContent";

/** "2020-06-30" -> "30/6"; "2020-12-31" -> "31/12"; anything else -> "30/6" (the seed's). */
export function reportingPeriod(periodEnd: string): TemplatePeriod {
  return /-12-31$/.test(periodEnd.trim()) ? "31/12" : "30/6";
}

export function buildExamplePlanSheets(fixture: PlanFixture): SheetContent[] {
  const objectives = listExampleObjectives(fixture);
  const period = reportingPeriod(fixture.periodEnd);
  return [
    templateSheetContent(PLAN_TEMPLATE.objectives, exampleObjectiveRows(objectives)),
    templateSheetContent(PLAN_TEMPLATE.indicators, exampleIndicatorRows(objectives, period)),
    templateSheetContent(PLAN_TEMPLATE.weights, exampleWeightRows(fixture)),
    templateSheetContent(PLAN_TEMPLATE.revisions, exampleRevisionRows(objectives)),
  ];
}
