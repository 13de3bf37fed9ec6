import fc from "fast-check";
import { firstYearIn, yearPlaceIn } from "../../../src/core/plan/reportingDate";

describe("the place of a plan's year that a header names without its number", () => {
  it.each([
    ["Target anno N", 0],
    ["Target anno T", 0],
    ["Target primo anno", 0],
    ["Target 1° anno", 0],
    ["Target I anno", 0],
    ["Target anno 1", 0],
    ["Risultato anno N", 0],
    ["Target anno N+1", 1],
    ["Valore atteso anno n + 1", 1],
    ["Target N+2", 2],
    ["Target anno T+3", 3],
    ["Target secondo anno", 1],
    ["Target 2° anno", 1],
    ["Target 3 ° anno", 2],
    ["Target II anno", 1],
    ["Target III anno", 2],
    ["Target anno 2", 1],
  ])("reads «%s» as the year at place %d", (header, place) => {
    expect(yearPlaceIn(header)).toBe(place);
  });

  it.each(["Target", "Target 2024", "Target anno 2024", "Baseline anno N-1", "Valore anno t-1", "N.", "Numero indicatore", "Target al 30/06"])(
    "finds no place in «%s»",
    (header) => {
      expect(yearPlaceIn(header)).toBeUndefined();
    },
  );

  it("reads a bare «N» as the first year only when the header row also names «N+1»", () => {
    expect(yearPlaceIn("Target N")).toBeUndefined();
    expect(yearPlaceIn("Target N", true)).toBe(0);
    expect(yearPlaceIn("N.", true)).toBeUndefined();
  });

  it("reads back the place of every form it knows, for any later year", () => {
    const forms = fc.constantFrom(
      (k: number) => `Target anno N+${k}`,
      (k: number) => `Target anno t + ${k}`,
      (k: number) => `Target ${["primo", "secondo", "terzo", "quarto"][k] ?? ""} anno`,
      (k: number) => `Target ${["I", "II", "III", "IV"][k] ?? ""} anno`,
      (k: number) => `Target ${k + 1}° anno`,
      (k: number) => `Valore atteso anno ${k + 1}`,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), forms, (place, write) => {
        expect(yearPlaceIn(write(place))).toBe(place);
      }),
    );
  });
});

describe("the first year of a plan that a title names", () => {
  it.each([
    ["PIAO 2024-2026 - Sottosezione Performance", 2024, "2024-2026"],
    ["Piano della performance 2024/26", 2024, "2024/26"],
    ["Piano integrato 2025 – 2027", 2025, "2025 – 2027"],
    ["Delibera n. 12 del 30/01/2024 | PIAO 2024-2026", 2024, "2024-2026"],
    ["Piano della performance 2024", 2024, "2024"],
  ])("reads «%s» as starting in %d", (title, year, written) => {
    expect(firstYearIn(title)).toEqual({ year, written });
  });

  it.each(["Piano della performance", "Piani 2024-2026 e 2025-2027", "Obiettivi 2023 e 2024", "Codice 2024-2040"])("finds no first year in «%s»", (title) => {
    expect(firstYearIn(title)).toBeUndefined();
  });

  it("reads the first year of any span of up to five years, written with four or two digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2094 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom("-", "/", " – ", "—"), fc.boolean(), (from, length, dash, short) => {
        const to = from + length;
        const written = short && Math.floor(to / 100) === Math.floor(from / 100) ? String(to).slice(2) : String(to);
        expect(firstYearIn(`Piano della performance ${from}${dash}${written}`)?.year).toBe(from);
      }),
    );
  });
});
