/**
 * The sheets the pane writes, built by the core, as one chunk loaded on demand (see
 * coreChunks.ts): "Crea riepilogo" (Riepilogo and Anomalie), "Scrivi regole di valutazione" and
 * "Inserisci modello".
 */
import { buildTemplateSheets } from "../../core/example/templateSheets";
import { buildAnomaliesSheet, buildSummarySheet } from "../../core/report/buildReportSheets";
import type { SheetContent } from "../../core/report/sheetContent";
import type { PaneValidation } from "./sessionState";
import type { Grid } from "../../core/plan/grid";
import { rulesSheetContent, settingsFromRulesSheet } from "../../core/report/rulesSheet";
import { planRewards } from "../../core/report/rewards";
import { fundFromPlan, projectValueTable } from "../../core/report/projectValueTable";
import { RULE_IDS } from "../../core/rules/ruleCatalogue";
import type { ValidationSettings } from "../../core/settings";
import type { Locale } from "../../core/wording/addinLanguage";

/**
 * "Scrivi regole di valutazione": the sheet from the settings in force (the pane's, under the
 * workbook's own sheet when it has one) and the reward rules of the workbook's sheet (the pane has no others).
 */
export function rulesSheet(grids: Grid[], settings: ValidationSettings): SheetContent {
  const sheet = settingsFromRulesSheet({ name: "", sheets: grids }, RULE_IDS, settings);
  return rulesSheetContent(sheet.found ? sheet.settings : settings, sheet.rewards, sheet.unreadRewards);
}

/**
 * "Crea riepilogo": the Riepilogo and Anomalie sheets of one validation; with the reward rules of the
 * «Regole di valutazione» sheet, the Riepilogo's «Premi» tables, as perf-check writes them (without
 * a «Fondo» row, the fund is the plan's Fondo Dirigenti when it states one). The Anomalie sheet is in
 * the pane's language; the Riepilogo is Italian.
 */
export function buildReportSheets(validation: PaneValidation, locale: Locale = "it"): SheetContent[] {
  const { plan, scores, rewardRules } = validation;
  const rewards = rewardRules === null ? undefined : planRewards(scores, rewardRules, fundFromPlan(projectValueTable(plan, scores)));
  return [buildSummarySheet(plan, scores, rewards), buildAnomaliesSheet(validation.anomalies, locale)];
}

/** "Inserisci modello": the empty plan template's sheets, in Italian like the plans it reads. */
export function buildTemplate(): SheetContent[] {
  return buildTemplateSheets("it");
}
