import { EXCEL_ERROR_NAMES } from "../../../src/core/values/readTextValue";
import { readCellValue } from "../../../src/core/values/readCellValue";

describe("reading a cell that holds a number", () => {
  it.each([
    [0.8955, "0,00%", { value: 0.8955, unit: "percent", text: "89,55%" }],
    [0.8955, "0.00%", { value: 0.8955, unit: "percent", text: "89,55%" }],
    [-0.0213, "0,00%;[Rosso]-0,00%", { value: -0.0213, unit: "percent", text: "-2,13%" }],
    [6190000, "€ #.##0,00", { value: 6190000, unit: "euro", text: "€ 6.190.000,00" }],
    [6190000, "[$€-410] #.##0,00", { value: 6190000, unit: "euro", text: "€ 6.190.000,00" }],
    [6190000, '#.##0,00 "EUR"', { value: 6190000, unit: "euro", text: "€ 6.190.000,00" }],
    [1800000, "#.##0,00", { value: 1800000, unit: "number", text: "1.800.000" }],
    [2870, "General", { value: 2870, unit: "number", text: "2.870" }],
    [0.7, undefined, { value: 0.7, unit: "number", text: "0,7" }],
    [12, '0 "%"', { value: 12, unit: "number", text: "12" }],
    [-0, undefined, { value: 0, unit: "number", text: "0" }],
  ])("reads %p formatted %j as %p", (raw, numberFormat, expected) => {
    expect(readCellValue(raw, numberFormat === undefined ? undefined : { numberFormat })).toEqual({
      kind: "quantity",
      ...expected,
    });
  });

  it("reads a number formatted as a date as a date, not as an amount", () => {
    const read = readCellValue(44012, { numberFormat: "gg/mm/aaaa" });
    expect(read).toMatchObject({ kind: "failure", code: "unreadable", text: "30/06/2020" });
    expect(read.kind === "failure" && read.message).toContain("data (30/06/2020)");
  });

  it.each([
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "∞"],
    [Number.NEGATIVE_INFINITY, "-∞"],
  ])("reports %p as an invalid number, never as a quantity", (raw, shown) => {
    const read = readCellValue(raw);
    expect(read).toMatchObject({ kind: "failure", code: "unreadable", text: shown });
    expect(read.kind === "failure" && read.message).toContain(`numero non valido (${shown})`);
  });

  it("reads a safe bigint as a number and refuses one too large to be exact", () => {
    expect(readCellValue(42n)).toEqual({ kind: "quantity", value: 42, unit: "number", text: "42" });
    expect(readCellValue(2n ** 64n)).toMatchObject({ kind: "failure", code: "unreadable" });
  });
});

describe("reading cells that hold no number", () => {
  it("reads TRUE as a milestone done and FALSE as not done", () => {
    expect(readCellValue(true)).toEqual({ kind: "milestone", state: "done", text: "VERO" });
    expect(readCellValue(false)).toEqual({ kind: "milestone", state: "notDone", text: "FALSO" });
  });

  it.each([null, undefined, "", "   ", "\n\t"])("reads %j as an empty cell (placeholder)", (raw) => {
    expect(readCellValue(raw)).toMatchObject({ kind: "placeholder" });
  });

  it("reads a JavaScript date (as ExcelJS gives date cells) as a date, not a value", () => {
    const read = readCellValue(new Date(Date.UTC(2020, 5, 30)));
    expect(read).toMatchObject({ kind: "failure", code: "unreadable", text: "30/06/2020" });
    expect(readCellValue(new Date(Number.NaN))).toMatchObject({ kind: "failure", code: "unreadable" });
  });

  it.each([
    ["an array", [1, 2], "un elenco di 2 valori"],
    ["an object", { value: 3 }, "un oggetto"],
    ["a symbol", Symbol("x"), "un simbolo"],
    ["a function", () => 3, "una funzione"],
    ["an object whose toString throws", { toString: () => { throw new Error("no"); } }, "un oggetto"],
  ])("reports %s as not a single value", (_case, raw, what) => {
    const read = readCellValue(raw);
    expect(read).toMatchObject({ kind: "failure", code: "unreadable", text: `[${what}]` });
    expect(read.kind === "failure" && read.message).toContain(`La cella contiene ${what}`);
  });
});

