/**
 * Builds `Plan` objects for rule and report tests, the way the plan reader would from the canonical
 * template: every cell read with `readCellValue`, placed at the template's column on its sheet, rows
 * numbered from 2 (row 1 is the header). Specs are short: write raw cell contents as a clerk would
 * ("45%", "€ 1.800.000,00", "almeno 4 eventi", "//", 0.7), or `formatted(0.45, "0%")` for a number with
 * an Excel format. Omitted cells are absent (undefined), as when the column is missing; `""` is a blank cell.
 *
 *   buildPlan({
 *     objectives: [{ code: "1.1", manager: "Rossi", weight: "20%" }],
 *     indicators: [{ objective: "1.1", number: "1", target30: 32, target31: 70, weight: "70%", result30: 56, declared30: 24 }],
 *     weights: [{ manager: "Rossi", objective: "1.1", weights: ["20%", "10%"] }],
 *     revisions: [{ objective: "1.1", indicator: "1", forecast30: 32, actual30: 56, forecast31: 70, newForecast31: 90 }],
 *   })
 *
 * Objectives default to one operational objective per indicator code; polarity defaults to increasing.
 */
import type { Polarity } from "../../../src/core/plan/polarity";
import { toA1 } from "../../../src/core/plan/a1";
import type { PlanField } from "../../../src/core/plan/planFields";
import type {
  Indicator,
  ManagerWeightRow,
  Objective,
  Period,
  Plan,
  PlanCell,
  RevisionRow,
  SheetRecognition,
} from "../../../src/core/plan/planModel";
import { PLAN_TEMPLATE, type TemplateSheet } from "../../../src/core/plan/planTemplate";
import { readCellValue } from "../../../src/core/values/readCellValue";

/** A number with an Excel number format, e.g. formatted(0.45, "0%"). */
export class Formatted {
  constructor(
    readonly raw: number,
    readonly numberFormat: string,
  ) {}
}

export function formatted(raw: number, numberFormat: string): Formatted {
  return new Formatted(raw, numberFormat);
}

export type Raw = string | number | boolean | null | Formatted;

export interface ObjectiveSpec {
  code: string;
  kind?: "strategic" | "operational";
  title?: string;
  area?: string;
  manager?: string;
  weight?: Raw;
  parentCode?: string;
  ownShare?: Raw;
}

export interface IndicatorSpec {
  objective: string;
  number?: string;
  name?: string;
  polarity?: Polarity;
  polarityInferred?: string;
  polarityBasis?: Indicator["polarityBasis"];
  polarityCell?: Raw;
  baseline?: Raw;
  baselineYear?: Raw;
  target30?: Raw;
  target31?: Raw;
  weight?: Raw;
  result30?: Raw;
  declared30?: Raw;
  result31?: Raw;
  declared31?: Raw;
  /** The declared achievement («Raggiungimento»). */
  achievement?: Raw;
}

export interface WeightRowSpec {
  manager: string;
  objective: string;
  weights: Raw[];
}

export interface RevisionSpec {
  objective: string;
  indicator: string;
  forecast30?: Raw;
  actual30?: Raw;
  forecast31?: Raw;
  newForecast31?: Raw;
  reason?: string;
}

export interface PlanSpec {
  objectives?: ObjectiveSpec[];
  indicators?: IndicatorSpec[];
  weights?: WeightRowSpec[];
  /** Names of the Pesi weight columns, in order (default "Peso iniziale", "Peso rideterminato"...). */
  weightColumns?: string[];
  revisions?: RevisionSpec[];
  period?: Period;
  /** Replaces the recognition report (default: every template column found, nothing missing). */
  recognition?: SheetRecognition[];
}

function columnOf(sheet: TemplateSheet, field: PlanField): number {
  const index = sheet.columns.findIndex((column) => column.field === field);
  if (index < 0) throw new Error(`planBuilder: no column ${field} on ${sheet.name}`);
  return index;
}

function cellAt(sheet: TemplateSheet, row: number, col: number, raw: Raw): PlanCell {
  const ref = { sheet: sheet.name, address: toA1(row, col), row, col };
  if (raw instanceof Formatted) {
    return { ref, raw: raw.raw, numberFormat: raw.numberFormat, value: readCellValue(raw.raw, { numberFormat: raw.numberFormat }) };
  }
  return { ref, raw, value: readCellValue(raw) };
}

/** The cell of `field` on row `row` of `sheet`, or undefined when the spec left it out. */
function cell(sheet: TemplateSheet, row: number, field: PlanField, raw: Raw | undefined): PlanCell | undefined {
  return raw === undefined ? undefined : cellAt(sheet, row, columnOf(sheet, field), raw);
}

function refAt(sheet: TemplateSheet, row: number, field: PlanField) {
  const col = columnOf(sheet, field);
  return { sheet: sheet.name, address: toA1(row, col), row, col };
}

function buildObjective(spec: ObjectiveSpec, row: number): Objective {
  const sheet = PLAN_TEMPLATE.objectives;
  const objective: Objective = { code: spec.code, kind: spec.kind ?? "operational", title: spec.title ?? `Obiettivo ${spec.code}`, ref: refAt(sheet, row, "objectiveCode") };
  if (spec.area !== undefined) objective.area = spec.area;
  if (spec.manager !== undefined) objective.manager = spec.manager;
  if (spec.parentCode !== undefined) objective.parentCode = spec.parentCode;
  const weight = cell(sheet, row, "objectiveWeight", spec.weight);
  if (weight) objective.weight = weight;
  const ownShare = cell(sheet, row, "ownShare", spec.ownShare);
  if (ownShare) objective.ownShare = ownShare;
  return objective;
}

