/**
 * Reading a plan from a workbook's grids.
 *
 * Each sheet's role is recognised from its headers, whatever its name (readSheetLayout.ts); sheets
 * that are not plan sheets are passed over, and so are the sheets the add-in writes itself
 * ("Anomalie", "Riepilogo"). The objectives of objective sheets come first; a combined sheet adds
 * the objectives it names that no objective sheet has. References to objectives (from indicators,
 * weights, revisions, parents) are linked to codes; the reporting period is the one given or
 * detected (detectPeriod.ts), and targets and results written without a date are put at that date.
 * Structural problems (duplicate codes, orphan indicators, objectives without indicators, missing
 * columns) are kept in the plan for the rules to report. Without an indicator sheet there is no
 * plan: the answer says what was looked for and what each sheet was. Never throws.
 * Sheets of objective cards (schede obiettivo) are read by cards/readCardSheet.ts: their objectives,
 * indicators and revisions join the tables', the strategic cards' lists of contributing objectives set
 * parents (cards/cardPlan.ts), and their results, written without a date, go to the reporting period.
 */
import type { WorkbookGrids } from "./grid";
import { isGrid } from "./gridCells";
import { codeKey, leadingCode, ObjectiveIndex } from "./planCodes";
import { detectPeriod } from "./detectPeriod";
import { parsePeriod } from "./reportingDate";
import { normalizeHeader } from "./normalizeHeader";
import type { ManagerWeightRow, Objective, Period, Plan, RevisionRow, SheetRecognition } from "./planModel";
import { readCombinedSheet } from "./readCombinedSheet";
import { CellReading } from "./cellReading";
import { cardRecognition, linkContributions } from "./cards/cardPlan";
import { readCardSheetInsteadOf, type CardSheet } from "./cards/readCardSheet";
import { readIndicatorsSheet } from "./readIndicatorsSheet";
import { readObjectivesSheet } from "./readObjectivesSheet";
import { readRevisionsSheet } from "./readRevisionsSheet";
import { readWeightsSheet } from "./readWeightsSheet";
import { IndicatorColumns } from "./indicatorColumns";
import { storeObjectives } from "./objectiveColumns";
import { objectiveCodeKey } from "./planQueries";
import { noPlanMessage, readSheetLayout, sheetRecognition, type SheetLayout } from "./sheetLayout";
import { percentPointColumns } from "./sheetTable";
import { cellText } from "./gridCells";
import { OUTPUT_SHEET_NAMES } from "../reportSheets";
import type { SheetNote } from "../wording/sheetNotes";

export type ReadPlanResult = { ok: true; plan: Plan } | { ok: false; message: string; recognition: SheetRecognition[] };

const OUTPUT_KEYS = new Set(OUTPUT_SHEET_NAMES.map((name) => normalizeHeader(name)));

interface SheetsRead {
  objectives: Objective[];
  combinedObjectives: Objective[];
  /** Objectives named by indicator sheets (titles, block rows), and those known only by the indicators' codes. */
  namedObjectives: Objective[];
  impliedObjectives: Objective[];
  /** What the reader assumed on each sheet, by sheet name. */
  notes: Map<string, SheetNote[]>;
  /** The indicators of every sheet and card, in the order read. */
  indicators: IndicatorColumns;
  weights: ManagerWeightRow[];
  revisions: RevisionRow[];
  /** The titles above each plan sheet's table, which may name the reporting date. */
  titles: string[];
  headerYears: number[];
  undatedResults: boolean;
}

/** Appends in a loop: `push(...rows)` overflows the call stack past about 120.000 rows. */
function append<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}

