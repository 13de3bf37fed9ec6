import type { Grid } from "../../core/plan/grid";
import { reportingDateText } from "../../core/plan/reportingDate";
import type { Plan, SheetRecognition } from "../../core/plan/planModel";
import { readPlan } from "../../core/plan/readPlan";
import type { PaneSettings } from "../settings/paneSettings";
import type { PlanOverview } from "./sessionTypes";

/** The workbook's name in the core's messages (the port does not expose the file name). */
const WORKBOOK_NAME = "Cartella di lavoro";

export type PlanReading =
  | { ok: true; plan: Plan; overview: PlanOverview }
  | { ok: false; sheets: string[]; reason: string; recognition: SheetRecognition[] };

/** Reads the plan from the sheets, at the reporting date the settings ask for (or the detected one). */
export function readWorkbookPlan(grids: Grid[], settings: PaneSettings): PlanReading {
  const options = settings.reportingDate === "auto" ? {} : { period: settings.reportingDate };
  const read = readPlan({ name: WORKBOOK_NAME, sheets: grids }, options);
  const sheets = grids.map((grid) => grid.sheet);
  if (!read.ok) return { ok: false, sheets, reason: read.message, recognition: read.recognition };
  return { ok: true, plan: read.plan, overview: overviewOf(read.plan, sheets) };
}

function overviewOf(plan: Plan, sheets: string[]): PlanOverview {
  const recognised = new Set(plan.recognition.map((sheet) => sheet.sheet));
  return {
    planSheets: sheets.filter((sheet) => recognised.has(sheet)),
    strategicObjectives: plan.objectives.filter((objective) => objective.kind === "strategic").length,
    operationalObjectives: plan.objectives.filter((objective) => objective.kind === "operational").length,
    indicators: plan.indicators.length,
    period: plan.period,
    periodDetected: plan.periodDetected,
    periodSource: plan.periodSource,
    reportingDate: reportingDateText(plan),
  };
}
