/**
 * PERF.NUMERO and PERF.VALOREPROGETTO as Excel calls them: every written form of the seed,
 * the project values of the seed ("3.106 euro x 5 = 15.530 euro"), and bad arguments.
 */
import plan from "../fixtures/plan-2020.json";
import { callAsExcel, errorOf, useBuiltFunctions, matrixOf, singleValue } from "./builtFunctions";

const loaded = useBuiltFunctions();

const numberOf = (...args: unknown[]) => callAsExcel(loaded, "NUMERO", ...args);
const projectValue = (...args: unknown[]) => callAsExcel(loaded, "VALOREPROGETTO", ...args);

const projects = plan.objectives.flatMap((objective) =>
  (objective.valoreEconomico ?? []).map((item) => [`${objective.code} ${item.fondo}`, item.unitText, item.coefficient, item.totalText] as const),
);

describe("PERF.NUMERO", () => {
  it.each([
    ["1.800.000,00", 1800000],
    ["€ 6.190.000,00", 6190000],
    ["89,55%", 0.8955],
    ["-2,13%", -0.0213],
    ["+1,55%", 0.0155],
    ["2.870 campioni", 2870],
    ["6 eventi", 6],
    ["-9394", -9394],
    ["Rilascio di almeno 300 dispositivi", 300],
    ["75% delle richieste del periodo", 0.75],
    [42, 42],
    [0.5, 0.5],
  ])("reads %j as %d", (text, expected) => {
    expect(singleValue(numberOf(text))).toBeCloseTo(expected, 10);
  });

  it("reads a column of texts into a column of numbers, keeping each failure in its cell", () => {
    expect(matrixOf(numberOf([["1.800.000,00"], ["Avviato"], ["//"], ["89,55%"]]))).toEqual([
      [1800000],
      [{ error: "#VALUE!", message: "riga 2: testo: 'Avviato' è una milestone, non un numero." }],
      [{ error: "#N/A", message: "riga 3: testo: '//' indica che il valore non c'è." }],
      [0.8955],
    ]);
  });

  it.each([
    ["a milestone", "Avviato", "#VALUE!", /milestone/],
    ["a text with several numbers", "2301 iscritti ai 36 eventi a distanza", "#VALUE!", /più quantità/],
    ["a law reference, which is no quantity", "D.Lgs. n. 33/2013", "#VALUE!", /^testo: /],
    ["plain words", "abc", "#VALUE!", /^testo: /],
    ["a logical value", true, "#VALUE!", /VERO/],
    ["an Excel error written as text", "#VALORE!", "#VALUE!", /#VALORE!/],
    ["a placeholder", "-", "#N/A", /'-' indica che il valore non c'è/],
    ["nessuno", "nessuno", "#N/A", /'nessuno'/],
    ["an empty cell", null, "#N/A", /la cella è vuota/],
  ])("refuses %s", (_label, text, code, message) => {
    const error = errorOf(numberOf(text));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe("PERF.VALOREPROGETTO", () => {
  it("finds projects in the seed to check", () => {
    expect(projects.length).toBeGreaterThanOrEqual(2);
  });

  it.each(projects)("reproduces the value of %s: %s × %d = %s", (_label, unitText, coefficient, totalText) => {
    const expected = singleValue(numberOf(totalText));
    expect(singleValue(projectValue(unitText, coefficient))).toBeCloseTo(expected as number, 6);
  });

  it.each([
    ["numbers", [3106, 5], 15530],
    ["a unit value written in euro", ["€ 3.106,00", 5], 15530],
    ["scaled by an achievement", [3106, 5, 0.5], 7765],
    ["scaled by an achievement written as text", [3106, 5, "50%"], 7765],
    ["an empty achievement cell, read as not given", [3106, 5, null], 15530],
  ])("computes %s", (_label, args, expected) => {
    expect(singleValue(projectValue(...args))).toBeCloseTo(expected, 6);
  });

  it("marks a blank achievement within a range as not evaluable, in its own cell", () => {
    expect(matrixOf(projectValue(3106, 5, [[0.5], [null]]))).toEqual([
      [7765],
      [{ error: "#N/A", message: expect.stringMatching(/^riga 2: raggiungimento: /) }],
    ]);
  });

  it("answers a column of coefficients with a column of values", () => {
    expect(matrixOf(projectValue(3106, [[1], [3], [5]]))).toEqual([[3106], [9318], [15530]]);
  });

  it.each([
    ["a unit value that is no number", ["abc", 5], "#VALUE!", /^valore_unitario: /],
    ["a coefficient that is a logical value", [3106, false], "#VALUE!", /^coefficiente: .*FALSO/],
    ["a placeholder unit value", ["-", 5], "#N/A", /^valore_unitario: /],
    ["a negative coefficient", [3106, -5], "#VALUE!", /non calcolabile.*-5/],
  ])("refuses %s", (_label, args, code, message) => {
    const error = errorOf(projectValue(...args));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
