/**
 * What a sheet is, from its headers (never from its name, which may be anything):
 * - `roleOfHeaders`: its role, from the concepts its header row names;
 * - `readSheetLayout`: its layout: role, header row, the column of each field, and the text of the
 *   title rows above the table (which may name the reporting date);
 * - `sheetRecognition`: what the reader tells about a recognised sheet;
 * - `noPlanMessage`: the Italian message when no sheet of a workbook is a plan's.
 */
import { detectHeaderRow, type HeaderCell, type HeaderRow, type HeaderSearch } from "./detectHeaderRow";
import type { Grid, WorkbookGrids } from "./grid";
import { gridOrigin, gridRows, isGrid, rawAt, rowTexts } from "./gridCells";
import { isBlank } from "../values/matchPlaceholder";
import type { HeaderConcept } from "./headerSynonyms";
import { DATED_CONCEPTS } from "./matchHeader";
import { datedField, datedFieldParts, headerDates, isHigherObjectiveRead, leadingWeightIsObjectives, mapColumns, type LayoutColumn, type ReadField } from "./mapColumns";
import type { SheetRole } from "./planFields";
import type { FieldId, Period, SheetRecognition } from "./planModel";
import { firstYearIn, yearEnd, yearPlaceIn } from "./reportingDate";
import { expectedFields } from "./planTemplate";

export interface SheetLayout {
  sheet: string;
  role: SheetRole;
  /** Grid row index of the header row; data start below it. */
  headerRow: number;
  /** The header row in sheet coordinates (0-based, like CellRef.row). */
  sheetHeaderRow: number;
  columns: LayoutColumn[];
  /** The texts of the rows above the header (titles), joined by " | ". */
  title: string;
  /** The one year the dated headers name ("Target 30/06/2020"), when they name one. */
  year?: number;
  /**
   * Written columns of targets or results the header names but the reader does not use (a revised
   * target beside the plan's own, a second target of the same date), each with the column used
   * instead: the reader says so, never drops them in silence.
   */
  unread?: UnreadColumn[];
  /**
   * The header of a higher objective's column («Obiettivo specifico») read as the indicators'
   * objective, the sheet having no other objective column: the reader says so.
   */
  objectiveFromHigher?: string;
  /** Headers that name the plan's years by their place («Target anno N+1»), read as the years the title's first year gives. */
  placedYears?: PlacedYears;
}

/** Columns whose years the reader worked out from their place and the plan's first year. */
export interface PlacedYears {
  headers: string[];
  years: number[];
  /** The first year as written where it was found («2024-2026»). */
  firstYear: string;
  /** Where the first year was found. */
  from: "title" | "sheetName";
}

export interface UnreadColumn {
  header: string;
  /** The header of the column whose values are used instead, if any. */
  instead?: string;
  /** The header names a later year of the plan in words, not by its number («Target secondo anno»). */
  laterYear?: true;
}

/** Header concepts whose values an indicator is judged by: a column of them left unread is worth a word. */
const JUDGED: ReadonlySet<HeaderConcept> = new Set(["target", "result", "forecast", "newForecast"]);

/** Whether the column has something written in a row below the header row. */
function writtenBelow(rows: unknown[][], headerRow: number, col: number): boolean {
  for (let r = headerRow + 1; r < rows.length; r++) if (!isBlank(rawAt(rows, r, col))) return true;
  return false;
}

/**
 * The unread columns of targets and results, each with the used column it gives way to: the used one
 * of the same kind and date; without a date, the year's target for a revised target (the last target
 * column), else the first of its kind.
 */
