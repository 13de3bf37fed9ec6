/**
 * Reading a range of weights: each cell through the core reader, then interpretWeights
 * decides the scale (0,7 / 70% / 70 all mean 70%). Weights written in different forms in
 * one range are refused: which of 0,5 and 50 is meant cannot be guessed.
 */
import type { CellValue } from "../core/values/valueTypes";
import { interpretWeights } from "../core/calc/interpretWeights";
import { describePosition, isBlank, type Shape } from "./argumentMatrix";
import { answer, invalid, type CellAnswer } from "./cellAnswer";
import { readArgumentValue } from "./valueArgument";

export interface WeightCell {
  row: number;
  column: number;
  raw: unknown;
}

/** Weights as fractions, null where the cell is blank or a placeholder. */
export function readWeights(cells: WeightCell[], shape: Shape, name = "pesi"): CellAnswer<(number | null)[]> {
  const values: CellValue[] = [];
  // Blank cells (a whole column's empty tail) all read the same: read once.
  let blank: CellValue | undefined;
  for (const cell of cells) {
    if (isBlank(cell.raw)) {
      if (blank === undefined) {
        const read = readArgumentValue(null, name);
        if (!read.ok) return read;
        blank = read.value;
      }
      values.push(blank);
      continue;
    }
    const where = describePosition(cell.row, cell.column, shape);
    const read = readArgumentValue(cell.raw, where ? `${name} (${where})` : name);
    if (!read.ok) return read;
    const value = read.value;
    if (value.kind === "threshold" || value.kind === "milestone") {
      return invalid(`${where ? `${name} (${where})` : name}: '${value.text}' non è un peso.`);
    }
    values.push(value);
  }
  const interpreted = interpretWeights(values);
  if (interpreted.scale === "mixed") {
    const forms = [...new Set(interpreted.scales.filter((scale) => scale !== null))].map(describeScale);
    return invalid(`${name}: pesi scritti in forme diverse (${forms.join(", ")}); usa una sola forma.`);
  }
  return answer(interpreted.weights);
}

function describeScale(scale: "fraction" | "percent" | "whole"): string {
  switch (scale) {
    case "fraction":
      return "frazioni come 0,7";
    case "percent":
      return "percentuali come 70%";
    case "whole":
      return "numeri interi come 70";
  }
}
