/**
 * Realistic synthetic plans for benchmarks and tests: N objectives × M indicators in the
 * canonical template (PLAN_TEMPLATE), with the seed's mix of numbers, Italian texts,
 * placeholders, milestones, reductions with negative targets and ambiguous texts, and
 * defects planted at a controlled rate (each recorded with the rule that should report it).
 * Deterministic: the same options give the same plan, cell for cell.
 *
 *   syntheticPlan({ objectives: 1000, indicatorsPerObjective: 10, seed: 7, defectRate: 0.02 })
 *     -> { sheets (SheetContent[], for writers), workbook (WorkbookGrids, as Excel or the CLI
 *        would deliver it), defects, objectives, indicators }
 *   planOfSize(10_000) -> 1.000 objectives × 10 indicators, seed 1, 2% defects.
 *   writeSyntheticPlanFile(path, options) -> the same plan as an .xlsx (through the CLI's writer).
 */
import { templateSheetContent } from "../../src/core/example/templateSheets";
import type { WorkbookGrids } from "../../src/core/plan/grid";
import { PLAN_TEMPLATE } from "../../src/core/plan/planTemplate";
import type { SheetContent } from "../../src/core/report/sheetContent";
import { gridFromSheetContent } from "../../src/port/gridFromSheetContent";
import { drawPlanStructure } from "./synthetic/planStructure";
import { plantDefects, type PlantedDefect } from "./synthetic/plantDefects";
import { SeededRandom } from "./synthetic/seededRandom";
import { indicatorRows, objectiveRows, revisionRows, weightRows } from "./synthetic/syntheticSheetRows";

export type { DefectKind, PlantedDefect } from "./synthetic/plantDefects";
export { RULE_OF_DEFECT } from "./synthetic/plantDefects";

export interface SyntheticPlanOptions {
  objectives: number;
  indicatorsPerObjective: number;
  /** Any integer; default 1. */
  seed?: number;
  /** Probability that an indicator (at most one per objective) and a manager carry a defect; default 0. */
  defectRate?: number;
  /** File name in the WorkbookGrids; default "piano-sintetico.xlsx". */
  name?: string;
}

export interface SyntheticPlan {
  sheets: SheetContent[];
  workbook: WorkbookGrids;
  defects: PlantedDefect[];
  objectives: number;
  indicators: number;
}

/** The plan's four template sheets (Obiettivi, Indicatori, Pesi, Revisioni) and the defects planted. */
export function syntheticPlanSheets(options: SyntheticPlanOptions): { sheets: SheetContent[]; defects: PlantedDefect[] } {
  const random = new SeededRandom(options.seed ?? 1);
  const objectives = drawPlanStructure(random, Math.max(1, options.objectives), Math.max(1, options.indicatorsPerObjective));
  const defects = plantDefects(random, objectives, options.defectRate ?? 0);
  const sheets = [
    templateSheetContent(PLAN_TEMPLATE.objectives, objectiveRows(objectives)),
    templateSheetContent(PLAN_TEMPLATE.indicators, indicatorRows(objectives)),
    templateSheetContent(PLAN_TEMPLATE.weights, weightRows(objectives)),
    templateSheetContent(PLAN_TEMPLATE.revisions, revisionRows(objectives)),
  ];
  return { sheets, defects };
}

/** Sheets as the grids Excel's `range.values` / `formulas` / `numberFormat` would return. */
export function sheetsToWorkbook(sheets: readonly SheetContent[], name = "piano-sintetico.xlsx"): WorkbookGrids {
  return { name, sheets: sheets.map(gridFromSheetContent) };
}

export function syntheticPlan(options: SyntheticPlanOptions): SyntheticPlan {
  const { sheets, defects } = syntheticPlanSheets(options);
  const objectives = Math.max(1, options.objectives);
  return {
    sheets,
    workbook: sheetsToWorkbook(sheets, options.name),
    defects,
    objectives,
    indicators: objectives * Math.max(1, options.indicatorsPerObjective),
  };
}

/** A plan of `indicators` indicators: objectives of 10 indicators each (fewer when the total is small). */
export function planOfSize(indicators: number, seed = 1, defectRate = 0.02): SyntheticPlan {
  const perObjective = Math.min(10, indicators);
  return syntheticPlan({ objectives: Math.ceil(indicators / perObjective), indicatorsPerObjective: perObjective, seed, defectRate });
}

/** Writes the plan as an .xlsx at `path` with the CLI's writer (atomic, deterministic bytes). */
export async function writeSyntheticPlanFile(path: string, options: SyntheticPlanOptions): Promise<PlantedDefect[]> {
  const { writeWorkbookFile } = await import("../../src/cli/writeWorkbook");
  const { sheets, defects } = syntheticPlanSheets(options);
  await writeWorkbookFile(path, sheets, { title: "Piano della Performance (sintetico)" });
  return defects;
}