describe("reading Excel errors", () => {
  it.each(["#N/D", "#N/A", "#VALUE!", "#VALORE!", "#DIV/0!", "#RIF!", "#REF!", "#NOME?", "#NAME?", "#NUM!", "#NULL!", "#NULLO!", "#CALC!", "#SPILL!", "#ESPANSIONE!", "#GETTING_DATA", "#BLOCKED!"])(
    "reads %s as an Excel error with an Italian message that names it",
    (raw) => {
      const read = readCellValue(raw);
      expect(read).toMatchObject({ kind: "failure", code: "excelError", text: raw });
      expect(read.kind === "failure" && read.message).toMatch(new RegExp(`^La cella contiene l'errore di Excel ${raw.replace(/[?/]/g, "\\$&")} \\(`));
    },
  );

  it("knows every error by its English and Italian name", () => {
    expect(EXCEL_ERROR_NAMES).toEqual(expect.arrayContaining(["#N/A", "#N/D", "#VALUE!", "#VALORE!", "#SPILL!", "#ESPANSIONE!"]));
  });

  it("reads an error it does not know, written the way Excel writes errors, still as an error", () => {
    expect(readCellValue("#NUOVOERRORE!")).toMatchObject({ kind: "failure", code: "excelError" });
  });

  it("does not take a hashtag or a number sign for an error", () => {
    expect(readCellValue("#1 evento")).toMatchObject({ kind: "quantity", value: 1 });
  });
});

describe("a fraction or a date opening a text is never guessed", () => {
  it.each([
    ["3/4 delle pratiche", "3/4"],
    ["12 / 12 pratiche evase", "12/12"],
    ["12/12", "12/12"],
    ["30/100", "30/100"],
  ])("reads %j as unreadable, naming %j", (text, written) => {
    expect(readCellValue(text)).toMatchObject({ kind: "failure", code: "unreadable", reason: { kind: "fraction", written } });
  });

  it.each(["24/7", "≥ valore 2023", "media 2022"])("reads %j as holding only references (a rate, a year's value), not a fraction nor a number", (text) => {
    expect(readCellValue(text)).toMatchObject({ kind: "failure", code: "unreadable", reason: { kind: "onlyReferences" } });
  });

  it("still reads an outcome with a date after it as a milestone: «Approvazione entro il 30/06»", () => {
    expect(readCellValue("Approvazione entro il 30/06")).toMatchObject({ kind: "milestone", state: "done" });
  });
});

describe("reading placeholders", () => {
  it.each([
    "-", "--", "//", "-----", "—", "–", "...", "___", "nessuno", "Nessuno", "NESSUNA", "n.d.", "N.D.", "n.d", "n/a", "N/A",
    "nd", "n/d", "non applicabile", "Non disponibile", "Nuova attività", "Nuovo progetto", " - ",
    "N.R.", "NR", "n.v.", "NV", "N.C.", "non valutabile", "Non calcolabile", "Stralciato", "Obiettivo stralciato", "Indicatore stralciato.",
    "Obiettivo neutralizzato", "Sterilizzato", "Non valutato", "Non rilevante", "Da verificare", "In verifica",
  ])("reads %j as a placeholder", (raw) => {
    expect(readCellValue(raw)).toEqual({ kind: "placeholder", text: raw });
  });

  it("keeps an outcome that starts with 'Nuovo' a milestone: Nuovo regolamento", () => {
    expect(readCellValue("Nuovo regolamento")).toMatchObject({ kind: "milestone", state: "done" });
  });
});

describe("reading noise", () => {
  it.each(["???", "?", "!!!", "xyz", "asdf", "test", "boh", "*?*", "vedi nota", "cfr. allegato"])(
    "reports %j as unreadable rather than inventing a value",
    (raw) => {
      const read = readCellValue(raw);
      expect(read).toMatchObject({ kind: "failure", code: "unreadable", text: raw });
      expect(read.kind === "failure" && read.message).toContain(`"${raw}"`);
    },
  );

  it("reports a text longer than any value as unreadable, saying how long it is", () => {
    const read = readCellValue("Avvio ".repeat(500));
    expect(read).toMatchObject({ kind: "failure", code: "unreadable" });
    expect(read.kind === "failure" && read.message).toContain("3.000 caratteri");
  });

  it("reports a number it cannot read, quoting it, instead of skipping it", () => {
    const read = readCellValue("1,800,000 euro");
    expect(read).toMatchObject({ kind: "failure", code: "unreadable" });
    expect(read.kind === "failure" && read.message).toContain('"1,800,000" non è un numero scritto all\'italiana');
  });
});
