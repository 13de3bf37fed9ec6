import fc from "fast-check";
import { opensRevisionTable } from "../../../../src/core/plan/cards/cardTables";
import { headerCellsOfRow } from "../../../../src/core/plan/detectHeaderRow";
import { HEADER_SYNONYMS } from "../../../../src/core/plan/headerSynonyms";
import { roleOfHeaders } from "../../../../src/core/plan/sheetLayout";

/** The answer without the quick test on forecast words: the header's cells name a revision table. */
function byItsCells(rows: unknown[][], r: number): boolean {
  const cells = headerCellsOfRow(rows, r);
  return cells.length >= 2 && roleOfHeaders(cells) === "revisions";
}

describe("opensRevisionTable", () => {
  it.each([...HEADER_SYNONYMS.forecast, ...HEADER_SYNONYMS.newForecast])("finds the revision table whose forecast column is «%s»", (header) => {
    const rows = [["indicatori", header, "Realizzazione al 30.6"]];
    expect(opensRevisionTable(rows, 0)).toBe(true);
  });

  it("finds the table whose forecasts are a group label above the dates", () => {
    const rows = [["", "Previsione", "", "Realizzazione"], ["indicatori", "al 30.6", "al 31.12", "al 30.6"]];
    expect([opensRevisionTable(rows, 1), byItsCells(rows, 1)]).toEqual([true, true]);
  });

  it.each([
    [["Indicatore", "Target al 31/12", "Peso"]],
    [["Voce 12 del registro", 18, "testo 12"]],
    [["Risultati raggiunti", "56"]],
  ])("does not take %j for one", (row) => {
    expect(opensRevisionTable([row], 0)).toBe(false);
  });

  it("gives the answer of the header's cells for any two rows of plan words", () => {
    const words = fc.constantFrom(
      "indicatori", "Previsione al 30.6", "Nuova previsione", "Realizzazione al 30.6", "Target", "al 30/6", "al 31/12", "Previsione", "Peso",
      "Risultato", "NUOVO TARGET", "Target rivisto", "Valore previsto", "Motivazione", "", "Forecast", "Actual", "Revised target", "ｐｒｅｖｉｓｉｏｎｅ",
    );
    const row = fc.array(fc.oneof(words, fc.string({ maxLength: 8 }), fc.integer()), { maxLength: 6 });
    fc.assert(
      fc.property(row, row, (above, own) => {
        const rows = [above, own];
        expect(opensRevisionTable(rows, 1)).toBe(byItsCells(rows, 1));
      }),
      { numRuns: 2000 },
    );
  });
});
