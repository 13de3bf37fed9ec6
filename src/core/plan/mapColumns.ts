/**
 * From header concepts to the fields of a sheet of a given role.
 *
 * The role settles what a bare header means: "Peso" is the objective's weight on an objective sheet,
 * the indicator's on an indicator sheet, a manager's on the weights table; "Tipo" is the objective's
 * kind or the indicator's type; on a revision table a target is a forecast and a result an actual.
 * Dates other than 30/6 and 31/12 give dated fields of their own ("Valore atteso al 31/07" ->
 * target@31/7); years are kept in the key only in multi-year grids (see headerDates).
 * Years alone are targets of the years to come or results of past years (withYearColumns).
 * Headers without a date are settled here when they can be: a lone "Target" is the year's target
 * (31/12) unless a 31/12 target column exists, except on a sheet whose results carry no date either
 * («Valore atteso» beside «Valore realizzato»): then both belong to the reporting date; a bare "Scostamento" is the computed deviation when
 * the sheet also has declared deviations by date or the column holds formulas, else it is the
 * deviation the user declared. Results and declared deviations without a date stay undated
 * (`resultUndated`, `declaredDeviationUndated`): they belong to the reporting period, known later.
 * When two columns give the same field the first is used and the other is ignored, except the
 * weight columns of the weights table, which are all kept in order.
 */
import type { HeaderCell, HeaderRow } from "./detectHeaderRow";
import type { Grid } from "./grid";
import type { HeaderConcept } from "./headerSynonyms";
import { cellRef, gridOrigin, gridRows, hasFormula } from "./gridCells";
import type { PlanField, SheetRole, TemplatePeriod } from "./planFields";
import { dayAndMonth, periodYear, type Period } from "./reportingDate";

/** What is written at a reporting date. */
export type DatedConcept = "target" | "result" | "declaredDeviation";

/** A dated column of a date the template has no column for: "target@31/7", "result@31/12/2013". */
export type DatedField = `${DatedConcept}@${Period}`;

/**
 * A field as read from a header: a plan field, a dated field of another date, or a target, result
 * or declared deviation with no date yet (they belong to the reporting date, known later).
 */
export type ReadField = PlanField | DatedField | "targetUndated" | "resultUndated" | "declaredDeviationUndated";

const TEMPLATE_DATED: Record<DatedConcept, Record<TemplatePeriod, PlanField>> = {
  target: { "30/6": "target30_6", "31/12": "target31_12" },
  result: { "30/6": "result30_6", "31/12": "result31_12" },
  declaredDeviation: { "30/6": "declaredDeviation30_6", "31/12": "declaredDeviation31_12" },
};

/** The field of a concept at a date: a template column for 30/6 and 31/12, else "concept@date". */
export function datedField(concept: DatedConcept, period: Period): PlanField | DatedField {
  if (period === "30/6" || period === "31/12") return TEMPLATE_DATED[concept][period];
  return `${concept}@${period}`;
}

/** The concept and date of a dated field ("target31_12" -> target at 31/12), or null for any other field. */
export function datedFieldParts(field: string): { concept: DatedConcept; period: Period } | null {
  const at = field.indexOf("@");
  if (at > 0) return { concept: field.slice(0, at) as DatedConcept, period: field.slice(at + 1) };
  for (const concept of Object.keys(TEMPLATE_DATED) as DatedConcept[]) {
    for (const period of ["30/6", "31/12"] as const) if (TEMPLATE_DATED[concept][period] === field) return { concept, period };
  }
  return null;
}

export interface LayoutColumn {
  /** Grid column index. */
  col: number;
  field: ReadField;
  /** The header as written. */
  header: string;
  /** A1 address of the header cell. */
  address: string;
}

type Pending = ReadField | "deviationUndated" | "forecastUndated" | null;

const UNDATED: Record<DatedConcept, ReadField> = {
  target: "targetUndated",
  result: "resultUndated",
  declaredDeviation: "declaredDeviationUndated",
};

