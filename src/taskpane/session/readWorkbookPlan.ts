/**
 * The pane's side of the core's one check pipeline (src/core/checkPlan.ts): the sheets Excel
 * returned, under the pane's settings, go through `checkPlanSteps` exactly as the command
 * line's files go through `checkPlan`. "Valida piano" runs the steps with a pause between them;
 * showing what plan a workbook holds runs only the first.
 */
import { checkPlanSteps, readPlanStep, type PlanCheckOptions, type PlanCheckSteps } from "../../core/checkPlan";
import type { Grid, WorkbookGrids } from "../../core/plan/grid";
import type { Plan, SheetRecognition } from "../../core/plan/planModel";
import { reportingDateText } from "../../core/plan/reportingDate";
import type { PaneSettings } from "../settings/paneSettings";
import { settingsFromRulesSheet } from "../../core/report/rulesSheet";
import type { RewardRules } from "../../core/report/rewards";
import { RULE_IDS } from "../../core/rules/ruleCatalogue";
import type { PlanOverview } from "./sessionState";

export { summarizeAnomalies } from "../../core/report/summarizeAnomalies";
export { prepareResultGroups } from "./prepareResultGroups";

/** The workbook's name in the core's messages (the port does not expose the file name). */
const WORKBOOK_NAME = "Cartella di lavoro";

export type PlanReading =
  | { ok: true; plan: Plan; overview: PlanOverview }
  | { ok: false; sheets: string[]; reason: string; recognition: SheetRecognition[] };

function workbookOf(grids: Grid[]): WorkbookGrids {
  return { name: WORKBOOK_NAME, sheets: grids };
}

/**
 * The pipeline's options from the pane's settings: the reporting date asked for (none when "auto")
 * and the rules' settings, with the workbook's «Regole di valutazione» sheet over them when it has
 * one (the plan's own profile: its filled rows win, its blank rows keep the pane's settings), and
 * the sheet's reward rules (the pane has no others). The sheet's problems (a value the profile does
 * not accept, an unknown row, wrong reward rules) come back to be shown; the value at fault is
 * ignored (wrong reward rules: no «Premi»).
 */
function checkOptions(grids: Grid[], settings: PaneSettings): { options: PlanCheckOptions; rulesProblems: string[]; rewardRules: RewardRules | null } {
  const sheet = settingsFromRulesSheet(workbookOf(grids), RULE_IDS, settings.validation);
  return {
    options: {
      ...(settings.reportingDate === "auto" ? {} : { period: settings.reportingDate }),
      settings: sheet.found ? sheet.settings : settings.validation,
    },
    rulesProblems: sheet.errors.map((error) => error.message),
    rewardRules: sheet.rewards,
  };
}

/** The check of the sheets, one step per `next()` (see checkPlanSteps), the problems and the reward rules of the «Regole di valutazione» sheet. */
export function planCheckSteps(grids: Grid[], settings: PaneSettings): { steps: PlanCheckSteps; rulesProblems: string[]; rewardRules: RewardRules | null } {
  const { options, rulesProblems, rewardRules } = checkOptions(grids, settings);
  return { steps: checkPlanSteps(workbookOf(grids), options), rulesProblems, rewardRules };
}

/** Reads the plan from the sheets, at the reporting date the settings ask for (or the detected one). */
export function readWorkbookPlan(grids: Grid[], settings: PaneSettings): PlanReading {
  const read = readPlanStep(workbookOf(grids), checkOptions(grids, settings).options);
  const sheets = grids.map((grid) => grid.sheet);
  if (!read.ok) return { ok: false, sheets, reason: read.message, recognition: read.recognition };
  return { ok: true, plan: read.plan, overview: overviewOf(read.plan, sheets) };
}

/** What the pane shows of a plan before validating it. */
export function overviewOf(plan: Plan, sheets: string[]): PlanOverview {
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
