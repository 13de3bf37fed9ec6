/**
 * PERF.RAGGIUNGIMENTO and PERF.STATO as Excel calls them: linear and baseline forms, cap and
 * threshold, milestones, decreasing targets, ranges, and bad arguments as Excel errors.
 */
import { callAsExcel, errorOf, useBuiltFunctions, matrixOf, OMITTED, singleValue } from "./builtFunctions";

const loaded = useBuiltFunctions();

const achievement = (...args: unknown[]) => callAsExcel(loaded, "RAGGIUNGIMENTO", ...args);
const status = (...args: unknown[]) => callAsExcel(loaded, "STATO", ...args);

describe("PERF.RAGGIUNGIMENTO", () => {
  it.each([
    ["result over target, capped at 100%", [56, 32], 1],
    ["result under target: result / target", [16, 32], 0.5],
    ["percent texts", ["44%", "88,00%"], 0.5],
    ["decrescente with negative targets, capped", ["-2,13%", "-2,00%", "decrescente"], 1],
    ["decrescente, worse than target", ["-1,00%", "-2,00%", "decrescente"], 0.5],
    ["a bound reached", ["6 eventi", "Realizzazione di almeno 4 eventi"], 1],
    ["a bound missed", ["606", "risoluzione di almeno 10.000 posizioni che presentano dati incongruenti"], 0.0606],
    ["from a baseline", [50, 100, OMITTED, 40], 10 / 60],
    ["a milestone started as required", ["Avviato", "Avvio del servizio"], 1],
    ["a milestone done as required", ["sì", "sì", "milestone"], 1],
    ["a milestone not done", ["no", "sì"], 0],
    ["a deadline met («Realizzato il …» against «Entro il …»)", ["Realizzato il 29/01/2024", "Entro il 31/01/2024"], 1],
    ["a deadline missed («Realizzato il …» against «Entro il …»)", ["Realizzato il 15/05/2024", "Entro il 30/04/2024"], 0],
    ["a cap of 120% written as text", [56, 32, OMITTED, OMITTED, "120%"], 1.2],
    ["a cap of 120% from a cell formatted as %", [56, 32, OMITTED, OMITTED, 1.2], 1.2],
    ["below the threshold: 0", [30, 100, OMITTED, OMITTED, OMITTED, "50%"], 0],
    ["at the threshold: counted", [50, 100, OMITTED, OMITTED, OMITTED, 0.5], 0.5],
    ["blank optional cells keep the defaults", [56, 32, "", "", "", ""], 1],
    ["the ratio method, decrescente: target 10, result 15 (Perform+)", [15, 10, "decrescente", OMITTED, OMITTED, OMITTED, "rapporto"], 10 / 15],
    ["the linear method, decrescente: target 10, result 15", [15, 10, "decrescente", OMITTED, OMITTED, OMITTED, "lineare"], 0.5],
    ["the linear method ignores a baseline given", [50, 100, OMITTED, 40, OMITTED, OMITTED, "lineare"], 0.5],
    ["the baseline method, in English and any case", [50, 100, OMITTED, 40, OMITTED, OMITTED, "Baseline"], 10 / 60],
    ["the ratio method, ratio in English", [60, 80, OMITTED, OMITTED, OMITTED, OMITTED, "ratio"], 0.75],
  ])("computes %s", (_label, args, expected) => {
    expect(singleValue(achievement(...args))).toBeCloseTo(expected, 10);
  });

  it("answers a range of results with a range of achievements", () => {
    expect(matrixOf(achievement([[16], [32], [64]], 32))).toEqual([[0.5], [1], [1]]);
  });

  it("applies one cap per row from a range", () => {
    expect(matrixOf(achievement([[64], [64]], 32, OMITTED, OMITTED, [[1], [1.5]]))).toEqual([[1], [1.5]]);
  });

  it.each([
    ["a text that is no number", ["abc", 32], "#VALUE!", /^risultato: /],
    ["a logical value as target", [56, true], "#VALUE!", /^target: .*VERO/],
    ["a cap that is no number", [56, 32, OMITTED, OMITTED, "abc"], "#VALUE!", /^tetto: /],
    ["a cap of 0", [56, 32, OMITTED, OMITTED, 0], "#VALUE!", /tetto/],
    ["a threshold that is a milestone", [56, 32, OMITTED, OMITTED, OMITTED, "Avviato"], "#VALUE!", /^soglia: 'Avviato' è una milestone/],
    ["a baseline that is no number", [50, 100, OMITTED, "abc"], "#VALUE!", /^baseline: /],
    ["an unknown polarity", [50, 100, "su"], "#VALUE!", /^polarità: 'su'/],
    ["a milestone against a number", ["Avviato", "100,00%"], "#VALUE!", /non si possono confrontare/],
    ["ranges that cannot pair", [[[1, 2]], [[1, 2, 3]]], "#VALUE!", /dimensioni diverse/],
    ["a placeholder result", ["//", 32], "#N/A", /non ancora disponibile/],
    ["a placeholder target", [32, "-----"], "#N/A", /Target non definito/],
    ["an unknown method", [15, 10, OMITTED, OMITTED, OMITTED, OMITTED, "proporzionale"], "#VALUE!", /^metodo: 'proporzionale' sconosciuto; usa lineare, rapporto o baseline\./],
  ])("refuses %s", (_label, args, code, message) => {
    const error = errorOf(achievement(...args));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe("PERF.STATO", () => {
  it.each([
    [[56, 32], "Raggiunto"],
    [[32, 32], "Raggiunto"],
    [[16, 32], "Parzialmente raggiunto"],
    // Below 50%, the profile's default «parziale» threshold, as the Riepilogo and scostamento-critico say.
    [[10, 32], "Non raggiunto"],
    [[10, 32, OMITTED, 0], "Parzialmente raggiunto"],
    [[0, 32], "Non raggiunto"],
    [[16, 32, OMITTED, "60%"], "Non raggiunto"],
    [[16, 32, OMITTED, 0.4], "Parzialmente raggiunto"],
    [["-2,13%", "-2,00%", "decrescente"], "Raggiunto"],
    [["Avviato", "Avvio del servizio"], "Raggiunto"],
    [["no", "sì"], "Non raggiunto"],
    [["-", 32], "Non valutabile"],
    [["//", "//"], "Non valutabile"],
    [[null, 32], "Non valutabile"],
    // A body's «Raggiunto» from 95% (stati.raggiunto), as the Riepilogo says under that profile.
    [[96, 100, OMITTED, OMITTED, "95%"], "Raggiunto"],
    [[94, 100, OMITTED, OMITTED, 0.95], "Parzialmente raggiunto"],
    // Target 10, result 15, decreasing, «parziale» from 60%: linear 50% is not reached, the ratio's 66,67% is partly.
    [[15, 10, "decrescente", "60%"], "Non raggiunto"],
    [[15, 10, "decrescente", "60%", OMITTED, "rapporto"], "Parzialmente raggiunto"],
  ])("reports %j as %s", (args, expected) => {
    expect(singleValue(status(...args))).toBe(expected);
  });

  it("reports a column of states for a column of results", () => {
    expect(matrixOf(status([[56], [16], ["-"]], 32))).toEqual([["Raggiunto"], ["Parzialmente raggiunto"], ["Non valutabile"]]);
  });

  it.each([
    ["a typing error, which must not pass for non valutabile", ["abc", 32], /^risultato: /],
    ["a logical value", [true, 32], /VERO/],
    ["an unknown polarity", [16, 32, "boh"], /^polarità: /],
    ["a threshold that is no number", [16, 32, OMITTED, "abc"], /^soglia: /],
    ["«raggiunto» at 0", [16, 32, OMITTED, OMITTED, 0], /^raggiunto: deve essere un grado maggiore di 0/],
    ["an unknown method", [16, 32, OMITTED, OMITTED, OMITTED, "media"], /^metodo: 'media' sconosciuto/],
    ["euro against a percentage", ["€ 5", "5%"], /euro/],
  ])("gives #VALUE! for %s", (_label, args, message) => {
    const error = errorOf(status(...args));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(message);
  });
});