function readPlanSheets(workbook: WorkbookGrids, layouts: Map<number, SheetLayout>, reading: CellReading): SheetsRead {
  const read: SheetsRead = {
    objectives: [], combinedObjectives: [], namedObjectives: [], impliedObjectives: [], notes: new Map(), indicators: new IndicatorColumns(reading.cells), weights: [],
    revisions: [], titles: [], headerYears: [], undatedResults: false,
  };
  for (const [i, layout] of layouts) {
    const grid = workbook.sheets[i];
    if (grid === undefined) continue;
    if (layout.role === "objectives") append(read.objectives, readObjectivesSheet(grid, layout, reading));
    if (layout.role === "weights") append(read.weights, readWeightsSheet(grid, layout, reading));
    if (layout.role === "revisions") append(read.revisions, readRevisionsSheet(grid, layout, reading));
    const pointsBefore = reading.pointsRead;
    const notes: SheetNote[] = [];
    if (layout.role === "indicators") {
      const sheet = readIndicatorsSheet(grid, layout, reading, read.indicators);
      append(read.namedObjectives, sheet.named);
      append(read.impliedObjectives, sheet.implied);
      append(notes, sheet.notes);
    }
    if (layout.role === "combined") {
      const combined = readCombinedSheet(grid, layout, reading, read.indicators);
      append(read.combinedObjectives, combined.objectives);
      if (combined.objectiveWeights !== undefined) {
        notes.push({ kind: "objectiveWeights", header: combined.objectiveWeights });
        // The column is recognised as what it was read as.
        layouts.set(i, { ...layout, columns: layout.columns.map((column) => (column.field === "indicatorWeight" ? { ...column, field: "objectiveWeight" } : column)) });
      }
    }
    if (layout.objectiveFromHigher !== undefined) notes.push({ kind: "objectiveFromHigher", header: layout.objectiveFromHigher });
    if (layout.placedYears !== undefined) notes.push({ kind: "placedYears", ...layout.placedYears });
    for (const column of layout.unread ?? []) notes.push({ kind: "unreadColumn", ...column });
    if (reading.pointsRead > pointsBefore) notes.push({ kind: "percentPoints", headers: percentPointColumns(layout).map((column) => cellText(column.header)) });
    if (notes.length > 0) read.notes.set(layout.sheet, notes);
    if (layout.columns.some((column) => column.field === "resultUndated")) read.undatedResults = true;
    if (layout.title !== "") read.titles.push(layout.title);
    if (layout.year !== undefined) read.headerYears.push(layout.year);
  }
  return read;
}

/**
 * The plan's objectives: those of objective sheets, then those that combined sheets and the titles of
 * indicator sheets name and no objective sheet defines; the objectives known only by the indicators'
 * codes count only when nothing in the workbook defines objectives (else a code that names no
 * objective is an orphan to report, not an objective).
 */
function mergeObjectives(read: SheetsRead): Objective[] {
  const fromSheets = new Set(read.objectives.map(objectiveCodeKey));
  const merged = [...read.objectives, ...read.combinedObjectives.filter((objective) => !fromSheets.has(objectiveCodeKey(objective)))];
  const defined = new Set(merged.map(objectiveCodeKey));
  const addNew = (objectives: readonly Objective[]) => {
    for (const objective of objectives) {
      const key = objectiveCodeKey(objective);
      if (defined.has(key)) continue;
      merged.push(objective);
      defined.add(key);
    }
  };
  addNew(read.namedObjectives);
  if (read.objectives.length === 0 && read.combinedObjectives.length === 0) addNew(read.impliedObjectives);
  return merged;
}

/**
 * The higher objectives that the objectives name as their parent («Obiettivo strategico» or
 * «Obiettivo pluriennale» columns) and that nothing defines: when the workbook has no objective
 * sheet, they are the plan's strategic objectives, scored from their contributions.
 */
function impliedParents(objectives: Objective[], read: SheetsRead): Objective[] {
  if (read.objectives.length > 0) return [];
  const index = new ObjectiveIndex(objectives);
  const defined = new Set(objectives.map(objectiveCodeKey));
  const implied = new Map<string, Objective>();
  for (const objective of objectives) {
    const parent = objective.parentCode;
    if (parent === undefined || index.resolve(parent) !== parent || defined.has(codeKey(parent))) continue;
    const code = leadingCode(parent) ?? parent;
    const title = parent.slice(parent.indexOf(code) + code.length).replace(/^[\s:\-–—.]+/, "").trim();
    if (!implied.has(codeKey(code))) implied.set(codeKey(code), { code, kind: "strategic", title: title === "" ? parent : title, ref: objective.ref });
    objective.parentCode = code;
  }
  return [...implied.values()];
}