function unreadColumns(grid: Grid, headerRow: number, cells: readonly HeaderCell[], columns: readonly LayoutColumn[]): UnreadColumn[] {
  const used = new Set(columns.map((column) => column.col));
  const rows = gridRows(grid);
  const unread: UnreadColumn[] = [];
  for (const cell of cells) {
    const concept = cell.match.concept;
    if (!JUDGED.has(concept) || used.has(cell.col) || !writtenBelow(rows, headerRow, cell.col)) continue;
    const kind = concept === "result" ? "result" : "target";
    const sameKind = columns.filter((column) => column.field === `${kind}Undated` || datedFieldParts(column.field)?.concept === kind);
    const sameDate = cell.match.date === undefined ? undefined : sameKind.find((column) => datedFieldParts(column.field)?.period === cell.match.date);
    const instead = sameDate ?? (concept === "newForecast" || concept === "forecast" ? sameKind[sameKind.length - 1] : sameKind[0]);
    const column: UnreadColumn = instead === undefined ? { header: cell.text } : { header: cell.text, instead: instead.header };
    if ((yearPlaceIn(cell.text) ?? 0) > 0) column.laterYear = true;
    unread.push(column);
  }
  return unread;
}

function titleText(grid: Grid, headerRow: number): string {
  const rows = gridRows(grid);
  const texts: string[] = [];
  for (let r = 0; r < headerRow; r++) for (const { text } of rowTexts(rows, r)) texts.push(text);
  return texts.join(" | ");
}

/**
 * The header row with the years it names by their place («Target anno N», «Target anno N+1», «Target
 * secondo anno») dated from the plan's first year, which the title gives («PIAO 2024-2026»: N is 2024),
 * else the sheet's name: read as «Target 2024», «Target 2025». Unchanged when no header names a year
 * by its place or when neither names a first year (the later years' columns are then left unread, and
 * the reader says so).
 */
function withPlacedYears(header: HeaderRow, title: string, sheet: string): { header: HeaderRow; placed?: PlacedYears } {
  const bare = header.cells.some((cell) => (yearPlaceIn(cell.text) ?? 0) > 0);
  const places = header.cells.map((cell) => (DATED_CONCEPTS.has(cell.match.concept) && cell.match.date === undefined ? yearPlaceIn(cell.text, bare) : undefined));
  if (places.every((place) => place === undefined)) return { header };
  const fromTitle = firstYearIn(title);
  const first = fromTitle ?? firstYearIn(sheet);
  if (first === undefined) return { header };
  const placed: PlacedYears = { headers: [], years: [], firstYear: first.written, from: fromTitle !== undefined ? "title" : "sheetName" };
  const cells = header.cells.map((cell, i) => {
    const place = places[i];
    if (place === undefined) return cell;
    placed.headers.push(cell.text);
    placed.years.push(first.year + place);
    return { ...cell, match: { ...cell.match, date: yearEnd(first.year + place) } };
  });
  return { header: { ...header, cells }, placed };
}

/** The sheet's layout, or null when it is not a plan sheet. */
export function readSheetLayout(grid: Grid, search?: HeaderSearch): SheetLayout | null {
  const detected = detectHeaderRow(grid, search);
  if (detected === null) return null;
  const title = titleText(grid, detected.row);
  const { header, placed } = withPlacedYears(detected, title, grid.sheet);
  const role = roleOfHeaders(header.cells);
  if (role === null) return null;
  const columns = mapColumns(grid, header, role);
  const { year } = headerDates(header.cells);
  const unread = role === "indicators" || role === "combined" ? unreadColumns(grid, header.row, header.cells, columns) : [];
  const higher = columns.find((column) => isHigherObjectiveRead(column, header.cells));
  return {
    ...(year === undefined ? {} : { year }),
    ...(unread.length === 0 ? {} : { unread }),
    ...(higher === undefined ? {} : { objectiveFromHigher: higher.header }),
    ...(placed === undefined ? {} : { placedYears: placed }),
    sheet: grid.sheet,
    role,
    headerRow: header.row,
    sheetHeaderRow: gridOrigin(grid).row + header.row,
    columns,
    title,
  };
}

