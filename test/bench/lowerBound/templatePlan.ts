/**
 * The lower bound's plan: the canonical template's four sheets (Obiettivi, Indicatori, Pesi,
 * Revisioni) read by column position into flat arrays indexed by row, each value decoded once
 * (templateValues.ts). It assumes the template: the headers must be the template's, in order
 * (checked once per sheet); that assumption is what makes it a lower bound for the core's reader,
 * which recognises any layout.
 * The reporting date is 30/6 when the 31/12 results are all blank and some 30/6 result is written,
 * as in every synthetic plan; any other case is outside what the lower bound reads.
 */
import type { Grid, WorkbookGrids } from "../../../src/core/plan/grid";
import { PLAN_TEMPLATE, type TemplateSheet } from "../../../src/core/plan/planTemplate";
import { type Decoded, decodeCell, PLACEHOLDER, UnknownForm } from "./templateValues";

/** One decoded column: kind, figure, unit and auxiliary code per row of its table. */
export class ValueColumn {
  readonly kind: Uint8Array;
  readonly value: Float64Array;
  readonly unit: Uint8Array;
  readonly aux: Uint8Array;
  readonly basis: Uint8Array;
  /** Ambiguous cells' figures, by row of the table. */
  readonly candidates = new Map<number, { value: number; label: string }[]>();

  constructor(
    readonly sheet: Grid,
    readonly col: number,
    size: number,
  ) {
    this.kind = new Uint8Array(size);
    this.value = new Float64Array(size);
    this.unit = new Uint8Array(size);
    this.aux = new Uint8Array(size);
    this.basis = new Uint8Array(size);
  }

  /** The cell as written, for messages. */
  raw(row: number): unknown {
    return this.sheet.values[row + 1]?.[this.col];
  }
}

export interface ObjectiveTable {
  grid: Grid;
  size: number;
  code: string[];
  strategic: Uint8Array;
  title: string[];
  area: string[];
  manager: string[];
  parent: (string | undefined)[];
  weight: ValueColumn;
  ownShare: ValueColumn;
}

export const INCREASING = 0;
export const DECREASING = 1;
export const MILESTONE_POLARITY = 2;
/** The polarity codes in one object (see CODES in templateValues.ts). */
export const POLARITIES = Object.freeze({ INCREASING, DECREASING, MILESTONE_POLARITY });

export interface IndicatorTable {
  grid: Grid;
  size: number;
  code: string[];
  number: string[];
  name: string[];
  polarity: Uint8Array;
  baseline: ValueColumn;
  target30: ValueColumn;
  target31: ValueColumn;
  weight: ValueColumn;
  result30: ValueColumn;
  declared30: ValueColumn;
}

export interface WeightTable {
  grid: Grid;
  size: number;
  manager: string[];
  code: string[];
  initial: ValueColumn;
  revised: ValueColumn;
}

export interface RevisionTable {
  grid: Grid;
  size: number;
  code: string[];
  number: string[];
  forecast30: ValueColumn;
  actual30: ValueColumn;
  forecast31: ValueColumn;
  newForecast31: ValueColumn;
}

export interface TemplatePlan {
  objectives: ObjectiveTable;
  indicators: IndicatorTable;
  weights: WeightTable;
  revisions: RevisionTable;
}

/** Column indices of the template, by field, per sheet. */
function columnOf(sheet: TemplateSheet, field: string, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < sheet.columns.length; i++) {
    if (sheet.columns[i]?.field !== field) continue;
    if (seen === nth) return i;
    seen++;
  }
  throw new Error(`campo ${field} assente dal modello`);
}

function sheetOf(workbook: WorkbookGrids, template: TemplateSheet): Grid {
  const grid = workbook.sheets.find((candidate) => candidate.sheet === template.name);
  if (grid === undefined) throw new UnknownForm(template.name, "foglio mancante");
  const header = grid.values[0] ?? [];
  template.columns.forEach((column, i) => {
    if (header[i] !== column.header) throw new UnknownForm(String(header[i]), `intestazione della colonna ${i + 1} del foglio ${template.name}`);
  });
  if (grid.origin !== "A1") throw new UnknownForm(grid.origin, `origine del foglio ${template.name}`);
  return grid;
}

const scratch: Decoded = { kind: 0, value: 0, unit: 0, aux: 0, basis: 0 };

function decodeColumn(grid: Grid, col: number, size: number): ValueColumn {
  const column = new ValueColumn(grid, col, size);
  const formats = grid.numberFormats;
  for (let r = 0; r < size; r++) {
    const raw = grid.values[r + 1]?.[col];
    const format = typeof raw === "number" ? formats?.[r + 1]?.[col] : undefined;
    decodeCell(raw, format, scratch, `${grid.sheet}, riga ${r + 2}`);
    column.kind[r] = scratch.kind;
    column.value[r] = scratch.value;
    column.unit[r] = scratch.unit;
    column.aux[r] = scratch.aux;
    column.basis[r] = scratch.basis;
    if (scratch.candidates !== undefined) column.candidates.set(r, scratch.candidates);
  }
  return column;
}

function textColumn(grid: Grid, col: number, size: number): string[] {
  const texts = new Array<string>(size);
  for (let r = 0; r < size; r++) {
    const raw = grid.values[r + 1]?.[col];
    texts[r] = typeof raw === "string" ? raw.trim() : raw === null || raw === undefined ? "" : String(raw);
  }
  return texts;
}

