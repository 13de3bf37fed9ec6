/**
 * Reading a combined sheet: objective columns (code, title, weight, kind, manager...) on the
 * indicator rows. The objective may be repeated on every row or written only on the first row of
 * its block (merged cells arrive blank): it is carried forward. A row whose code differs from the
 * current one, or that has a new title under a blank code, opens a new objective; a row may hold an
 * objective only (an objective line above its indicators). Without a code column the code is read
 * from the start of the title ("1.1 - Diffusione ..."), else the title stands for the code.
 * A block whose code was already seen opens another objective entry: the rules report duplicates.
 * A parent (higher) objective written once over several objectives is carried down to them.
 * A bare «Peso» written once per objective, adding up to 100% over the objectives, is the objectives'
 * weight (objectiveWeightsColumn), not their indicators'.
 */
import type { Grid } from "./grid";
import { codeKey, leadingCode } from "./planCodes";
import type { Objective } from "./planModel";
import { IndicatorRows } from "./readIndicatorRow";
import { IndicatorColumns } from "./indicatorColumns";
import { readObjectiveRow } from "./readObjectivesSheet";
import type { SheetLayout } from "./sheetLayout";
import { cellAt, columnOf, rowKind, sheetTable, textAt, type SheetTable } from "./sheetTable";
import { CellReading } from "./cellReading";
import { matchHeader } from "./matchHeader";
import type { CellValue } from "../values/valueTypes";
import { interpretWeights } from "../calc/interpretWeights";
import { checkWeightSum } from "../calc/checkWeightSum";

export interface CombinedSheet {
  objectives: Objective[];
  /** The header of a bare «Peso» column read as the objectives' weights (objectiveWeightsColumn), if one was. */
  objectiveWeights?: string;
}

function rowCode(table: SheetTable, r: number): string {
  const written = textAt(table, r, "objectiveCode");
  if (written !== "" || columnOf(table, "objectiveCode") !== undefined) return written;
  const title = textAt(table, r, "objectiveTitle");
  return title === "" ? "" : leadingCode(title) ?? title;
}

/** Fills what the block's first row left blank (a weight written on the second row, say). */
function complete(objective: Objective, table: SheetTable, r: number): void {
  if (objective.title === "") objective.title = textAt(table, r, "objectiveTitle");
  if (objective.area === undefined && textAt(table, r, "area") !== "") objective.area = textAt(table, r, "area");
  if (objective.manager === undefined && textAt(table, r, "manager") !== "") objective.manager = textAt(table, r, "manager");
  if (objective.weight?.value.kind === "placeholder") {
    const weight = cellAt(table, r, "objectiveWeight");
    if (weight && weight.value.kind !== "placeholder") objective.weight = weight;
  }
}

/** Reads the sheet's objectives, and its indicators into `columns` (their cells into its store). */
export function readCombinedSheet(grid: Grid, layout: SheetLayout, reading = new CellReading(), columns = new IndicatorColumns(reading.cells)): CombinedSheet {
  const table = sheetTable(grid, layout, reading);
  const indicatorRows = new IndicatorRows(table, columns);
  const objectives: Objective[] = [];
  let current: Objective | null = null;
  let parent: string | undefined;
  // The indicators of each objective read here, in row order: whose weights a bare «Peso» may be.
  const blocks = new Map<Objective, number[]>();
  for (let r = layout.headerRow + 1; r < table.rows.length; r++) {
    if (rowKind(table, r) !== "data") continue;
    const code = rowCode(table, r);
    const title = textAt(table, r, "objectiveTitle");
    const opensBlock =
      (code !== "" && (current === null || codeKey(code) !== codeKey(current.code))) ||
      (code === "" && title !== "" && (current === null || title !== current.title));
    if (opensBlock) {
      current = readObjectiveRow(table, r, code === "" ? undefined : code);
      // A higher objective written once over its block (a merged cell) is the parent of every objective below it.
      if (current?.parentCode !== undefined) parent = current.parentCode;
      else if (current && parent !== undefined) {
        current.parentCode = parent;
        if (textAt(table, r, "objectiveKind") === "") current.kind = "operational";
      }
      if (current) objectives.push(current);
    } else if (current) {
      complete(current, table, r);
    }
    const indicator = indicatorRows.read(r, current?.code ?? "");
    if (indicator !== null && current !== null) {
      const block = blocks.get(current);
      if (block === undefined) blocks.set(current, [indicator]);
      else block.push(indicator);
    }
  }
  const header = objectiveWeightsColumn(layout, blocks, columns);
  if (header === undefined) return { objectives };
  for (const [objective, indicators] of blocks) {
    const [first] = indicators;
    if (first !== undefined) objective.weight = columns.takeCell("weight", first);
  }
  return { objectives, objectiveWeights: header };
}

/**
 * The header of the sheet's bare «Peso» column when its weights are the objectives', not the
 * indicators': a PIAO table often weighs its objectives beside their one indicator. So read when
 * - the column is a bare «Peso» (not «Peso indicatore»), and the sheet has no objective weight column;
 * - each objective writes one weight, on its first row (one indicator, or a cell merged over the block);
 * - the weights add up to 100% over the sheet's objectives (within the default tolerance), and not
 *   every one is 100% (then they may as well be an only indicator's 100%).
 * Otherwise undefined: the column stays the indicators' weights.
 */
function objectiveWeightsColumn(layout: SheetLayout, blocks: ReadonlyMap<Objective, readonly number[]>, columns: IndicatorColumns): string | undefined {
  if (layout.columns.some((column) => column.field === "objectiveWeight")) return undefined;
  const column = layout.columns.find((candidate) => candidate.field === "indicatorWeight");
  if (column === undefined || matchHeader(column.header)?.concept !== "weight" || blocks.size < 2) return undefined;
  const weights: CellValue[] = [];
  for (const indicators of blocks.values()) {
    const written = indicators.flatMap((i, place) => {
      const value = columns.singleValue("weight", i);
      return value === undefined || value.kind === "placeholder" ? [] : [{ place, value }];
    });
    const [only] = written;
    if (written.length !== 1 || only === undefined || only.place !== 0) return undefined;
    weights.push(only.value);
  }
  const read = interpretWeights(weights);
  const fractions = read.weights.filter((weight): weight is number => weight !== null);
  if (read.invalid.length > 0 || read.scale === "mixed" || fractions.length !== weights.length || fractions.every((weight) => weight === 1)) return undefined;
  return checkWeightSum(fractions).withinTolerance ? column.header : undefined;
}
