import { detectHeaderRow } from "../../../src/core/plan/detectHeaderRow";
import { grid } from "./planGrids";

function concepts(found: ReturnType<typeof detectHeaderRow>): string[] {
  return (found?.cells ?? []).map((cell) => `${cell.match.concept}${cell.match.date ? ` ${cell.match.date}` : ""}`);
}

describe("detectHeaderRow", () => {
  it("finds the header in row 4 under a merged title, a subtitle and a blank row", () => {
    const sheet = grid("Piano", [
      ["CAMERA DI COMMERCIO DI BRESCIA - Piano della Performance 2020", "", "", ""],
      ["Obiettivi e indicatori", "", "", ""],
      ["", "", "", ""],
      ["Codice", "Indicatore", "Target al 31/12", "Peso"],
      ["1.1", "eventi e comunicazioni mirate", 70, 0.7],
    ]);
    const found = detectHeaderRow(sheet);
    expect(found?.row).toBe(3);
    expect(concepts(found)).toEqual(["code", "indicator", "target 31/12", "weight"]);
  });

  it("reads the seed's two-row header: 'Base Line' and 'Peso' over blanks, 'Valore Target:' over the two dates", () => {
    const sheet = grid("Scheda", [
      ["Base Line", "Valore Target:", "", ""],
      ["", "al 30/6", "al 31/12", "Peso"],
      ["7,00%", "88,00%", "88,00%", "15,00%"],
    ]);
    const found = detectHeaderRow(sheet);
    expect(found?.row).toBe(1);
    expect(concepts(found)).toEqual(["baseline", "target 30/6", "target 31/12", "weight"]);
    expect(found?.cells.map((cell) => [cell.text, cell.row])).toEqual([
      ["Base Line", 0],
      ["Valore Target: al 30/6", 1],
      ["Valore Target: al 31/12", 1],
      ["Peso", 1],
    ]);
  });

  it("reads the other seed layout, with the weight header in the upper row", () => {
    const sheet = grid("Scheda", [
      ["Target storico di riferimento: anno 2019", "Valore Target:", "", "Peso"],
      ["", "al 30/6", "al 31/12", ""],
      ["133", "32", "70", "70,00%"],
    ]);
    expect(concepts(detectHeaderRow(sheet))).toEqual(["baseline", "target 30/6", "target 31/12", "weight"]);
  });

  it("reads a merged 'Target' and 'Risultato' over their dates", () => {
    const sheet = grid("Piano", [
      ["Codice", "Indicatore", "Target", "", "Risultato", ""],
      ["", "", "30/6", "31/12", "30/6", "31/12"],
    ]);
    const found = detectHeaderRow(sheet);
    expect(found?.row).toBe(1);
    expect(concepts(found)).toEqual(["code", "indicator", "target 30/6", "target 31/12", "result 30/6", "result 31/12"]);
  });

  it("gives a date group label above to the columns under it", () => {
    const sheet = grid("Piano", [
      ["", "", "Al 30/6", "", "Al 31/12", ""],
      ["Codice", "Indicatore", "Target", "Risultato", "Target", "Risultato"],
    ]);
    expect(concepts(detectHeaderRow(sheet))).toEqual([
      "code", "indicator", "target 30/6", "result 30/6", "target 31/12", "result 31/12",
    ]);
  });

  it("prefers the first of two equally good rows (a header repeated lower down)", () => {
    const header = ["Codice", "Indicatore", "Peso"];
    const sheet = grid("Piano", [header, ["1.1", "eventi", 0.7], header]);
    expect(detectHeaderRow(sheet)?.row).toBe(0);
  });

  it("finds nothing in a sheet of data, and nothing beyond the written rows it is told to search", () => {
    expect(detectHeaderRow(grid("Dati", [[1, 2, 3], ["a", "b", "c"]]))).toBeNull();
    const late = grid("Piano", [...Array.from({ length: 25 }, (_, i) => [`nota ${i + 1}`]), ["Codice", "Indicatore", "Peso"]]);
    expect(detectHeaderRow(late)).toBeNull();
    expect(detectHeaderRow(late, { maxRows: 30 })?.row).toBe(25);
  });

  it("does not count blank rows above the header: 25 of them still leave it found", () => {
    const spaced = grid("Piano", [...Array.from({ length: 25 }, () => [""]), ["Codice", "Indicatore", "Peso"]]);
    expect(detectHeaderRow(spaced)?.row).toBe(25);
  });

  it("needs three distinct columns by default: two are not a header", () => {
    expect(detectHeaderRow(grid("Piano", [["Codice", "Indicatore"]]))).toBeNull();
    expect(detectHeaderRow(grid("Piano", [["Codice", "Indicatore"]]), { minConcepts: 2 })?.row).toBe(0);
  });
});
