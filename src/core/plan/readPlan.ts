/**
 * Reading a plan from a workbook's grids.
 *
 * Each sheet's role is recognised from its headers, whatever its name (recognizeSheet.ts); sheets
 * that are not plan sheets are passed over, and so are the sheets the add-in writes itself
 * ("Anomalie", "Riepilogo"). The objectives of objective sheets come first; a combined sheet adds
 * the objectives it names that no objective sheet has. References to objectives (from indicators,
 * weights, revisions, parents) are linked to codes; the reporting period is the one given or
 * detected (detectPeriod.ts), and results written without a date are put at that period.
 * Structural problems (duplicate codes, orphan indicators, objectives without indicators, missing
 * columns) are kept in the plan for the rules to report. Without an indicator sheet there is no
 * plan: the answer says what was looked for and what each sheet was. Never throws.
 * Sheets of objective cards (schede obiettivo) are read by cards/readCardSheet.ts: their objectives,
 * indicators and revisions join the tables', the strategic cards' lists of contributing objectives set
 * parents (cards/cardPlan.ts), and their results, written without a date, go to the reporting period.
 */
import type { WorkbookGrids } from "./grid";
import { isGrid } from "./gridCells";
import { codeKey } from "./planCodes";
import { detectPeriod } from "./detectPeriod";
import { ObjectiveIndex } from "./linkObjectiveCodes";
import { normalizeHeader } from "./normalizeHeader";
import { noPlanMessage } from "./noPlanMessage";
import type { ManagerWeightRow, Objective, Period, Plan, RevisionRow, SheetRecognition } from "./planModel";
import { readCombinedSheet } from "./readCombinedSheet";
import { CellValueCache } from "./cellValueCache";
import { cardRecognition, linkContributions } from "./cards/cardPlan";
import { readCardSheetInsteadOf, type CardSheet } from "./cards/readCardSheet";
import type { IndicatorRow } from "./readIndicatorRow";
import { readIndicatorsSheet } from "./readIndicatorsSheet";
import { readObjectivesSheet } from "./readObjectivesSheet";
import { readRevisionsSheet } from "./readRevisionsSheet";
import { readWeightsSheet } from "./readWeightsSheet";
import { recognizeSheet, type SheetLayout } from "./recognizeSheet";
import { sheetRecognition } from "./sheetRecognition";

export type ReadPlanResult = { ok: true; plan: Plan } | { ok: false; message: string; recognition: SheetRecognition[] };

/** Sheets the add-in and the command line write (anomalies, summaries): never read as plan sheets. */
export const OUTPUT_SHEET_NAMES: readonly string[] = ["Anomalie", "Riepilogo", "Anomalies", "Summary"];
const OUTPUT_KEYS = new Set(OUTPUT_SHEET_NAMES.map((name) => normalizeHeader(name)));

interface SheetsRead {
  objectives: Objective[];
  combinedObjectives: Objective[];
  indicators: IndicatorRow[];
  weights: ManagerWeightRow[];
  revisions: RevisionRow[];
  undatedTitles: string[];
}

/** Appends in a loop: `push(...rows)` overflows the call stack past about 120.000 rows. */
function append<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}

function readSheets(workbook: WorkbookGrids, layouts: Map<number, SheetLayout>): SheetsRead {
  const read: SheetsRead = { objectives: [], combinedObjectives: [], indicators: [], weights: [], revisions: [], undatedTitles: [] };
  workbook.sheets.forEach((grid, i) => {
    const layout = layouts.get(i);
    if (!layout) return;
    if (layout.role === "objectives") append(read.objectives, readObjectivesSheet(grid, layout));
    if (layout.role === "weights") append(read.weights, readWeightsSheet(grid, layout));
    if (layout.role === "revisions") append(read.revisions, readRevisionsSheet(grid, layout));
    if (layout.role === "indicators") append(read.indicators, readIndicatorsSheet(grid, layout));
    if (layout.role === "combined") {
      const combined = readCombinedSheet(grid, layout);
      append(read.combinedObjectives, combined.objectives);
      append(read.indicators, combined.indicators);
    }
    if (layout.columns.some((column) => column.field === "resultUndated")) read.undatedTitles.push(`${layout.title} | ${layout.sheet}`);
  });
  return read;
}

