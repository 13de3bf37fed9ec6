import { formatGridCell, sheetTable } from "../../src/preview/sheetTable";

describe("the preview grid", () => {
  it("places a used range that starts after A1 at its sheet coordinates", () => {
    const table = sheetTable({ sheet: "S", origin: "B2", values: [["a", "b"], ["c"]], numberFormats: [["@", "0%"], ["@"]] });
    expect(table.columns).toEqual(["A", "B", "C"]);
    expect(table.rows.map((row) => row.map((cell) => cell.value))).toEqual([
      ["", "", ""],
      ["", "a", "b"],
      ["", "c", ""],
    ]);
    expect(table.rows[1]?.[2]).toEqual({ value: "b", numberFormat: "0%" });
  });

  it.each([
    [0.8955, "0.00%", "89,55%"],
    [1800000, "#,##0", "1.800.000"],
    [-2.13, undefined, "-2,13"],
    [true, undefined, "VERO"],
    [null, undefined, ""],
    ["2020-06-30T00:00:00.000Z", undefined, "30/06/2020"],
    ["<img src=x onerror=alert(1)>", undefined, "<img src=x onerror=alert(1)>"],
  ])("shows %p as %p would in Excel: %p", (value, format, shown) => {
    expect(formatGridCell(value, format)).toBe(shown);
  });
});
