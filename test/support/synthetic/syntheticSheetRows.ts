/**
 * The rows of the four template sheets of a synthetic plan, cells as a clerk types them
 * (see `typeAsClerk`): Obiettivi, Indicatori (with the declared deviation as the clerk would
 * have computed it, and PERF formulas with cached results in the computed columns), Pesi
 * (both weight columns) and Revisioni (a few consistent revisions of year-end targets).
 */
import { cachedIndicatorResults } from "../../../src/core/example/buildExamplePlanSheets";
import { type ClerkEntry, PERCENT_FORMAT } from "../../../src/core/example/typeAsClerk";
import type { PlannedCell } from "../../../src/core/example/templateSheets";
import { columnLetter } from "../../../src/core/plan/a1";
import type { PlanField } from "../../../src/core/plan/planFields";
import { polarityName } from "../../../src/core/plan/polarity";
import { PLAN_TEMPLATE, type TemplateSheet } from "../../../src/core/plan/planTemplate";
import { readCellValue } from "../../../src/core/values/readCellValue";
import type { SyntheticIndicator, SyntheticObjective } from "./planStructure";

function inColumns(sheet: TemplateSheet, cells: Partial<Record<PlanField, PlannedCell>>): PlannedCell[] {
  return sheet.columns.map((column) => cells[column.field] ?? { value: null });
}

const letter = (field: PlanField) => columnLetter(PLAN_TEMPLATE.indicators.columns.findIndex((column) => column.field === field));
const percent = (value: number | undefined): PlannedCell => (value === undefined ? { value: null } : { value, format: PERCENT_FORMAT });
const read = (entry: ClerkEntry) => readCellValue(entry.value, entry.format ? { numberFormat: entry.format } : undefined);

function formula(name: string, row: number): string {
  return `=PERF.${name}(${letter("result30_6")}${row},${letter("target30_6")}${row},${letter("polarity")}${row})`;
}

function weightCell(indicator: SyntheticIndicator): PlannedCell {
  if (indicator.weightWritten === "whole") return { value: Math.round(indicator.weight * 10_000) / 100, format: "0.00" };
  return percent(indicator.weight);
}

function declaredDeviation(indicator: SyntheticIndicator, deviation: unknown, format: string | undefined): PlannedCell {
  if (typeof deviation !== "number") return { value: indicator.draft.kind === "milestone" ? "-" : null };
  const target = read(indicator.draft.target30_6);
  const off = indicator.deviationOff && target.kind === "quantity" ? 0.2 * Math.abs(target.value) || 1 : 0;
  return format ? { value: deviation + off, format } : { value: deviation + off };
}

function indicatorRow(objective: SyntheticObjective, indicator: SyntheticIndicator, row: number): PlannedCell[] {
  const draft = indicator.draft;
  const cached = cachedIndicatorResults(draft.result30_6, draft.target30_6, draft.polarity);
  return inColumns(PLAN_TEMPLATE.indicators, {
    objectiveCode: { value: objective.code },
    indicatorNumber: { value: indicator.number },
    indicatorName: { value: draft.name },
    indicatorType: { value: draft.type },
    polarity: { value: polarityName(draft.polarity) },
    unit: { value: draft.unit },
    baseline: draft.baseline,
    baselineYear: draft.baselineYear,
    target30_6: draft.target30_6,
    target31_12: draft.target31_12,
    indicatorWeight: weightCell(indicator),
    result30_6: draft.result30_6,
    declaredDeviation30_6: declaredDeviation(indicator, cached.deviation, cached.deviationFormat),
    deviation: { value: formula("SCOSTAMENTO", row), result: cached.deviation, ...(cached.deviationFormat ? { format: cached.deviationFormat } : {}) },
    achievement: { value: formula("RAGGIUNGIMENTO", row), result: cached.achievement, format: PERCENT_FORMAT },
  });
}

export function indicatorRows(objectives: readonly SyntheticObjective[]): PlannedCell[][] {
  const rows: PlannedCell[][] = [];
  for (const objective of objectives) {
    for (const indicator of objective.indicators) rows.push(indicatorRow(objective, indicator, rows.length + 2));
  }
  return rows;
}

export function objectiveRows(objectives: readonly SyntheticObjective[]): PlannedCell[][] {
  return objectives.map((objective) =>
    inColumns(PLAN_TEMPLATE.objectives, {
      objectiveCode: { value: objective.code },
      objectiveKind: { value: objective.kind },
      objectiveTitle: { value: objective.title },
      area: { value: objective.area },
      manager: { value: objective.manager },
      objectiveWeight: percent(objective.weight),
      parentCode: { value: objective.parentCode ?? null },
      ownShare: percent(objective.ownShare),
    }),
  );
}

/** Pesi: manager, objective, "Peso iniziale" and "Peso rideterminato" (the template's two weight columns, by position). */
export function weightRows(objectives: readonly SyntheticObjective[]): PlannedCell[][] {
  return objectives.map((objective) => {
    const written = objective.pesiWeight ?? objective.weight;
    return [{ value: objective.manager }, { value: objective.code }, percent(written), percent(written)];
  });
}

/** A revision of the year-end target for every 50th numeric indicator, agreeing with the plan's cells. */
export function revisionRows(objectives: readonly SyntheticObjective[]): PlannedCell[][] {
  const rows: PlannedCell[][] = [];
  let numeric = 0;
  for (const objective of objectives) {
    for (const { number, draft } of objective.indicators) {
      if (draft.kind !== "count" || typeof draft.target31_12.value !== "number") continue;
      numeric += 1;
      if (numeric % 50 !== 0) continue;
      rows.push(
        inColumns(PLAN_TEMPLATE.revisions, {
          objectiveCode: { value: objective.code },
          indicatorNumber: { value: number },
          forecast30_6: draft.target30_6,
          actual30_6: draft.result30_6,
          forecast31_12: draft.target31_12,
          newForecast31_12: { value: Math.round(draft.target31_12.value * 0.8), format: draft.target31_12.format ?? "#,##0" },
          reason: { value: "Rimodulazione del target per l'emergenza COVID-19" },
        }),
      );
    }
  }
  return rows;
}
