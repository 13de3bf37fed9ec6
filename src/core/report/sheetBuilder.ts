/**
 * Builds a SheetContent row by row: text goes through `sheetText` (never
 * mistaken for a formula), fractions get a percent format, and headers,
 * links and widths are recorded where the writers expect them.
 */
import { toA1 } from "../plan/a1";
import type { SheetCellValue, SheetContent } from "./sheetContent";
import { sheetText } from "./sheetText";

export const PERCENT = "0.00%";

/** A cell to add: text, a number (with an optional format), or blank. */
export type BuilderCell = string | number | boolean | null | { number: number | null; format: string };

export class SheetBuilder {
  private readonly rows: SheetCellValue[][] = [];
  private readonly formulaResults: Record<string, SheetCellValue> = {};
  private readonly cellFormats: Record<string, string> = {};
  private readonly boldRows: number[] = [];
  private readonly links: { address: string; target: string }[] = [];

  constructor(private readonly name: string) {}

  /** 0-based index of the next row. */
  get nextRow(): number {
    return this.rows.length;
  }

  addRow(cells: BuilderCell[], bold = false): number {
    const row = this.rows.length;
    this.rows.push(cells.map((cell, col) => this.cellValue(cell, row, col)));
    if (bold) this.boldRows.push(row);
    return row;
  }

  blankRow(): void {
    this.rows.push([]);
  }

  /** A link from a cell of this sheet to a place in the workbook ("'Indicatori'!K12"). */
  link(row: number, col: number, target: string): void {
    this.links.push({ address: toA1(row, col), target });
  }

  build(extra: Pick<SheetContent, "columnWidths" | "chart"> = {}): SheetContent {
    const content: SheetContent = { name: this.name, rows: this.rows, boldRows: this.boldRows, ...extra };
    if (Object.keys(this.formulaResults).length > 0) content.formulaResults = this.formulaResults;
    if (Object.keys(this.cellFormats).length > 0) content.cellFormats = this.cellFormats;
    if (this.links.length > 0) content.links = this.links;
    return content;
  }

  private cellValue(cell: BuilderCell, row: number, col: number): SheetCellValue {
    if (typeof cell === "string") {
      const text = sheetText(cell);
      if (text.formulaResult !== undefined) this.formulaResults[toA1(row, col)] = text.formulaResult;
      return text.value;
    }
    if (cell === null || typeof cell !== "object") return cell;
    if (cell.number === null || !Number.isFinite(cell.number)) return "non valutabile";
    this.cellFormats[toA1(row, col)] = cell.format;
    return cell.number;
  }
}

/** A fraction shown as a percentage; null (non valutabile) is written in words. */
export function percentCell(fraction: number | null): BuilderCell {
  return { number: fraction, format: PERCENT };
}