/**
 * A sheet's role, from the concepts its header row names:
 * - revisions: a forecast or a new forecast column ("Previsione al 30.6", "Nuova previsione"), unless the
 *   sheet also has a target, a result and a column only a plan has (weights, baseline, polarity, unit,
 *   type, achievement);
 * - indicators: an indicator column with at least one column of indicator data (target, result,
 *   weight, baseline...); combined when objective columns sit on the same rows (title, kind,
 *   objective weight, area, manager...), or when two bare "Peso" columns flank the indicator
 *   column's left (the first is then the objective's);
 * - weights: manager, objective and weight columns, and nothing that only an objective sheet has
 *   (two or more weight columns always make a weights table: "Peso iniziale", "Peso rideterminato");
 * - objectives: code or title, and at least three objective columns including a weight, a kind, a
 *   parent or an own share.
 * Anything else is not a plan sheet (null).
 */

const INDICATOR_DATA: readonly HeaderConcept[] = [
  "target", "result", "baseline", "baselineYear", "weight", "indicatorWeight", "polarity", "unit",
  "indicatorType", "declaredDeviation", "deviation", "computedDeviation", "achievement",
];

/** What a revision table never has: it lists forecasts and actuals of indicators defined elsewhere. */
const NEVER_ON_REVISIONS: readonly HeaderConcept[] = [
  "baseline", "baselineYear", "weight", "indicatorWeight", "objectiveWeight", "polarity", "unit", "indicatorType", "achievement",
];

const OBJECTIVE_ON_INDICATOR_ROWS: readonly HeaderConcept[] = [
  "objective", "kind", "objectiveWeight", "area", "manager", "parent", "ownShare",
];

const OBJECTIVE_CONCEPTS: readonly HeaderConcept[] = [
  "code", "objective", "kind", "type", "area", "manager", "weight", "objectiveWeight", "parent", "ownShare",
];

/** How many of the header cells are of the concept. */
function countOf(cells: readonly HeaderCell[], concept: HeaderConcept): number {
  let count = 0;
  for (const cell of cells) if (cell.match.concept === concept) count += 1;
  return count;
}

export function roleOfHeaders(cells: readonly HeaderCell[]): SheetRole | null {
  const count = (concept: HeaderConcept) => countOf(cells, concept);
  const has = (concept: HeaderConcept) => count(concept) > 0;

  // A revised target beside the plan's own target and result, with the plan's weights, baselines or
  // polarities, is a column of the plan, not a revision table («Valore atteso | Nuovo target | Valore
  // consuntivo | Peso indicatori»); a table of revised targets with their weights stays one.
  const planWithRevisedTarget = has("target") && has("result") && NEVER_ON_REVISIONS.some(has);
  if ((has("newForecast") || has("forecast")) && !planWithRevisedTarget) return "revisions";

  if (has("indicator") && INDICATOR_DATA.some(has)) {
    return OBJECTIVE_ON_INDICATOR_ROWS.some(has) || leadingWeightIsObjectives(cells) ? "combined" : "indicators";
  }

  const identified = has("code") || has("objective");
  const weightColumns = count("weight") + count("objectiveWeight") + count("indicatorWeight");
  const objectiveOnly = ["kind", "type", "parent", "ownShare", "area"].some((c) => has(c as HeaderConcept));
  const codeAndTitle = has("code") && has("objective");
  if (has("manager") && identified && weightColumns >= 1 && (weightColumns >= 2 || (!objectiveOnly && !codeAndTitle))) {
    return "weights";
  }

  const objectiveConcepts = OBJECTIVE_CONCEPTS.filter(has).length;
  const distinctive = ["weight", "objectiveWeight", "kind", "type", "parent", "ownShare"].some((c) => has(c as HeaderConcept));
  if (identified && (has("objective") || has("kind")) && objectiveConcepts >= 3 && distinctive) return "objectives";
  return null;
}

