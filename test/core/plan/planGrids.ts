/**
 * Test helper: grids and workbooks built from rows, as Excel or the CLI would deliver them.
 *
 * - `grid(sheet, rows, origin?)`: a Grid from rows of cells. A cell is a plain value ("88,00%", 0.15,
 *   "", null...) or `cell(value, { formula, format })` when it has a formula or a number format; the
 *   grid gets `formulas` / `numberFormats` only if some cell has one ("General" elsewhere).
 * - `templateGrid(role, rows, options?)`: a sheet of the canonical template (PLAN_TEMPLATE): its
 *   Italian (or English) name and header row, then the rows. A row is either an array in template
 *   column order or an object keyed by field id ({ objectiveCode: "1.1", indicatorName: "..." });
 *   `titleRows` are written above the header.
 * - `workbook(name, ...grids)`: a WorkbookGrids.
 */
import type { Grid, WorkbookGrids } from "../../../src/core/plan/grid";
import { PLAN_TEMPLATE, type PlanField, type TemplateSheet } from "../../../src/core/plan/planTemplate";

export class CellSpec {
  constructor(
    readonly value: unknown,
    readonly formula?: string,
    readonly format?: string,
  ) {}
}

/** A cell with a formula and/or an Excel number format ("0,00%", "#.##0"). */
export function cell(value: unknown, extra: { formula?: string; format?: string } = {}): CellSpec {
  return new CellSpec(value, extra.formula, extra.format);
}

export function grid(sheet: string, rows: readonly (readonly unknown[])[], origin = "A1"): Grid {
  const specs = rows.map((row) => row.map((c) => (c instanceof CellSpec ? c : new CellSpec(c))));
  const result: Grid = { sheet, origin, values: specs.map((row) => row.map((c) => c.value)) };
  if (specs.some((row) => row.some((c) => c.formula !== undefined))) {
    result.formulas = specs.map((row) => row.map((c) => c.formula ?? c.value));
  }
  if (specs.some((row) => row.some((c) => c.format !== undefined))) {
    result.numberFormats = specs.map((row) => row.map((c) => c.format ?? "General"));
  }
  return result;
}

export type TemplateRow = readonly unknown[] | Partial<Record<PlanField, unknown>>;

export interface TemplateOptions {
  locale?: "it" | "en";
  titleRows?: readonly (readonly unknown[])[];
  origin?: string;
  /** Sheet name instead of the template's. */
  name?: string;
}

function rowCells(sheet: TemplateSheet, row: TemplateRow): unknown[] {
  if (Array.isArray(row)) return [...row];
  const byField = row as Partial<Record<PlanField, unknown>>;
  return sheet.columns.map((column) => byField[column.field] ?? "");
}

export function templateGrid(role: keyof typeof PLAN_TEMPLATE, rows: readonly TemplateRow[], options: TemplateOptions = {}): Grid {
  const sheet = PLAN_TEMPLATE[role];
  const english = options.locale === "en";
  const header = sheet.columns.map((column) => (english ? column.headerEn : column.header));
  const name = options.name ?? (english ? sheet.nameEn : sheet.name);
  return grid(name, [...(options.titleRows ?? []), header, ...rows.map((row) => rowCells(sheet, row))], options.origin);
}

export function workbook(name: string, ...sheets: Grid[]): WorkbookGrids {
  return { name, sheets };
}
