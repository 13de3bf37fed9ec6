/**
 * PERF.SCOSTAMENTO and PERF.SCOSTAMENTO.PERC as Excel calls them from the built functions.js:
 * numbers, Italian texts, polarity words, ranges and broadcasting, and every kind of bad
 * argument turned into #VALUE!, #N/A or #DIV/0! with an Italian message.
 */
import { callAsExcel, errorOf, useBuiltFunctions, matrixOf, singleValue } from "./builtFunctions";

const loaded = useBuiltFunctions();

const deviation = (...args: unknown[]) => callAsExcel(loaded, "SCOSTAMENTO", ...args);
const relative = (...args: unknown[]) => callAsExcel(loaded, "SCOSTAMENTO.PERC", ...args);

describe("PERF.SCOSTAMENTO", () => {
  it.each([
    ["numbers", [56, 32], 24],
    ["numbers below target", [20, 32], -12],
    ["Italian numbers with thousands", ["1.800.000,00", "1.500.000,00"], 300000],
    ["percentages written as text, as fractions", ["89,55%", "88,00%"], 0.0155],
    ["a percentage text against a cell formatted as %", ["89,55%", 0.88], 0.0155],
    ["a cell formatted as % against a percentage text", [0.8955, "88%"], 0.0155],
    ["euro amounts", ["€ 6.190.000,00", "€ 1.800.000,00"], 4390000],
    ["counts with their unit", ["2.870 campioni", "2.500 campioni"], 370],
    ["a bound as target", ["6 eventi", "Realizzazione di almeno 4 eventi"], 2],
    ["decrescente: target - result", ["-2,13%", "-2,00%", "decrescente"], 0.0013],
    ["decrescente with positive numbers", [30, 32, "decrescente"], 2],
  ])("computes %s", (_label, args, expected) => {
    expect(singleValue(deviation(...args))).toBeCloseTo(expected, 10);
  });

  it.each([
    ["crescente", -2],
    ["Crescente", -2],
    ["increasing", -2],
    ["INCREASING", -2],
    ["", -2],
    ["decrescente", 2],
    ["DECRESCENTE", 2],
    ["Décrescente", 2],
    ["  decrescente ", 2],
    ["decreasing", 2],
  ])("reads the polarity %j", (polarity, expected) => {
    expect(singleValue(deviation(30, 32, polarity))).toBe(expected);
  });

  it("takes crescente when the polarity is omitted (Excel passes null)", () => {
    expect(singleValue(deviation(30, 32))).toBe(-2);
  });

  it("takes crescente when the polarity is omitted and passed as undefined", () => {
    const fn = loaded.runtime.associations.find((item) => item.id === "SCOSTAMENTO")?.fn as (...args: unknown[]) => unknown;
    expect(fn([[30]], [[32]])).toEqual([[-2]]);
  });

  it("answers a column of results with a column of deviations against one target", () => {
    expect(matrixOf(deviation([[56], [85], [20]], 32))).toEqual([[24], [53], [-12]]);
  });

  it("pairs a row of results with a column of targets, as Excel broadcasts", () => {
    expect(matrixOf(deviation([[1, 2, 3]], [[1], [2]]))).toEqual([
      [0, 1, 2],
      [-1, 0, 1],
    ]);
  });

  it("takes one polarity per row from a range", () => {
    expect(matrixOf(deviation([[30], [30]], [[32], [32]], [["crescente"], ["decrescente"]]))).toEqual([[-2], [2]]);
  });

  it("keeps a bad cell's error in its own cell, saying which row", () => {
    expect(matrixOf(deviation([[56], ["abc"], ["-"]], 32))).toEqual([
      [24],
      [{ error: "#VALUE!", message: expect.stringMatching(/^riga 2: risultato: .*abc/) }],
      [{ error: "#N/A", message: expect.stringMatching(/^riga 3: .*'-'/) }],
    ]);
  });

  it.each([
    ["a text that is no number", ["abc", 32], "#VALUE!", /^risultato: .*"abc"/],
    ["a target that is no number", [32, "abc"], "#VALUE!", /^target: .*"abc"/],
    ["the logical value TRUE", [true, 32], "#VALUE!", /^risultato: .*VERO/],
    ["the logical value FALSE", [56, false], "#VALUE!", /^target: .*FALSO/],
    ["an Excel error written as text", ["#DIV/0!", 32], "#VALUE!", /#DIV\/0!/],
    ["an Italian Excel error written as text", [56, "#N/D"], "#VALUE!", /#N\/D/],
    ["NaN", [Number.NaN, 32], "#VALUE!", /^risultato: .*NaN/],
    ["an infinite number", [Number.POSITIVE_INFINITY, 32], "#VALUE!", /^risultato: /],
    ["an object", [{}, 32], "#VALUE!", /^risultato: .*non supportato/],
    ["a text with several numbers", ["2301 iscritti e 1361 partecipanti", 500], "#VALUE!", /più quantità/],
    ["an unknown polarity", [30, 32, "alta"], "#VALUE!", /^polarità: 'alta' sconosciuta; usa crescente, decrescente o milestone/],
    ["a number as polarity", [30, 32, 1], "#VALUE!", /^polarità: 1 /],
    ["a logical value as polarity", [30, 32, true], "#VALUE!", /^polarità: VERO /],
    ["euro against a percentage", ["€ 100", "50%"], "#VALUE!", /euro.*percentuale/],
    ["a bound as result", ["almeno 4 eventi", 3], "#VALUE!", /limite/],
    ["ranges that cannot pair", [[[1], [2], [3]], [[1], [2]]], "#VALUE!", /dimensioni diverse: risultato 3×1, target 2×1/],
    ["an empty range", [[], 32], "#VALUE!", /^risultato: l'intervallo è vuoto/],
    ["a range of empty rows", [[[]], 32], "#VALUE!", /^risultato: l'intervallo è vuoto/],
    ["a ragged range", [[[1, 2], [3]], 32], "#VALUE!", /^risultato: le righe dell'intervallo hanno lunghezze diverse/],
    ["a placeholder result", ["-", 32], "#N/A", /Risultato non ancora disponibile \('-'\)/],
    ["a placeholder target", [56, "//"], "#N/A", /Target non definito \('\/\/'\)/],
    ["an empty result cell", [null, 32], "#N/A", /Risultato non ancora disponibile/],
    ["an empty text result", ["", 32], "#N/A", /Risultato non ancora disponibile/],
    ["milestones, which have no deviation", ["Avviato", "Avvio del servizio"], "#N/A", /milestone: usa PERF\.RAGGIUNGIMENTO/],
  ])("refuses %s", (_label, args, code, message) => {
    const error = errorOf(deviation(...args));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe("PERF.SCOSTAMENTO.PERC", () => {
  it.each([
    ["crescente, over the target", [56, 32], 0.75],
    ["percent texts", ["50,37%", "45,00%"], 0.537 / 4.5],
    ["decrescente, over |target|", ["-2,13%", "-2,00%", "decrescente"], 0.065],
    ["below the target", [20, 40], -0.5],
  ])("computes %s", (_label, args, expected) => {
    expect(singleValue(relative(...args))).toBeCloseTo(expected, 10);
  });

  it("answers a range with a range", () => {
    expect(matrixOf(relative([[56], [16]], 32))).toEqual([[0.75], [-0.5]]);
  });

  it("gives #DIV/0! (which carries no message in Excel) when the target is 0", () => {
    expect(errorOf(relative(5, 0))).toEqual({ code: "#DIV/0!", message: undefined });
  });

  it.each([
    ["a text that is no number", ["abc", 32], "#VALUE!"],
    ["a placeholder", ["//", 32], "#N/A"],
    ["milestones", ["sì", "sì"], "#N/A"],
  ])("refuses %s", (_label, args, code) => {
    expect(errorOf(relative(...args)).code).toBe(code);
  });
});
