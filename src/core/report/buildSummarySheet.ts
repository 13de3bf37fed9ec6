/**
 * The "Riepilogo" sheet: achievement by objective (with a chart), by
 * indicator, by area and by manager, then the mid-year revision table, one
 * table under the other, each with a bold title and header. Built from the
 * same scores the pane and the command line show, so the figures agree.
 */
import { toA1 } from "../plan/a1";
import type { Plan } from "../plan/planModel";
import { periodInWords, periodSourceWords, reportingDateText } from "../plan/reportingDate";
import { SUMMARY_SHEET, SUMMARY_TITLE_PREFIX } from "../reportSheets";
import { revisionTable } from "./revisionTable";
import type { PlanScores } from "./scoreTypes";
import { SheetBuilder } from "./sheetBuilder";
import type { SheetContent } from "./sheetContent";
import { areaSection, indicatorSection, managerSection, objectiveSection, revisionSection, type SummarySection } from "./summarySections";

export function buildSummarySheet(plan: Plan, scores: PlanScores): SheetContent {
  const sheet = new SheetBuilder(SUMMARY_SHEET);
  const date = reportingDateText(plan);
  sheet.addRow([`${SUMMARY_TITLE_PREFIX} al ${periodInWords(date)} (${date})`], true);
  sheet.addRow([`Data di rendicontazione ${plan.periodSource === "given" ? "scelta nelle impostazioni" : periodSourceWords(plan.periodSource)}.`]);
  sheet.blankRow();

  // Objectives first: their code and achievement (columns A:B) feed the chart.
  const objectives = addSection(sheet, objectiveSection(scores));
  for (const section of [indicatorSection(scores), areaSection(scores), managerSection(scores), revisionSection(revisionTable(plan))]) {
    addSection(sheet, section);
  }

  const chart =
    scores.objectives.length > 0
      ? { range: `${toA1(objectives.headerRow, 0)}:${toA1(objectives.lastRow, 1)}`, title: "Raggiungimento per obiettivo", type: "bar" as const }
      : undefined;
  return sheet.build({
    columnWidths: { 0: 28, 1: 16, 2: 40, 3: 18, 4: 22, 5: 22, 6: 22, 7: 18, 8: 50, 9: 30 },
    ...(chart ? { chart } : {}),
  });
}

/** Writes title, header and rows; returns where the header and the last row landed. */
function addSection(sheet: SheetBuilder, section: SummarySection): { headerRow: number; lastRow: number } {
  sheet.addRow([section.title], true);
  const headerRow = sheet.addRow(section.header, true);
  let lastRow = headerRow;
  for (const row of section.rows) lastRow = sheet.addRow(row);
  sheet.blankRow();
  return { headerRow, lastRow };
}