function mergeObjectives(read: SheetsRead): Objective[] {
  const defined = new Set(read.objectives.map((objective) => codeKey(objective.code)));
  return [...read.objectives, ...read.combinedObjectives.filter((objective) => !defined.has(codeKey(objective.code)))];
}

function placeUndated(rows: readonly IndicatorRow[], period: Period): void {
  for (const { indicator, undated } of rows) {
    if (undated.result && indicator.results[period] === undefined) indicator.results[period] = undated.result;
    if (undated.declaredDeviation && indicator.declaredDeviations[period] === undefined) {
      indicator.declaredDeviations[period] = undated.declaredDeviation;
    }
  }
}

function link(objectives: Objective[], read: SheetsRead): void {
  const index = new ObjectiveIndex(objectives);
  for (const objective of objectives) if (objective.parentCode !== undefined) objective.parentCode = index.resolve(objective.parentCode);
  for (const { indicator } of read.indicators) indicator.objectiveCode = index.resolve(indicator.objectiveCode);
  for (const row of read.weights) row.objectiveCode = index.resolve(row.objectiveCode);
  for (const row of read.revisions) row.objectiveCode = index.resolve(row.objectiveCode);
}

function readPlanUnguarded(workbook: WorkbookGrids, given: Period | undefined): ReadPlanResult {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  const layouts = new Map<number, SheetLayout>();
  const skipped = new Set<number>();
  const cards: CardSheet[] = [];
  const cardValues = new CellValueCache();
  sheets.forEach((grid, i) => {
    if (!isGrid(grid)) return;
    if (OUTPUT_KEYS.has(normalizeHeader(grid.sheet))) skipped.add(i);
    else {
      const layout = recognizeSheet(grid);
      const card = readCardSheetInsteadOf(layout, grid, cardValues);
      if (card) cards.push(card);
      else if (layout) layouts.set(i, layout);
    }
  });
  const roles = [...layouts.values()].map((layout) => layout.role);
  if (!roles.includes("indicators") && !roles.includes("combined") && cards.length === 0) {
    const recognition = [...layouts.values()].map((layout) => sheetRecognition(layout, given ?? "30/6"));
    return { ok: false, message: noPlanMessage({ name: workbook?.name, sheets }, layouts, skipped), recognition };
  }
  const read = readSheets({ name: workbook.name, sheets }, layouts);
  linkContributions(cards);
  for (const card of cards) {
    append(read.objectives, card.objectives);
    append(read.indicators, card.indicators);
    append(read.revisions, card.revisions);
    if (card.indicators.length > 0) read.undatedTitles.push(`${card.title} | ${card.sheet}`);
  }
  const indicators = read.indicators.map((row) => row.indicator);
  const { period, detected } = detectPeriod({ given, indicators, titles: read.undatedTitles });
  placeUndated(read.indicators, period);
  const objectives = mergeObjectives(read);
  link(objectives, read);
  const recognition = [...layouts.values()].map((layout) => sheetRecognition(layout, period));
  for (const card of cards) recognition.push(cardRecognition(card, period));
  return {
    ok: true,
    plan: { objectives, indicators, managerWeights: read.weights, revisions: read.revisions, period, periodDetected: detected, recognition },
  };
}

export function readPlan(workbook: WorkbookGrids, options: { period?: Period } = {}): ReadPlanResult {
  try {
    const given = options?.period === "30/6" || options?.period === "31/12" ? options.period : undefined;
    return readPlanUnguarded(workbook, given);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Errore imprevisto durante la lettura del piano: ${detail}`, recognition: [] };
  }
}
