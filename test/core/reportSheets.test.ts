import { checkPlan } from "../../src/core/checkPlan";
import { buildAnomaliesSheet } from "../../src/core/report/buildReportSheets";
import { buildSummarySheet } from "../../src/core/report/buildReportSheets";
import type { SheetCellValue } from "../../src/core/report/sheetContent";
import {
  ANOMALIES_HEADERS,
  ANOMALIES_SHEET,
  isOwnSheet,
  isReportSheetName,
  OUTPUT_SHEET_NAMES,
  OWNER_VALUE,
  REPORT_SHEET_NAMES,
  SUMMARY_SHEET,
  type SheetOwnershipEvidence,
} from "../../src/core/reportSheets";
import { syntheticPlan } from "../support/syntheticPlan";
import { ENGLISH } from "../../src/core/wording/english";

const SUMMARY_TITLE = "Riepilogo del piano della performance al 30 giugno (30/6/2020)";

describe("whether a sheet is ours (written by the add-in or perf-check)", () => {
  it.each<[string, string, SheetOwnershipEvidence, boolean]>([
    ["a sheet with the add-in's owner mark", "Riepilogo", { mark: OWNER_VALUE }, true],
    ["a template sheet with the owner mark", "Obiettivi", { mark: OWNER_VALUE }, true],
    ["a sheet with another owner mark", "Riepilogo", { mark: "altro" }, false],
    ["a sheet without owner mark", "Riepilogo", { mark: null }, false],
    ["an Anomalie sheet whose first row is the report's headers", ANOMALIES_SHEET, { firstRow: [...ANOMALIES_HEADERS] }, true],
    ["an Anomalie sheet missing a header", ANOMALIES_SHEET, { firstRow: ANOMALIES_HEADERS.slice(0, 7) }, false],
    ["an Anomalie sheet written before the «Come è calcolato» column", ANOMALIES_SHEET, { firstRow: ANOMALIES_HEADERS.slice(0, 8) }, true],
    ["an Anomalie sheet written in English", ANOMALIES_SHEET, { firstRow: [...ENGLISH.anomaliesSheet.headers] }, true],
    ["a Riepilogo sheet whose title is the report's", SUMMARY_SHEET, { firstRow: [SUMMARY_TITLE] }, true],
    ["a user's own Riepilogo", SUMMARY_SHEET, { firstRow: ["Riepilogo spese 2020"] }, false],
    ["a sheet named ANOMALIE (another spelling) with the report's headers", "ANOMALIE", { firstRow: [...ANOMALIES_HEADERS] }, false],
    ["a plan sheet whose first row happens to be the report's headers", "Indicatori", { firstRow: [...ANOMALIES_HEADERS] }, false],
    ["a report sheet about which nothing is known", SUMMARY_SHEET, {}, false],
    ["a Riepilogo whose first row is empty", SUMMARY_SHEET, { firstRow: [] }, false],
  ])("%s: %s", (_case, name, evidence, ours) => {
    expect(isOwnSheet(name, evidence)).toBe(ours);
  });

  it("recognises by their first row the report sheets the core builds", () => {
    const check = checkPlan(syntheticPlan({ objectives: 2, indicatorsPerObjective: 3, seed: 5, defectRate: 0.5 }).workbook);
    if (!check.ok) throw new Error(check.message);
    const firstRow = (rows: SheetCellValue[][]) => (rows[0] ?? []).map((cell) => String(cell ?? "").trim());
    const anomalies = buildAnomaliesSheet(check.anomalies);
    const summary = buildSummarySheet(check.plan, check.scores);
    expect(isOwnSheet(anomalies.name, { firstRow: firstRow(anomalies.rows) })).toBe(true);
    expect(isOwnSheet(summary.name, { firstRow: firstRow(summary.rows) })).toBe(true);
    expect([anomalies.name, summary.name].sort()).toEqual([...REPORT_SHEET_NAMES].sort());
  });
});

describe("the report sheets' names", () => {
  it.each([
    ["Anomalie", true],
    ["Riepilogo", true],
    ["riepilogo", false],
    ["Obiettivi", false],
  ])("%s is a report sheet's name: %s", (name, expected) => {
    expect(isReportSheetName(name)).toBe(expected);
  });

  it("are among the names the plan reader never reads as plan sheets, with their English forms", () => {
    expect(OUTPUT_SHEET_NAMES).toEqual(expect.arrayContaining([...REPORT_SHEET_NAMES, "Anomalies", "Summary"]));
  });
});