function dated(concept: DatedConcept, date: Period | undefined): Pending {
  return date === undefined ? UNDATED[concept] : datedField(concept, date);
}

function forecastField(date: Period | undefined): Pending {
  if (date === "30/6") return "forecast30_6";
  if (date === "31/12") return "forecast31_12";
  return "forecastUndated";
}

const DATED_CONCEPTS = new Set<string>(["target", "result", "declaredDeviation", "deviation", "forecast"]);

/**
 * The header row's dates as the plan keys them: with their year only when the row has dated columns
 * of more than one year (a multi-year grid: 2012, 2013, 2014); otherwise without ("Target
 * 30/06/2020" is the template's 30/6), the one year being kept apart as the sheet's year.
 */
export function headerDates(cells: readonly HeaderCell[]): { key: (date: Period) => Period; year?: number } {
  const years = new Set<number>();
  for (const cell of cells) {
    const year = cell.match.date === undefined || !DATED_CONCEPTS.has(cell.match.concept) ? undefined : periodYear(cell.match.date);
    if (year !== undefined) years.add(year);
  }
  if (years.size > 1) return { key: (date) => date };
  const [year] = [...years];
  return year === undefined ? { key: dayAndMonth } : { key: dayAndMonth, year };
}

function objectivesField(cell: HeaderCell): Pending {
  const concept = cell.match.concept;
  if (concept === "code") return "objectiveCode";
  if (concept === "objective") return "objectiveTitle";
  if (concept === "kind" || concept === "type") return "objectiveKind";
  if (concept === "area" || concept === "manager" || concept === "objectiveWeight" || concept === "ownShare") return concept;
  if (concept === "weight") return "objectiveWeight";
  if (concept === "parent") return "parentCode";
  return PROJECT_FIELDS[concept] ?? null;
}

/** The columns of a project's economic value, optional on objective and combined sheets. */
const PROJECT_FIELDS: Partial<Record<HeaderConcept, ReadField>> = {
  projectValue: "projectValue",
  pointValue: "projectPointValue",
  coefficient: "projectCoefficient",
  fund: "projectFund",
  relevance: "projectRelevance",
};

function indicatorsField(cell: HeaderCell, combined: boolean, leadingWeight: HeaderCell | undefined, date: Period | undefined): Pending {
  const { concept } = cell.match;
  if (combined && concept !== "code" && concept !== "weight") {
    const objective = objectivesField(cell);
    if (objective !== null && concept !== "type") return objective;
  }
  switch (concept) {
    case "code": return "objectiveCode";
    case "number": return "indicatorNumber";
    case "indicator": return "indicatorName";
    case "type": case "indicatorType": return "indicatorType";
    case "polarity": case "unit": case "baseline": case "baselineYear": case "achievement": case "notes": return concept;
    case "weight": return cell === leadingWeight ? "objectiveWeight" : "indicatorWeight";
    case "indicatorWeight": return "indicatorWeight";
    case "target": return dated("target", date);
    case "result": return dated("result", date);
    case "declaredDeviation": return dated("declaredDeviation", date);
    case "deviation": return date ? dated("declaredDeviation", date) : "deviationUndated";
    case "computedDeviation": return "deviation";
    default: return null;
  }
}

function weightsField(cell: HeaderCell, hasCode: boolean): Pending {
  const concept = cell.match.concept;
  if (concept === "manager") return "manager";
  if (concept === "code" || (concept === "objective" && !hasCode)) return "objectiveCode";
  if (concept === "weight" || concept === "objectiveWeight" || concept === "indicatorWeight") return "managerWeight";
  return null;
}

function revisionsField(cell: HeaderCell, hasCode: boolean, hasNumber: boolean, date: Period | undefined): Pending {
  const { concept } = cell.match;
  if (concept === "code" || (concept === "objective" && !hasCode)) return "objectiveCode";
  if (concept === "number" || (concept === "indicator" && !hasNumber)) return "indicatorNumber";
  if (concept === "forecast" || concept === "target") return forecastField(date);
  if (concept === "result" && date !== "31/12") return "actual30_6";
  if (concept === "newForecast") return "newForecast31_12";
  if (concept === "reason" || concept === "notes") return "reason";
  return null;
}