function link(objectives: Objective[], read: SheetsRead): void {
  const index = new ObjectiveIndex(objectives);
  for (const objective of objectives) if (objective.parentCode !== undefined) objective.parentCode = index.resolve(objective.parentCode);
  read.indicators.resolveObjectives((code) => index.resolve(code));
  for (const row of read.weights) row.objectiveCode = index.resolve(row.objectiveCode);
  for (const row of read.revisions) row.objectiveCode = index.resolve(row.objectiveCode);
}

function readPlanUnguarded(workbook: WorkbookGrids, given: Period | undefined): ReadPlanResult {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  const layouts = new Map<number, SheetLayout>();
  const skipped = new Set<number>();
  const cards: CardSheet[] = [];
  const reading = new CellReading();
  for (let i = 0; i < sheets.length; i++) {
    const grid: unknown = sheets[i];
    if (!isGrid(grid)) continue;
    if (OUTPUT_KEYS.has(normalizeHeader(grid.sheet))) skipped.add(i);
    else {
      const layout = readSheetLayout(grid);
      const card = readCardSheetInsteadOf(layout, grid, reading);
      if (card) cards.push(card);
      else if (layout) layouts.set(i, layout);
    }
  }
  const roles = [...layouts.values()].map((layout) => layout.role);
  if (!roles.includes("indicators") && !roles.includes("combined") && cards.length === 0) {
    const recognition = [...layouts.values()].map((layout) => sheetRecognition(layout, given ?? "31/12"));
    return { ok: false, message: noPlanMessage({ name: workbook?.name, sheets }, layouts, skipped), recognition };
  }
  const read = readPlanSheets({ name: workbook.name, sheets }, layouts, reading);
  linkContributions(cards);
  for (const card of cards) {
    // An indicator card names its objective, as an indicator sheet's title does: cards of one objective on several sheets name it once.
    append(card.cards === "indicators" ? read.namedObjectives : read.objectives, card.objectives);
    for (const { indicator, undated } of card.indicators) read.indicators.addRecord(indicator, undated);
    append(read.revisions, card.revisions);
    if (card.indicators.length > 0) read.undatedResults = true;
    if (card.title !== "") read.titles.push(card.title);
  }
  const indicators = read.indicators.views();
  const { period, source, year } = detectPeriod({
    ...(given === undefined ? {} : { given }),
    indicators,
    titles: read.titles,
    headerYears: read.headerYears,
    undatedResults: read.undatedResults,
  });
  read.indicators.placeUndated(period);
  const merged = mergeObjectives(read);
  const objectives = [...impliedParents(merged, read), ...merged];
  link(objectives, read);
  const recognition = [...layouts.values()].map((layout) => {
    const recognised = sheetRecognition(layout, period);
    const notes = read.notes.get(layout.sheet);
    return notes ? { ...recognised, notes } : recognised;
  });
  for (const card of cards) recognition.push(cardRecognition(card, period));
  return {
    ok: true,
    plan: {
      objectives: storeObjectives(objectives, reading.cells),
      indicators,
      managerWeights: read.weights,
      revisions: read.revisions,
      period,
      periodDetected: source !== "given",
      periodSource: source,
      ...(year === undefined ? {} : { year }),
      recognition,
    },
  };
}

/** Reads the plan; `period` is the reporting date the user gives ("30/6", "31/07/2013", "2019"), if any. */
export function readPlan(workbook: WorkbookGrids, options: { period?: Period } = {}): ReadPlanResult {
  try {
    const given = typeof options?.period === "string" ? parsePeriod(options.period) : undefined;
    return readPlanUnguarded(workbook, given);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Errore imprevisto durante la lettura del piano: ${detail}`, recognition: [] };
  }
}
