/**
 * PERF.NUMERO: the number a text holds, read the Italian way ("1.800.000,00" -> 1800000,
 * "89,55%" -> 0,8955, "€ 6.190.000,00" -> 6190000, "2.870 campioni" -> 2870,
 * "almeno 300 dispositivi" -> 300), or a #VALUE! saying why there is none
 * (a milestone, a text with several numbers) and #N/A for a placeholder ("-", "//").
 */
import type { CellValue } from "../core/values/valueTypes";
import { mapBroadcast } from "./broadcast";
import { answer, guarded, invalid, notEvaluable, toExcelCell, toExcelMatrix, type CellAnswer, type ExcelCell } from "./cellAnswer";
import { readArgumentValue } from "./valueArgument";
import { plainNumber } from "./valueCache";

function numberIn(value: CellValue): CellAnswer<number> {
  switch (value.kind) {
    case "quantity":
    case "threshold":
      return answer(value.value);
    case "placeholder":
      return notEvaluable(value.text.trim() ? `testo: '${value.text.trim()}' indica che il valore non c'è.` : "testo: la cella è vuota.");
    case "milestone":
      return invalid(`testo: '${value.text}' è una milestone, non un numero.`);
    case "failure":
      return invalid(`testo: ${value.message}`);
  }
}

export function numberFromText(text: unknown): ExcelCell[][] {
  return guarded("PERF.NUMERO", () =>
    toExcelMatrix(
      mapBroadcast([{ name: "testo", value: text }], ([cell]) => {
        const plain = plainNumber(cell);
        if (plain !== undefined) return answer(plain);
        const read = readArgumentValue(cell, "testo");
        return read.ok ? numberIn(read.value) : read;
      }, toExcelCell),
    ),
  );
}