const POLARITY_WORDS = new Map([
  ["crescente", INCREASING],
  ["decrescente", DECREASING],
  ["milestone", MILESTONE_POLARITY],
]);

function readObjectives(workbook: WorkbookGrids): ObjectiveTable {
  const t = PLAN_TEMPLATE.objectives;
  const grid = sheetOf(workbook, t);
  const size = grid.values.length - 1;
  const kinds = textColumn(grid, columnOf(t, "objectiveKind"), size);
  const strategic = new Uint8Array(size);
  const parents = textColumn(grid, columnOf(t, "parentCode"), size);
  for (let r = 0; r < size; r++) {
    const kind = (kinds[r] ?? "").toLowerCase();
    if (kind === "strategico") strategic[r] = 1;
    else if (kind !== "operativo") throw new UnknownForm(kind, `tipo dell'obiettivo alla riga ${r + 2}`);
  }
  return {
    grid,
    size,
    code: textColumn(grid, columnOf(t, "objectiveCode"), size),
    strategic,
    title: textColumn(grid, columnOf(t, "objectiveTitle"), size),
    area: textColumn(grid, columnOf(t, "area"), size),
    manager: textColumn(grid, columnOf(t, "manager"), size),
    parent: parents.map((parent) => (parent === "" ? undefined : parent)),
    weight: decodeColumn(grid, columnOf(t, "objectiveWeight"), size),
    ownShare: decodeColumn(grid, columnOf(t, "ownShare"), size),
  };
}

function readIndicators(workbook: WorkbookGrids): IndicatorTable {
  const t = PLAN_TEMPLATE.indicators;
  const grid = sheetOf(workbook, t);
  const size = grid.values.length - 1;
  const words = textColumn(grid, columnOf(t, "polarity"), size);
  const polarity = new Uint8Array(size);
  for (let r = 0; r < size; r++) {
    const word = POLARITY_WORDS.get((words[r] ?? "").toLowerCase());
    if (word === undefined) throw new UnknownForm(words[r] ?? "", `polarità alla riga ${r + 2}`);
    polarity[r] = word;
  }
  const result31 = columnOf(t, "result31_12");
  const result30 = decodeColumn(grid, columnOf(t, "result30_6"), size);
  let written30 = false;
  for (let r = 0; r < size; r++) {
    const late = grid.values[r + 1]?.[result31];
    if (late !== "" && late !== null && late !== undefined) throw new UnknownForm(String(late), "risultato al 31/12: il limite inferiore valuta solo il 30/6");
    if (result30.kind[r] !== PLACEHOLDER) written30 = true;
  }
  if (!written30 && size > 0) throw new UnknownForm("", "nessun risultato al 30/6: piano senza rendicontazione");
  return {
    grid,
    size,
    code: textColumn(grid, columnOf(t, "objectiveCode"), size),
    number: textColumn(grid, columnOf(t, "indicatorNumber"), size),
    name: textColumn(grid, columnOf(t, "indicatorName"), size),
    polarity,
    baseline: decodeColumn(grid, columnOf(t, "baseline"), size),
    target30: decodeColumn(grid, columnOf(t, "target30_6"), size),
    target31: decodeColumn(grid, columnOf(t, "target31_12"), size),
    weight: decodeColumn(grid, columnOf(t, "indicatorWeight"), size),
    result30,
    declared30: decodeColumn(grid, columnOf(t, "declaredDeviation30_6"), size),
  };
}

function readWeights(workbook: WorkbookGrids): WeightTable {
  const t = PLAN_TEMPLATE.weights;
  const grid = sheetOf(workbook, t);
  const size = grid.values.length - 1;
  return {
    grid,
    size,
    manager: textColumn(grid, columnOf(t, "manager"), size),
    code: textColumn(grid, columnOf(t, "objectiveCode"), size),
    initial: decodeColumn(grid, columnOf(t, "managerWeight", 0), size),
    revised: decodeColumn(grid, columnOf(t, "managerWeight", 1), size),
  };
}

function readRevisions(workbook: WorkbookGrids): RevisionTable {
  const t = PLAN_TEMPLATE.revisions;
  const grid = sheetOf(workbook, t);
  const size = grid.values.length - 1;
  return {
    grid,
    size,
    code: textColumn(grid, columnOf(t, "objectiveCode"), size),
    number: textColumn(grid, columnOf(t, "indicatorNumber"), size),
    forecast30: decodeColumn(grid, columnOf(t, "forecast30_6"), size),
    actual30: decodeColumn(grid, columnOf(t, "actual30_6"), size),
    forecast31: decodeColumn(grid, columnOf(t, "forecast31_12"), size),
    newForecast31: decodeColumn(grid, columnOf(t, "newForecast31_12"), size),
  };
}

/** The four template sheets as flat arrays. Throws UnknownForm outside the synthetic plans' forms. */
export function readTemplatePlan(workbook: WorkbookGrids): TemplatePlan {
  return {
    objectives: readObjectives(workbook),
    indicators: readIndicators(workbook),
    weights: readWeights(workbook),
    revisions: readRevisions(workbook),
  };
}
