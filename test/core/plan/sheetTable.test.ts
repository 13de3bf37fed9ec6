import { readSheetLayout } from "../../../src/core/plan/sheetLayout";
import { rowKind, sheetTable } from "../../../src/core/plan/sheetTable";
import { grid } from "./planGrids";

const sheet = grid("Indicatori", [
  ["Codice obiettivo", "N.", "Indicatore", "Target 31/12", "Peso", "Note"],
  ["1.1", 1, "eventi", 70, "70%", ""],
  ["", "", "", "", "", ""],
  ["Totale obiettivo 1.1", "", "", "", "100%", ""],
  ["", "", "TOTALE", "", "100%", ""],
  ["Subtotale", "", "", "", "", ""],
  ["Note: i pesi sono in percentuale", "", "", "", "", ""],
  ["(*) dato provvisorio", "", "", "", "", ""],
  ["I dati sono tratti dal sistema di contabilità della Camera", "", "", "", "", ""],
  ["", "", "Riduzione dei tempi medi di risposta alle imprese del territorio", "", "", ""],
  ["Codice obiettivo", "N.", "Indicatore", "Target 31/12", "Peso", "Note"],
  ["1.2", "", "", "", "", "Nota bene: indicatore sospeso"],
  [],
]);

describe("rowKind", () => {
  const layout = readSheetLayout(sheet);
  if (!layout) throw new Error("foglio non riconosciuto");
  const table = sheetTable(sheet, layout);

  it.each([
    [1, "data"],
    [2, "blank"],
    [3, "total"],
    [4, "total"],
    [5, "total"],
    [6, "note"],
    [7, "note"],
    [8, "note"],
    [9, "data"],
    [10, "header"],
    [11, "data"],
    [12, "blank"],
    [40, "blank"],
  ])("reads row %p as %p", (row, kind) => {
    expect(rowKind(table, row)).toBe(kind);
  });
});