function columnHasFormula(grid: Grid, headerRow: number, col: number): boolean {
  const rows = gridRows(grid).length;
  for (let r = headerRow + 1; r < rows; r++) if (hasFormula(grid, r, col)) return true;
  return false;
}

/** Turns still-undated targets, deviations and forecasts into fields, as described above. */
function settle(grid: Grid, header: HeaderRow, pending: { cell: HeaderCell; field: Pending }[]): { cell: HeaderCell; field: ReadField }[] {
  const present = new Set(pending.map((p) => p.field));
  const has = (concept: DatedConcept) =>
    pending.some(({ field }) => field !== null && field !== "deviationUndated" && field !== "forecastUndated" && datedFieldParts(field)?.concept === concept);
  const datedDeclared = has("declaredDeviation");
  const datedTargets = has("target");
  const undatedResults = present.has("resultUndated");
  const settled: { cell: HeaderCell; field: ReadField }[] = [];
  for (const { cell, field } of pending) {
    let final: Pending = field;
    if (field === "targetUndated" && !undatedResults) final = datedTargets && present.has("target31_12") ? null : "target31_12";
    if (field === "forecastUndated") final = present.has("forecast31_12") ? "forecast30_6" : "forecast31_12";
    if (field === "deviationUndated") {
      final = datedDeclared || columnHasFormula(grid, header.row, cell.col) ? "deviation" : "declaredDeviationUndated";
    }
    if (final !== null && final !== "deviationUndated" && final !== "forecastUndated") {
      settled.push({ cell, field: final });
    }
  }
  return settled;
}

/** True for a header that is a year alone ("2013"), which reads as a target at its 31/12. */
function isYearAlone(cell: HeaderCell): boolean {
  return cell.match.words.length === 0 && cell.match.date !== undefined && periodYear(cell.match.date) !== undefined;
}

/**
 * Year columns read as what they hold: time runs left to right in real tables, so the years written
 * before the current target and result ("2010 | 2011 | 2012 | Media triennio | Atteso | Raggiunto")
 * are the results of past years, and those after them ("… | Raggiunto | 2019 | 2020") the targets
 * of the years to come.
 */
function withYearColumns(cells: readonly HeaderCell[]): HeaderCell[] {
  const current = cells.filter((cell) => (cell.match.concept === "target" || cell.match.concept === "result") && cell.match.words.length > 0);
  const first = Math.min(...current.map((cell) => cell.col));
  return cells.map((cell) => (isYearAlone(cell) && cell.col < first ? { ...cell, match: { ...cell.match, concept: "result" } } : cell));
}

/**
 * Two objective columns side by side («Obiettivo 2019-2021 | … | Obiettivo 2019»): the one nearer the
 * indicator is the objective that is scored, the other its higher objective (the parent).
 */
function twoObjectiveLevels(settled: { cell: HeaderCell; field: ReadField }[]): { cell: HeaderCell; field: ReadField }[] {
  const titles = settled.filter((s) => s.field === "objectiveTitle");
  const first = titles[0];
  if (titles.length < 2 || first === undefined || settled.some((s) => s.field === "parentCode")) return settled;
  return settled.map((s) => (s === first ? { ...s, field: "parentCode" } : s));
}

/**
 * A higher objective's column («Obiettivo strategico», «Obiettivo specifico») as the only objective
 * column of a sheet of indicators: nothing sits below it, so it is the objective the indicators
 * measure, read as its title (with the code written in it: «149 – Migliorare …»).
 */
function oneObjectiveLevel(settled: { cell: HeaderCell; field: ReadField }[]): { cell: HeaderCell; field: ReadField }[] {
  if (settled.some((s) => s.field === "objectiveTitle" || s.field === "objectiveCode")) return settled;
  const parent = settled.find((s) => s.field === "parentCode");
  return parent === undefined ? settled : settled.map((s) => (s === parent ? { ...s, field: "objectiveTitle" } : s));
}