function buildIndicator(spec: IndicatorSpec, row: number, position: number): Indicator {
  const sheet = PLAN_TEMPLATE.indicators;
  const targets: Indicator["targets"] = {};
  const results: Indicator["results"] = {};
  const declared: Indicator["declaredDeviations"] = {};
  const put = <T extends object>(into: T, key: keyof T, value: PlanCell | undefined) => {
    if (value) (into as Record<keyof T, PlanCell>)[key] = value;
  };
  put(targets, "30/6", cell(sheet, row, "target30_6", spec.target30));
  put(targets, "31/12", cell(sheet, row, "target31_12", spec.target31));
  put(results, "30/6", cell(sheet, row, "result30_6", spec.result30));
  put(results, "31/12", cell(sheet, row, "result31_12", spec.result31));
  put(declared, "30/6", cell(sheet, row, "declaredDeviation30_6", spec.declared30));
  put(declared, "31/12", cell(sheet, row, "declaredDeviation31_12", spec.declared31));
  const number = spec.number ?? String(position);
  const indicator: Indicator = {
    objectiveCode: spec.objective,
    number,
    name: spec.name ?? `Indicatore ${number}`,
    polarity: spec.polarity ?? "increasing",
    targets,
    results,
    declaredDeviations: declared,
    ref: refAt(sheet, row, "indicatorName"),
  };
  if (spec.polarityInferred !== undefined) indicator.polarityInferred = spec.polarityInferred;
  if (spec.polarityBasis !== undefined) indicator.polarityBasis = spec.polarityBasis;
  const optional: [keyof Indicator, PlanField, Raw | undefined][] = [
    ["polarityCell", "polarity", spec.polarityCell],
    ["baseline", "baseline", spec.baseline],
    ["baselineYear", "baselineYear", spec.baselineYear],
    ["weight", "indicatorWeight", spec.weight],
    ["achievementCell", "achievement", spec.achievement],
  ];
  for (const [key, field, raw] of optional) {
    const value = cell(sheet, row, field, raw);
    if (value) (indicator as unknown as Record<string, PlanCell>)[key] = value;
  }
  return indicator;
}

function buildWeightRow(spec: WeightRowSpec, row: number, columns: string[]): ManagerWeightRow {
  const sheet = PLAN_TEMPLATE.weights;
  const first = columnOf(sheet, "managerWeight");
  return {
    manager: spec.manager,
    objectiveCode: spec.objective,
    weights: spec.weights.map((raw, i) => ({ column: columns[i] ?? `Peso ${i + 1}`, cell: cellAt(sheet, row, first + i, raw) })),
    ref: refAt(sheet, row, "objectiveCode"),
  };
}

function buildRevision(spec: RevisionSpec, row: number): RevisionRow {
  const sheet = PLAN_TEMPLATE.revisions;
  const revision: RevisionRow = { objectiveCode: spec.objective, indicatorNumber: spec.indicator, ref: refAt(sheet, row, "objectiveCode") };
  const fields: [keyof RevisionRow, PlanField, Raw | undefined][] = [
    ["forecast30_6", "forecast30_6", spec.forecast30],
    ["actual30_6", "actual30_6", spec.actual30],
    ["forecast31_12", "forecast31_12", spec.forecast31],
    ["newForecast31_12", "newForecast31_12", spec.newForecast31],
  ];
  for (const [key, field, raw] of fields) {
    const value = cell(sheet, row, field, raw);
    if (value) (revision as unknown as Record<string, PlanCell>)[key] = value;
  }
  if (spec.reason !== undefined) revision.reason = spec.reason;
  return revision;
}

function fullRecognition(sheet: TemplateSheet): SheetRecognition {
  return {
    sheet: sheet.name,
    role: sheet.role,
    headerRow: 0,
    columns: sheet.columns.map((column, i) => ({ field: column.field, header: column.header, address: toA1(0, i) })),
    missing: [],
  };
}

export function buildPlan(spec: PlanSpec): Plan {
  const indicatorSpecs = spec.indicators ?? [];
  const codes = [...new Set(indicatorSpecs.map((i) => i.objective))];
  const objectiveSpecs = spec.objectives ?? codes.map((code) => ({ code }));
  const positions = new Map<string, number>();
  const indicators = indicatorSpecs.map((s, i) => {
    const position = (positions.get(s.objective) ?? 0) + 1;
    positions.set(s.objective, position);
    return buildIndicator(s, i + 1, position);
  });
  const columns = spec.weightColumns ?? ["Peso iniziale", "Peso rideterminato", "Peso 3"];
  const managerWeights = (spec.weights ?? []).map((w, i) => buildWeightRow(w, i + 1, columns));
  const revisions = (spec.revisions ?? []).map((r, i) => buildRevision(r, i + 1));
  const recognition = spec.recognition ?? [
    fullRecognition(PLAN_TEMPLATE.objectives),
    fullRecognition(PLAN_TEMPLATE.indicators),
    ...(managerWeights.length > 0 ? [fullRecognition(PLAN_TEMPLATE.weights)] : []),
    ...(revisions.length > 0 ? [fullRecognition(PLAN_TEMPLATE.revisions)] : []),
  ];
  return {
    objectives: objectiveSpecs.map((o, i) => buildObjective(o, i + 1)),
    indicators,
    managerWeights,
    revisions,
    period: spec.period ?? "30/6",
    periodDetected: false,
    periodSource: "given",
    recognition,
  };
}

/** The address of `field` on the spec's `index`-th row (0-based) of its template sheet. */
export function addressOf(sheet: keyof typeof PLAN_TEMPLATE, field: PlanField, index: number): string {
  return toA1(index + 1, columnOf(PLAN_TEMPLATE[sheet], field));
}
