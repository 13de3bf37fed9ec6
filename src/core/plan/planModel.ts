import type { CellValue } from "../values/valueTypes";
import type { ProjectValueProblem } from "../values/readProjectValue";
import type { Polarity } from "./polarity";
import type { CellRef } from "./grid";
import type { Period, PeriodSource } from "./reportingDate";
import type { SheetNote } from "../wording/sheetNotes";

export type { Period, PeriodSource } from "./reportingDate";

/** A cell the plan reads: what was in it, where, and how it was read. */
export interface PlanCell {
  ref: CellRef;
  /** The raw value as in the grid (number, string, boolean, ""). */
  raw: unknown;
  /** The formula, when the grid had one for this cell. */
  formula?: string;
  numberFormat?: string;
  value: CellValue;
}

export type ObjectiveKind = "strategic" | "operational";

/**
 * The economic value of a project objective for one fund («Valore economico del progetto (Fondo
 * Dirigenti): … 3.106 euro x 5 = 15.530 euro»): the figures as written (readProjectValue.ts), each
 * optional, and the cell they were read from.
 */
export interface ProjectValue {
  /** The fund as written («Fondo Dirigenti»); "" when the plan does not name it. */
  fund: string;
  /** The value of one point, in euro. */
  unitValue?: number;
  /** The points: the coefficient of the project's relevance. */
  coefficient?: number;
  /** Where the coefficient comes from: the value itself, or the objective's «Rilevanza … COEFFICIENTE 5». */
  coefficientSource?: "written" | "relevance";
  /** The value of the project as written, in euro. */
  total?: number;
  /** Why no figure could be read from the cell (see readProjectValue.ts). */
  problem?: ProjectValueProblem;
  cell: PlanCell;
}

export interface Objective {
  code: string;
  kind: ObjectiveKind;
  title: string;
  area?: string;
  manager?: string;
  /** Weight of the objective as written on the objective sheet (if any). */
  weight?: PlanCell;
  /** For operational objectives: the strategic objective they contribute to. */
  parentCode?: string;
  /** For strategic objectives: the share of the score given by its own indicators (seed: 50%). */
  ownShare?: PlanCell;
  /** The economic value of the project, one per fund, when the plan states it (project objectives). */
  projectValues?: readonly ProjectValue[];
  /** The cell holding the code (row of the objective), for anomalies about the objective as a whole. */
  ref: CellRef;
}

export interface Indicator {
  objectiveCode: string;
  /** "1", "2"... as written in the N. column (text, so "3 bis" survives). */
  number: string;
  name: string;
  type?: string;
  /** The dimension of a section row above the indicator («Efficacia», «Efficienza economica»). */
  dimension?: string;
  /** Polarity as written in the sheet, when written. */
  polarityCell?: PlanCell;
  /** The polarity used: as written, else inferred (see `polarityInferred`). */
  polarity: Polarity;
  /** Why the polarity was inferred, in Italian; absent when it was written. */
  polarityInferred?: string;
  /**
   * What the polarity rests on: "written" in the sheet, or inferred from "milestoneTargets" (or
   * "dateTargets", targets written as dates: deadlines), from a
   * reducing word in the "name", from "negativeTargets", or the "default" (increasing, no clue).
   */
  polarityBasis?: "written" | "milestoneTargets" | "dateTargets" | "noneTargets" | "name" | "negativeTargets" | "default";
  unit?: string;
  baseline?: PlanCell;
  baselineYear?: PlanCell;
  /** Targets by reporting date ("30/6", "31/12", "31/7", "31/12/2027"): see reportingDate.ts. */
  targets: Partial<Record<Period, PlanCell>>;
  weight?: PlanCell;
  results: Partial<Record<Period, PlanCell>>;
  declaredDeviations: Partial<Record<Period, PlanCell>>;
  /** The computed-deviation and achievement columns (usually PERF formulas). */
  deviationCell?: PlanCell;
  achievementCell?: PlanCell;
  notes?: string;
  /** The cell holding the indicator's name (its row), for anomalies about the indicator as a whole. */
  ref: CellRef;
}

/** One row of the managers' weights table ("Pesi"). */
export interface ManagerWeightRow {
  manager: string;
  objectiveCode: string;
  /** One entry per weight column, in sheet order; the last is the current one. */
  weights: { column: string; cell: PlanCell }[];
  ref: CellRef;
}

/** One row of the mid-year revision table ("Revisioni"). */
export interface RevisionRow {
  objectiveCode: string;
  indicatorNumber: string;
  forecast30_6?: PlanCell;
  actual30_6?: PlanCell;
  forecast31_12?: PlanCell;
  newForecast31_12?: PlanCell;
  reason?: string;
  ref: CellRef;
}

/** Canonical fields a column can be recognised as. */
export type FieldId = string;

/** What the reader recognised on one sheet: which header matched which field, what was missing. */
export interface SheetRecognition {
  sheet: string;
  role: "objectives" | "indicators" | "weights" | "revisions" | "combined";
  /** The header row in sheet coordinates, 0-based like CellRef.row (Excel's row number minus 1). */
  headerRow: number;
  columns: { field: FieldId; header: string; address: string }[];
  missing: FieldId[];
  /** What the reader assumed on this sheet, as data worded in each language by wording/sheetNotes (the objective taken from a title, a card sheet's layout, a code taken from the sheet's name...). */
  notes?: SheetNote[];
  /** How the sheet was read when it is not a table («Foglio letto come schede obiettivo …»), in Italian. */
  reading?: string[];
}

export interface Plan {
  objectives: Objective[];
  indicators: Indicator[];
  managerWeights: ManagerWeightRow[];
  revisions: RevisionRow[];
  /** The reporting date: the key of the results and targets that are judged ("30/6", "31/7"). */
  period: Period;
  /** True when the period was detected from the plan, false when given. */
  periodDetected: boolean;
  /** Where the reporting date came from: the user, the sheets' titles, the dated columns, or the default (31/12). */
  periodSource: PeriodSource;
  /** The year of the plan when the document names one (titles, dated headers), for display. */
  year?: number;
  recognition: SheetRecognition[];
}
