/**
 * The real plans under test/fixtures/real: one folder per published document, each with the
 * workbook as a clerk would paste it (workbook.json), the expectations worked out by hand
 * (expected.json) and where it comes from (source.md). Read once, synchronously, so that the tests
 * can be table-driven over the folders.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import * as path from "node:path";
import { parseA1 } from "../../../src/core/plan/a1";
import type { Grid, WorkbookGrids } from "../../../src/core/plan/grid";
import type { SheetCellValue, SheetContent } from "../../../src/core/report/sheetContent";

export const REAL_PLANS_FOLDER = path.resolve(__dirname, "..", "..", "fixtures", "real");

/** One indicator as the document shows it, with the figures worked out by hand. */
export interface IndicatorCheck {
  objective: string;
  /** The indicator's number or code as written; absent when the document numbers nothing. */
  number?: string;
  /** The indicator's name as written (the plan's name must contain it). */
  name: string;
  /** For multi-year grids: the year the target (and result) belong to; else the reporting date's. */
  year?: string;
  dimension?: string;
  polarity?: "increasing" | "decreasing" | "milestone";
  /** As a fraction (70 points of 100 -> 0.7). */
  weight?: number;
  target?: number;
  result?: number;
  deviation?: number;
  achievement?: number;
}

export interface ExpectedAnomaly {
  rule: string;
  objective?: string;
  indicator?: string;
  why: string;
}

export interface ExpectedReading {
  /** Canonical day/month/year ("31/7/2013"); null for a plan with targets only. */
  reportingDate?: string | null;
  reportingDateSource?: "given" | "title" | "columns";
  objectives?: number;
  indicators?: number;
  objectiveCodes?: string[];
  indicatorChecks?: IndicatorCheck[];
  yearColumns?: string[];
  mustAppear?: ExpectedAnomaly[];
  mustNotAppearAsError?: string[];
  /** perf-check's exit code: 0 no errors, 1 errors found, 3 readable but no plan. */
  exitCode?: number;
}

export interface RealPlan {
  slug: string;
  workbook: WorkbookGrids;
  expected: ExpectedReading;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

export function loadRealPlans(folder = REAL_PLANS_FOLDER): RealPlan[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "workbook.json")))
    .map((entry) => entry.name)
    .sort()
    .map((slug) => ({
      slug,
      workbook: readJson<WorkbookGrids>(path.join(folder, slug, "workbook.json")),
      expected: readJson<ExpectedReading>(path.join(folder, slug, "expected.json")),
    }));
}

export const REAL_PLANS: readonly RealPlan[] = loadRealPlans();

/** A fixture sheet as the .xlsx writer takes it: the values placed at their origin, blanks as empty cells. */
export function sheetContentOf(grid: Grid): SheetContent {
  const origin = parseA1(grid.origin);
  const top = origin?.row ?? 0;
  const left = origin?.col ?? 0;
  const rows: SheetCellValue[][] = Array.from({ length: top }, () => []);
  for (const row of grid.values) rows.push([...Array.from({ length: left }, () => null), ...row.map((cell) => (cell === "" || cell === undefined ? null : (cell as SheetCellValue)))]);
  return { name: grid.sheet, rows };
}
