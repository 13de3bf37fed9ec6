/**
 * Error cells and data types in the arguments, as real Excel passes them (not as a fake shows
 * them). The shipped metadata of both languages allows errors (`allowErrorForDataTypeAny`), so
 * Excel calls the functions over a range with a #N/D in it; the functions then leave that
 * indicator out of PERF.PUNTEGGIO, call PERF.VERIFICAPESI not evaluable, and give an error in
 * that cell only for the element-wise functions. A cell holding a data type (a formatted number,
 * a string data type) is read by its basic value, as a formula would.
 */
import { callAsExcel, errorOf, matrixOf, readMetadata, singleValue, useBuiltFunctions } from "./builtFunctions";

const loaded = useBuiltFunctions();

const column = (values: unknown[]) => values.map((value) => [value]);

/** The two forms an error cell arrives in: the runtime's CustomFunctions.Error, and an error data type. */
const errorForms: [string, () => unknown][] = [
  ["a CustomFunctions.Error", () => new loaded.runtime.CustomFunctions.Error("#N/A")],
  ["an error value of the data types", () => ({ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" })],
];

describe("the shipped functions metadata", () => {
  it.each(["functions.json", "functions.en-US.json"])("%s lets Excel pass error cells to the functions", (file) => {
    const metadata = readMetadata(loaded.directory, file);
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  it.each(["functions.json", "functions.en-US.json"])("%s declares every parameter of type any, the type the option applies to", (file) => {
    const metadata = readMetadata(loaded.directory, file);
    const typed = metadata.functions.flatMap((item) => item.parameters.map((parameter) => `${item.id}.${parameter.name}: ${parameter.type ?? "?"}`));
    expect(typed.filter((entry) => !entry.endsWith(": any"))).toEqual([]);
  });
});

describe.each(errorForms)("an error cell given as %s", (_form, errorCell) => {
  it("is left out of PERF.PUNTEGGIO, as a placeholder is (the README's example with a #N/D)", () => {
    expect(singleValue(callAsExcel(loaded, "PUNTEGGIO", column([1, errorCell(), 0.5]), column([0.5, 0.2, 0.3])))).toBeCloseTo(0.8125, 10);
  });

  it("in a weight leaves that indicator out of PERF.PUNTEGGIO", () => {
    expect(singleValue(callAsExcel(loaded, "PUNTEGGIO", column([1, 0.2]), column([0.7, errorCell()])))).toBeCloseTo(1, 10);
  });

  it("makes PERF.VERIFICAPESI not evaluable (#N/A), naming the cell", () => {
    const error = errorOf(callAsExcel(loaded, "VERIFICAPESI", column(["70%", errorCell()])));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^pesi \(riga 2\): la cella contiene l'errore #N\/A, non valutabile\.$/);
  });

  it.each([
    ["SCOSTAMENTO", () => [column([56, errorCell(), 20]), column([32, 32, 32])], [24, "error", -12]],
    ["RAGGIUNGIMENTO", () => [column([16, errorCell()]), column([32, 32])], [0.5, "error"]],
    ["STATO", () => [column([56, errorCell()]), column([32, 32])], ["Raggiunto", "error"]],
    ["NUMERO", () => [column(["1.800,00", errorCell()])], [1800, "error"]],
  ])("gives PERF.%s an error in that cell only", (id, args, expected) => {
    const cells = matrixOf(callAsExcel(loaded, id, ...args())).map((line) => line[0]);
    expect(cells.map((cell) => (typeof cell === "object" && cell !== null && "error" in cell ? "error" : cell))).toEqual(expected);
    const failed = cells.find((cell): cell is { error: string; message: string } => typeof cell === "object" && cell !== null && "error" in cell);
    expect(failed?.error).toBe("#N/A");
    expect(failed?.message).toMatch(/riga 2: .*la cella contiene l'errore #N\/A/);
  });
});

describe("a cell holding a data type", () => {
  it.each([
    ["a formatted number", { type: "FormattedNumber", basicType: "Double", basicValue: 0.8955, numberFormat: "0,00%" }, 0.8955],
    ["a double", { type: "Double", basicType: "Double", basicValue: 56 }, 56],
    ["a string written the Italian way", { type: "String", basicType: "String", basicValue: "1.800,00" }, 1800],
  ])("is read by its basic value: %s", (_label, cell, expected) => {
    expect(singleValue(callAsExcel(loaded, "NUMERO", [[cell]]))).toBeCloseTo(expected, 10);
  });

  it("works in a range of PERF.SCOSTAMENTO beside plain numbers", () => {
    const result = column([{ type: "FormattedNumber", basicType: "Double", basicValue: 56, numberFormat: "0" }, 20]);
    expect(matrixOf(callAsExcel(loaded, "SCOSTAMENTO", result, 32))).toEqual([[24], [-12]]);
  });
});
