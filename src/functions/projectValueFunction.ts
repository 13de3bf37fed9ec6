/**
 * PERF.VALOREPROGETTO: the value of a project in euro, unit value × coefficient
 * (the seed's "Fondo": 3.106 × 5 = 15.530), scaled by the achievement when one is given.
 */
import { computeProjectValue } from "../core/calc/computeProjectValue";
import { isOmitted } from "./argumentMatrix";
import { mapBroadcast } from "./broadcast";
import { answer, fromCalcFailure, guarded, toExcelCell, toExcelMatrix, type CellAnswer, type ExcelCell } from "./cellAnswer";
import { readNumber } from "./valueArgument";

function projectValueOfCells(cells: unknown[], withAchievement: boolean): CellAnswer<number> {
  const [unitCell, coefficientCell, achievementCell] = cells;
  const unitValue = readNumber(unitCell, "valore_unitario");
  if (!unitValue.ok) return unitValue;
  const coefficient = readNumber(coefficientCell, "coefficiente");
  if (!coefficient.ok) return coefficient;
  let achievement: number | undefined;
  if (withAchievement) {
    const read = readNumber(achievementCell, "raggiungimento");
    if (!read.ok) return read;
    achievement = read.value;
  }
  const value = computeProjectValue(unitValue.value, coefficient.value, achievement);
  return value.ok ? answer(value.value) : fromCalcFailure(value);
}

export function projectValue(unitValue: unknown, coefficient: unknown, achievement: unknown): ExcelCell[][] {
  return guarded("PERF.VALOREPROGETTO", () => {
    const withAchievement = !isOmitted(achievement);
    const args = [
      { name: "valore_unitario", value: unitValue },
      { name: "coefficiente", value: coefficient },
      { name: "raggiungimento", value: achievement },
    ];
    return toExcelMatrix(mapBroadcast(args, (cells) => projectValueOfCells(cells, withAchievement), toExcelCell));
  });
}
