/**
 * The Indicatori sheet of the example plan: one row per seed indicator, cells as a
 * clerk types them, the reporting period's results and declared deviations as the
 * document writes them, and the computed columns as PERF formulas over the row
 * (`=PERF.SCOSTAMENTO(L2,I2,E2)`: result, target, polarity) with cached results.
 */
import { columnLetter } from "../plan/a1";
import type { PlanField, TemplatePeriod } from "../plan/planFields";
import { PLAN_TEMPLATE } from "../plan/planTemplate";
import { cachedIndicatorResults } from "./cachedIndicatorResults";
import { clerkPolarity } from "./clerkPolarity";
import { polarityName } from "../plan/polarity";
import type { ExampleObjective } from "./exampleObjectives";
import type { FixtureIndicator } from "./planFixture";
import type { PlannedCell } from "./templateSheetContent";
import { typeAsClerk, typeYearAsClerk, type ClerkEntry } from "./typeAsClerk";

const COLUMNS = PLAN_TEMPLATE.indicators.columns;

function columnOf(field: PlanField): number {
  return COLUMNS.findIndex((column) => column.field === field);
}

const RESULT_FIELD: Record<TemplatePeriod, PlanField> = { "30/6": "result30_6", "31/12": "result31_12" };
const TARGET_FIELD: Record<TemplatePeriod, PlanField> = { "30/6": "target30_6", "31/12": "target31_12" };
const DECLARED_FIELD: Record<TemplatePeriod, PlanField> = { "30/6": "declaredDeviation30_6", "31/12": "declaredDeviation31_12" };

function text(value: string | null | undefined): ClerkEntry {
  return { value: value && value.trim() !== "" ? value : null };
}

function formulaCall(name: string, sheetRow: number, period: TemplatePeriod): string {
  const cell = (field: PlanField) => `${columnLetter(columnOf(field))}${sheetRow}`;
  return `=PERF.${name}(${cell(RESULT_FIELD[period])},${cell(TARGET_FIELD[period])},${cell("polarity")})`;
}

function indicatorRow(code: string, indicator: FixtureIndicator, period: TemplatePeriod, sheetRow: number): PlannedCell[] {
  const baseline = typeAsClerk(indicator.baselineText);
  const targets: Record<TemplatePeriod, ClerkEntry> = {
    "30/6": typeAsClerk(indicator.target30_6Text),
    "31/12": typeAsClerk(indicator.target31_12Text),
  };
  const result = typeAsClerk(indicator.resultText);
  const declared = typeAsClerk(indicator.deviationText);
  const polarity = clerkPolarity(indicator, [targets["30/6"], targets["31/12"]]);
  const unitLabel = [baseline, targets["30/6"], targets["31/12"], result, declared].find((entry) => entry.unitLabel)?.unitLabel;
  const cached = cachedIndicatorResults(result, targets[period], polarity);

  const cells: Partial<Record<PlanField, PlannedCell>> = {
    objectiveCode: { value: code },
    indicatorNumber: { value: indicator.n },
    indicatorName: { value: indicator.name },
    indicatorType: text(indicator.types?.join(", ")),
    polarity: { value: polarityName(polarity) },
    unit: text(unitLabel),
    baseline,
    baselineYear: typeYearAsClerk(indicator.baselineYear),
    target30_6: targets["30/6"],
    target31_12: targets["31/12"],
    indicatorWeight: typeAsClerk(indicator.weightText),
    [RESULT_FIELD[period]]: result,
    [DECLARED_FIELD[period]]: declared,
    deviation: { value: formulaCall("SCOSTAMENTO", sheetRow, period), result: cached.deviation, ...(cached.deviationFormat ? { format: cached.deviationFormat } : {}) },
    achievement: { value: formulaCall("RAGGIUNGIMENTO", sheetRow, period), result: cached.achievement },
  };
  return COLUMNS.map((column) => cells[column.field] ?? { value: null });
}

/** Rows below the header (sheet row 2 onwards), objectives in the given order. */
export function exampleIndicatorRows(objectives: ExampleObjective[], period: TemplatePeriod): PlannedCell[][] {
  const rows: PlannedCell[][] = [];
  for (const objective of objectives) {
    for (const indicator of objective.indicators) {
      rows.push(indicatorRow(objective.code, indicator, period, rows.length + 2));
    }
  }
  return rows;
}
