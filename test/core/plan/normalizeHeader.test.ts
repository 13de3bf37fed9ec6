import fc from "fast-check";
import { headerWords, normalizeHeader, stemWord } from "../../../src/core/plan/normalizeHeader";

describe("normalizeHeader", () => {
  it.each([
    ["Target storico di riferimento:", "target storico di riferimento"],
    ["Base Line", "base line"],
    ["Valore Target:\nal 30/6", "valore target al 30/6"],
    ["Target al 30.06", "target al 30/6"],
    ["TARGET 30/06/2020", "target 30/6/2020"],
    ["al 31/12", "al 31/12"],
    ["Valore target 31.12.2020", "valore target 31/12/2020"],
    ["Previsione al 30.6.2020", "previsione al 30/6/2020"],
    ["Nuova previsione al 31.12.2020", "nuova previsione al 31/12/2020"],
    ["Risultato al 30 giugno 2020", "risultato al 30/6/2020"],
    ["Monitoraggio al 31/07/2013", "monitoraggio al 31/7/2013"],
    ["Codice 1.1", "codice 1 1"],
    ["Result at December 31", "result at 31/12"],
    ["Peso dell'obiettivo", "peso dell obiettivo"],
    ["Peso %", "peso percent"],
    ["Polarità", "polarita"],
    ["  Unità   di\tmisura ", "unita di misura"],
    ["N°", "n"],
    ["#", "n"],
    ["Tipo (Strategico/Operativo)", "tipo strategico operativo"],
  ])("writes %p as %p", (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });

  it.each(["crescente", "peso iniziale", "decrescente", "milestone"])("leaves %p, already in normal form, as it is", (words) => {
    expect(normalizeHeader(words)).toBe(words);
  });

  it("still normalises text that only looks normal: capitals, double spaces, edges", () => {
    expect(normalizeHeader("Crescente")).toBe("crescente");
    expect(normalizeHeader("peso  iniziale ")).toBe("peso iniziale");
  });

  it("leaves other numbers alone: 130/60 is not a date", () => {
    expect(normalizeHeader("Quota 130/60")).toBe("quota 130 60");
  });

  it.each([[null], [undefined], [true], [{}], [Number.NaN]])("reads a non-text header %p as blank", (raw) => {
    expect(normalizeHeader(raw)).toBe("");
  });

  it("reads a number header as its digits", () => {
    expect(normalizeHeader(2020)).toBe("2020");
  });

  it("returns only lower-case letters, digits, dates and single spaces, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(normalizeHeader(text)).toMatch(/^(?:[a-z0-9/]+(?: [a-z0-9/]+)*)?$/);
      }),
    );
  });
});

describe("headerWords", () => {
  it.each([
    ["Risultati raggiunti", ["risultat", "raggiunt"]],
    ["Risultato raggiunto", ["risultat", "raggiunt"]],
    ["Target storico di riferimento: anno 2019", ["target", "storic", "riferiment", "ann"]],
    ["Valore target al 30/6", ["valor", "target", "30/6"]],
    ["Target annuale", ["target", "31/12"]],
    ["Risultato I semestre", ["risultat", "30/6"]],
    ["Notes", ["not"]],
  ])("keeps the meaningful words of %p: %p", (header, words) => {
    expect(headerWords(header)).toEqual(words);
  });

  it.each([
    ["risultati", "risultat"],
    ["scostamenti", "scostament"],
    ["pesi", "pes"],
    ["weights", "weight"],
    ["unità", "unità"],
    ["n", "n"],
    ["31/12", "31/12"],
  ])("stems %p as %p", (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