/**
 * What the reader tells about a recognised sheet: its role, header row, the recognised columns
 * (field, header as written, A1 address of the header cell) and the expected fields it could not
 * find. Results and declared deviations written without a date are reported under the reporting
 * period's field ("Risultati raggiunti" -> result30_6 at 30/6); when the sheet also has that dated
 * column, the undated one was not used and is not listed.
 */

/** The field of a read field at the reporting date: an undated result is the date's result. */
export function periodField(field: ReadField, period: Period): FieldId {
  if (field === "resultUndated") return datedField("result", period);
  if (field === "declaredDeviationUndated") return datedField("declaredDeviation", period);
  if (field === "targetUndated") return datedField("target", period);
  return field;
}

export function sheetRecognition(layout: SheetLayout, period: Period): SheetRecognition {
  const dated = new Set<FieldId>(layout.columns.map((column) => column.field));
  const columns: SheetRecognition["columns"] = [];
  for (const column of layout.columns) {
    const field = periodField(column.field, period);
    if (field !== column.field && dated.has(field)) continue;
    columns.push({ field, header: column.header, address: column.address });
  }
  const present = new Set<FieldId>(columns.map((column) => column.field));
  const missing = expectedFields(layout.role).filter((field) => !present.has(field));
  return { sheet: layout.sheet, role: layout.role, headerRow: layout.sheetHeaderRow, columns, missing };
}

/**
 * The Italian message given when a workbook holds no plan: what was looked for, and what each sheet
 * turned out to be (a recognised role, or the plan headers found in its best row, or nothing).
 */

const ROLE_NAMES: Record<SheetRole, string> = {
  objectives: "foglio degli obiettivi",
  indicators: "foglio degli indicatori",
  combined: "foglio unico di obiettivi e indicatori",
  weights: "tabella dei pesi",
  revisions: "tabella delle revisioni",
};

const LOOKED_FOR =
  "Cercavo, nelle prime 20 righe di un foglio, una riga di intestazione con la colonna «Indicatore» e almeno " +
  "una tra «Target 30/6», «Target 31/12», «Peso», «Baseline», «Risultato 30/6» (come nel foglio «Indicatori» " +
  "del modello, accanto a «Codice obiettivo» e «N.»), oppure un foglio unico con le colonne degli obiettivi " +
  "e degli indicatori.";

export function roleName(role: SheetRole): string {
  return ROLE_NAMES[role];
}

function describeSheet(sheet: unknown, layout: SheetLayout | undefined, skipped: boolean): string {
  if (!isGrid(sheet)) return "un foglio non leggibile";
  const name = `«${sheet.sheet}»`;
  if (skipped) return `${name} (foglio prodotto dal componente aggiuntivo, non letto)`;
  if (layout) return `${name} (${roleName(layout.role)}, intestazioni alla riga ${layout.sheetHeaderRow + 1})`;
  const best = detectHeaderRow(sheet, { minConcepts: 1 });
  if (best === null) return `${name} (nessuna intestazione riconosciuta)`;
  const headers = best.cells.slice(0, 6).map((cell) => `«${cell.text}»`);
  return `${name} (riconosciute solo ${headers.join(", ")})`;
}

/** The message for a workbook in which no indicator sheet was found. */
export function noPlanMessage(
  workbook: WorkbookGrids,
  layouts: ReadonlyMap<number, SheetLayout>,
  skipped: ReadonlySet<number>,
): string {
  const name = typeof workbook.name === "string" && workbook.name !== "" ? `«${workbook.name}»` : "la cartella";
  const sheets = Array.isArray(workbook.sheets) ? workbook.sheets : [];
  if (sheets.length === 0) return `Nessun piano trovato in ${name}: la cartella non contiene fogli. ${LOOKED_FOR}`;
  const seen = sheets.map((sheet, i) => describeSheet(sheet, layouts.get(i), skipped.has(i)));
  return `Nessun piano trovato in ${name}: nessun foglio ha le intestazioni degli indicatori. ${LOOKED_FOR} Fogli esaminati: ${seen.join("; ")}.`;
}
