/**
 * PERF.FASCIA as Excel calls it: an achievement scored by a body's bands (fasce), the example
 * 0 → 0; 60% → proporzionale; 95% → 100% written as a clerk would, a column of achievements, and
 * bands typed wrong.
 */
import { callAsExcel, errorOf, matrixOf, singleValue, useBuiltFunctions } from "./builtFunctions";

const loaded = useBuiltFunctions();

const band = (...args: unknown[]) => callAsExcel(loaded, "FASCIA", ...args);

/** The bands as a column of thresholds beside a column of scores. */
const THRESHOLDS = [[0], [0.6], [0.95]];
const SCORES = [[0], ["proporzionale"], [1]];

describe("PERF.FASCIA", () => {
  it.each([
    [0.5, 0],
    [0.7, 0.7],
    [0.96, 1],
    ["70%", 0.7],
    ["59,9%", 0],
  ])("scores %j as %d under 0 → 0; 60%% → proporzionale; 95%% → 100%%", (achievement, score) => {
    expect(singleValue(band(achievement, THRESHOLDS, SCORES))).toBeCloseTo(score, 12);
  });

  it("reads thresholds and scores written as Italian percentages, and «proportional» in English", () => {
    expect(singleValue(band(0.8, [["0%"], ["60%"], ["95%"]], [["0%"], ["proportional"], ["100%"]]))).toBeCloseTo(0.8, 12);
  });

  it("scores a column of achievements cell by cell, keeping a failure in its cell", () => {
    expect(matrixOf(band([[0.3], [0.75], ["Avviato"], [1.1]], THRESHOLDS, SCORES))).toEqual([
      [0],
      [0.75],
      [{ error: "#VALUE!", message: "riga 3: raggiungimento: 'Avviato' è una milestone, non un numero." }],
      [1],
    ]);
  });

  it.each([
    ["thresholds that do not rise", [[0.6], [0.6]], [[0], [1]], "Fasce non valide: le soglie devono crescere, ma la 2ª fascia parte da 60% dopo 60%."],
    ["fewer scores than thresholds", THRESHOLDS, [[0], [1]], "soglie e punteggi devono avere lo stesso numero di celle: 3 soglie, 2 punteggi."],
    ["a score that is a word other than «proporzionale»", THRESHOLDS, [[0], ["metà"], [1]], "punteggi (2ª fascia): "],
  ])("refuses %s with #VALUE! and an Italian message", (_case, thresholds, scores, message) => {
    const error = errorOf(band(0.7, thresholds, scores));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(message);
  });
});