/** Whether a column read as the objective's title is a higher objective's by its header (oneObjectiveLevel). */
export function isHigherObjectiveRead(column: LayoutColumn, cells: readonly HeaderCell[]): boolean {
  return column.field === "objectiveTitle" && cells.some((cell) => cell.col === column.col && cell.match.concept === "parent");
}

/**
 * «Valore al 31/12/2023» beside «Target 2024»: a value at a date (matchHeader's `valueAtDate`) from
 * a year before every target's is where the indicator starts from, the baseline (left out when the
 * sheet has a baseline column), not a result of the plan. Other cells as they are.
 */
function valuesBeforeTargets(cells: readonly HeaderCell[]): readonly HeaderCell[] {
  const targetYears = cells.flatMap((cell) => {
    const year = cell.match.concept === "target" && cell.match.date !== undefined ? periodYear(cell.match.date) : undefined;
    return year === undefined ? [] : [year];
  });
  if (targetYears.length === 0 || !cells.some((cell) => cell.match.valueAtDate === true)) return cells;
  const firstYear = Math.min(...targetYears);
  const hasBaseline = cells.some((cell) => cell.match.concept === "baseline");
  return cells.flatMap((cell) => {
    const year = cell.match.valueAtDate === true && cell.match.date !== undefined ? periodYear(cell.match.date) : undefined;
    if (year === undefined || year >= firstYear) return [cell];
    return hasBaseline ? [] : [{ ...cell, match: { concept: "baseline" as const, words: cell.match.words } }];
  });
}

/** The recognised columns of a sheet of the given role, in sheet order. */
export function mapColumns(grid: Grid, header: HeaderRow, role: SheetRole): LayoutColumn[] {
  const cells = valuesBeforeTargets(header.cells);
  const dates = headerDates(cells);
  const dateOf = (cell: HeaderCell) => (cell.match.date === undefined ? undefined : dates.key(cell.match.date));
  const hasCode = cells.some((c) => c.match.concept === "code");
  const hasNumber = cells.some((c) => c.match.concept === "number");
  const leadingWeight = leadingWeightIsObjectives(cells) ? cells.find((c) => c.match.concept === "weight") : undefined;
  const pending = withYearColumns(cells).map((cell) => {
    if (role === "objectives") return { cell, field: objectivesField(cell) };
    if (role === "weights") return { cell, field: weightsField(cell, hasCode) };
    if (role === "revisions") return { cell, field: revisionsField(cell, hasCode, hasNumber, dateOf(cell)) };
    return { cell, field: indicatorsField(cell, role === "combined", leadingWeight, dateOf(cell)) };
  });
  const origin = gridOrigin(grid);
  const used = new Set<ReadField>();
  const columns: LayoutColumn[] = [];
  // Where two columns give one field, a header with words wins over a bare date ("Target 31/12" over a stray 2020).
  const levels = twoObjectiveLevels(settle(grid, header, pending));
  const settled = role === "combined" ? oneObjectiveLevel(levels) : levels;
  const ordered = [...settled.filter((s) => s.cell.match.words.length > 0), ...settled.filter((s) => s.cell.match.words.length === 0)];
  for (const { cell, field } of ordered) {
    if (used.has(field) && field !== "managerWeight") continue;
    used.add(field);
    columns.push({ col: cell.col, field, header: cell.text, address: cellRef(grid.sheet, origin, cell.row, cell.col).address });
  }
  return columns.sort((a, b) => a.col - b.col);
}

/** True when the first of two or more bare "Peso" columns stands left of the indicator column. */
export function leadingWeightIsObjectives(cells: readonly HeaderCell[]): boolean {
  const has = (concept: HeaderConcept) => cells.some((cell) => cell.match.concept === concept);
  const bare = cells.filter((cell) => cell.match.concept === "weight");
  const indicator = cells.find((cell) => cell.match.concept === "indicator");
  const first = bare[0];
  return bare.length >= 2 && !has("objectiveWeight") && indicator !== undefined && first !== undefined && first.col < indicator.col;
}
