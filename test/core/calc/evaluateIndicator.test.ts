import { evaluateIndicator as evaluateIndicatorExplained, type IndicatorInput } from "../../../src/core/calc/evaluateIndicator";
import type { CalcFailureCode } from "../../../src/core/calc/calcTypes";
import type { CellValue, Comparator, MilestoneState, QuantityUnit } from "../../../src/core/values/valueTypes";
import { quantityOf, seedIndicator } from "./seedPlan";
import { withExplanation } from "../../../src/core/calc/calcOutcome";
import type { Polarity } from "../../../src/core/plan/polarity";

/** evaluateIndicator with its explanation written, as the assertions below compare it. */
const evaluateIndicator = (...args: Parameters<typeof evaluateIndicatorExplained>) => withExplanation(evaluateIndicatorExplained(...args));

// Cell values built by hand, as the reader would return them; calc tests do not depend on the reader.
const quantity = (value: number, unit: QuantityUnit, text: string): CellValue => ({ kind: "quantity", value, unit, text });
const bound = (comparator: Comparator, value: number, unit: QuantityUnit, text: string): CellValue => ({ kind: "threshold", comparator, value, unit, text });
const milestone = (state: MilestoneState, text: string): CellValue => ({ kind: "milestone", state, text });
const placeholder = (text: string): CellValue => ({ kind: "placeholder", text });
const unreadable = (text: string, message: string): CellValue => ({ kind: "failure", code: "ambiguous", message, text });

describe("evaluateIndicator: two numbers", () => {
  it("evaluates 1.1 ind. 1 from the seed: 56 against 32", () => {
    const indicator = seedIndicator("1.1", 1);
    const outcome = evaluateIndicator({ result: quantityOf(indicator.resultText), target: quantityOf(indicator.target30_6Text), polarity: "increasing" });
    expect(outcome).toEqual({
      ok: true,
      value: { achievement: 1, deviation: 24, relativeDeviation: 0.75, unit: "number", polarity: "increasing" },
      explanation:
        "scostamento 56 - 32 = +24 (crescente: risultato - target), pari a +75% del target; raggiungimento 1 + (56 - 32) / 32 = 175%, limitato al 100%",
    });
  });

  it("evaluates 2.2 ind. 1, a reduction: -2,13% against -2,00% is +0,13%", () => {
    const outcome = evaluateIndicator({ result: quantity(-0.0213, "percent", "-2,13%"), target: quantity(-0.02, "percent", "-2,00%"), polarity: "decreasing" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 1, deviation: 0.0013, relativeDeviation: 0.065, unit: "percent", polarity: "decreasing" } });
    expect(outcome.ok && outcome.explanation).toContain("-2% - (-2,13%) = +0,13% (decrescente: target - risultato)");
  });

  it("evaluates STRAT ind. 3 in euro: € 6.190.000 against € 1.800.000", () => {
    const indicator = seedIndicator("STRAT", 3);
    const outcome = evaluateIndicator({ result: quantityOf(indicator.resultText), target: quantityOf(indicator.target30_6Text), polarity: "increasing" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 1, deviation: 4390000, unit: "euro" } });
    expect(outcome.ok && outcome.explanation).toContain("€ 6.190.000,00 - € 1.800.000,00 = € +4.390.000,00");
  });

  it("evaluates AS ind. 1: 36 against 20 is +16", () => {
    const outcome = evaluateIndicator({ result: quantity(36, "number", "36"), target: quantity(20, "number", "20"), polarity: "increasing" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 1, deviation: 16, relativeDeviation: 0.8 } });
  });

  it("leaves out the relative deviation when the target is 0, and still evaluates", () => {
    const outcome = evaluateIndicator({ result: quantity(3, "number", "3"), target: quantity(0, "number", "0"), polarity: "increasing" });
    expect(outcome).toEqual({
      ok: true,
      value: { achievement: 1, deviation: 3, unit: "number", polarity: "increasing" },
      explanation: "scostamento 3 - 0 = +3 (crescente: risultato - target); raggiungimento target 0: il risultato 3 non è sotto lo zero (crescente), quindi 100%",
    });
  });

  it("passes options on: a cap of 120%", () => {
    const outcome = evaluateIndicator({ result: quantity(56, "number", "56"), target: quantity(32, "number", "32"), polarity: "increasing" }, { cap: 1.2 });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 1.2 } });
  });
});

describe("evaluateIndicator: bounds in the target", () => {
  const atLeast10000 = bound("atLeast", 10000, "number", "risoluzione di almeno 10.000 posizioni che presentano dati incongruenti");

  it("evaluates 2.2 ind. 2: 606 against 'almeno 10.000' is -9.394, about 6,06%", () => {
    const outcome = evaluateIndicator({ result: quantity(606, "number", "606"), target: atLeast10000, polarity: "increasing" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 0.0606, deviation: -9394, polarity: "increasing" } });
    expect(outcome.ok && outcome.explanation).toContain("raggiungimento 1 + (606 - 10.000) / 10.000 = 6,06%");
  });

  it("lets 'almeno' win over a decrescente polarity, and says so", () => {
    const outcome = evaluateIndicator({ result: quantity(606, "number", "606"), target: atLeast10000, polarity: "decreasing" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 0.0606, deviation: -9394, polarity: "increasing" } });
    expect(outcome.ok && outcome.explanation).toContain(
      "il target 'risoluzione di almeno 10.000 posizioni che presentano dati incongruenti' indica un indicatore crescente, che prevale sulla polarità decrescente indicata",
    );
  });

  it("lets 'non oltre' win over a crescente polarity", () => {
    const outcome = evaluateIndicator({ result: quantity(12, "number", "12 giorni"), target: bound("atMost", 10, "number", "non oltre 10 giorni"), polarity: "increasing" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 0.8, deviation: -2, polarity: "decreasing" } });
    expect(outcome.ok && outcome.explanation).toContain("che prevale sulla polarità crescente indicata");
  });

  it("adds no remark when the polarity agrees with the bound", () => {
    const outcome = evaluateIndicator({ result: quantity(6, "number", "6 eventi"), target: bound("atLeast", 4, "number", "Realizzazione di almeno 4 eventi"), polarity: "increasing" });
    expect(outcome.ok && outcome.explanation).not.toContain("prevale");
  });

  it("uses a baseline written as a bound: 'almeno 3.000' as the starting point", () => {
    const outcome = evaluateIndicator({
      result: quantity(6500, "number", "6.500"),
      target: atLeast10000,
      polarity: "increasing",
      baseline: bound("atLeast", 3000, "number", "risoluzione di almeno 3.000 posizioni"),
    });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 0.5 } });
    expect(outcome.ok && outcome.explanation).toContain("(6.500 - 3.000) / (10.000 - 3.000) = 50%");
  });
});

describe("evaluateIndicator: milestones", () => {
  it("evaluates 2.1 ind. 1: 'Avviato' against 'Avvio del servizio'", () => {
    const outcome = evaluateIndicator({ result: milestone("started", "Avviato"), target: milestone("started", "Avvio del servizio"), polarity: "milestone" });
    expect(outcome).toEqual({
      ok: true,
      value: { achievement: 1, polarity: "milestone" },
      explanation: "obiettivo raggiunto: 'Avviato' soddisfa 'Avvio del servizio', quindi 100%",
    });
  });

  it("gives partial credit to a started action where done is required, when asked", () => {
    const outcome = evaluateIndicator({ result: milestone("started", "Avvio attività"), target: milestone("done", "riorganizzazione"), polarity: "milestone" }, { milestonePartial: 0.25 });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 0.25 } });
  });

  it.each<[string, number, CellValue, number, number]>([
    ["720 meets 700", 720, quantity(700, "number", "700 posizioni"), 1, 20],
    ["606 misses 'almeno 10.000'", 606, bound("atLeast", 10000, "number", "almeno 10.000"), 0, -9394],
    ["300 misses 'più di 300' (strict)", 300, bound("moreThan", 300, "number", "più di 300"), 0, 0],
    ["8 meets 'non oltre 10'", 8, bound("atMost", 10, "number", "non oltre 10 giorni"), 1, 2],
  ])("with polarity milestone and numbers: %s", (_label, result, target, achievement, deviation) => {
    const outcome = evaluateIndicator({ result: quantity(result, "number", String(result)), target, polarity: "milestone" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement, deviation, polarity: "milestone" } });
  });
});

describe("evaluateIndicator: «nessun …», none of something, against a number", () => {
  const none = (text: string, what: string): CellValue => ({ kind: "milestone", state: "done", text, none: what });

  it.each<[string, CellValue, CellValue, number, number]>([
    ["2 reclami miss the target «nessun reclamo»", quantity(2, "number", "2 reclami"), none("nessun reclamo", "reclamo"), 0, -2],
    ["0 meets the target «nessun contenzioso»", quantity(0, "number", "0"), none("nessun contenzioso", "contenzioso"), 1, 0],
    ["the result «nessun reclamo» meets «non oltre 5 reclami»", none("nessun reclamo", "reclamo"), bound("atMost", 5, "number", "non oltre 5 reclami"), 1, 5],
    ["the result «nessun ritardo» meets 0 ritardi", none("nessun ritardo", "ritardo"), quantity(0, "number", "0 ritardi"), 1, 0],
  ])("counts it as 0: %s", (_label, result, target, achievement, deviation) => {
    const outcome = evaluateIndicator({ result, target, polarity: "decreasing" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement, deviation } });
  });

  it("compares it as a milestone with another milestone", () => {
    const outcome = evaluateIndicator({ result: none("nessuna segnalazione", "segnalazione"), target: milestone("done", "Monitoraggio trimestrale"), polarity: "milestone" });
    expect(outcome).toMatchObject({ ok: true, value: { achievement: 1, polarity: "milestone" } });
  });

  it("leaves a milestone that does not say none apart from numbers", () => {
    expect(evaluateIndicator({ result: milestone("done", "Realizzato"), target: quantity(0, "number", "0"), polarity: "decreasing" })).toMatchObject({ ok: false, code: "incompatible" });
  });
});

describe("evaluateIndicator: dates in a milestone indicator (a deadline, the day it was done)", () => {
  /** A date cell, as the reader leaves it: a value it could not read, whose reason says it is a date. */
  const date = (shown: string): CellValue => ({ kind: "failure", code: "unreadable", message: `La cella contiene una data (${shown}).`, text: shown, reason: { kind: "date", shown } });

  it.each<[string, CellValue, CellValue, number, string]>([
    ["done before the deadline", date("29/01/2024"), date("31/01/2024"), 1, "obiettivo raggiunto nei tempi: realizzato il 29/1/2024, entro la scadenza 31/1/2024, quindi 100%"],
    ["done on the deadline", date("31/01/2024"), date("31/01/2024"), 1, "obiettivo raggiunto nei tempi: realizzato il 31/1/2024, entro la scadenza 31/1/2024, quindi 100%"],
    ["done after the deadline", date("15/05/2024"), date("30/04/2024"), 0, "obiettivo non raggiunto nei tempi: realizzato il 15/5/2024, oltre la scadenza 30/4/2024, quindi 0%"],
    ["a date typed as text, after a deadline in words", { kind: "failure", code: "unreadable", message: "solo date", text: "15/10/2024", reason: { kind: "onlyReferences" } }, milestone("done", "Entro il 30/09/2024"), 0, "obiettivo non raggiunto nei tempi: realizzato il 15/10/2024, oltre la scadenza 30/9/2024 del target 'Entro il 30/09/2024', quindi 0%"],
    ["the day a milestone with no deadline was done", date("10/01/2025"), milestone("done", "Adozione del regolamento"), 1, "obiettivo raggiunto: '10/01/2025' soddisfa 'Adozione del regolamento', quindi 100%"],
    ["a deadline met by a result without a date", milestone("done", "Realizzato"), date("30/06/2024"), 1, "obiettivo raggiunto: 'Realizzato' soddisfa '30/06/2024', quindi 100%"],
    ["a deadline not met", milestone("notDone", "No"), date("30/06/2024"), 0, "obiettivo non raggiunto: 'No' non soddisfa '30/06/2024', quindi 0%"],
  ])("%s", (_case, result, target, achievement, explanation) => {
    expect(evaluateIndicator({ result, target, polarity: "milestone" })).toEqual({ ok: true, value: { achievement, polarity: "milestone" }, explanation });
  });

  it("waits for the result when the deadline has none yet", () => {
    expect(evaluateIndicator({ result: placeholder("//"), target: date("30/06/2024"), polarity: "milestone" })).toMatchObject({ ok: false, code: "notEvaluable" });
  });

  it.each<[string, IndicatorInput]>([
    ["in an increasing indicator", { result: date("29/01/2024"), target: date("31/01/2024"), polarity: "increasing" }],
    ["against a number (Excel may have turned «3/4» into a date)", { result: quantity(0.6, "percent", "60%"), target: date("03/04/2024"), polarity: "milestone" }],
    ["as a result against a bound", { result: date("03/04/2024"), target: bound("atLeast", 0.5, "percent", "almeno 50%"), polarity: "milestone" }],
    ["without its year", { result: date("29/1"), target: date("31/01/2024"), polarity: "milestone" }],
  ])("leaves a date unreadable %s", (_case, input) => {
    expect(evaluateIndicator(input)).toMatchObject({ ok: false, code: "invalidArgument" });
  });
});

describe("evaluateIndicator: what cannot be evaluated says why", () => {
  const hundred = quantity(1, "percent", "100,00%");
  it.each<[string, IndicatorInput, CalcFailureCode, string]>([
    ["3.5 ind. 2: a result not yet there ('//')", { result: placeholder("//"), target: quantity(3, "number", "3 persone formate"), polarity: "increasing" }, "notEvaluable", "Risultato non ancora disponibile ('//')."],
    ["a blank result", { result: placeholder(""), target: hundred, polarity: "increasing" }, "notEvaluable", "Risultato non ancora disponibile (cella vuota)."],
    ["3.6 at 30/6: a target not set ('-----')", { result: placeholder("//"), target: placeholder("-----"), polarity: "increasing" }, "notEvaluable", "Risultato non ancora disponibile ('//')."],
    ["a target not set", { result: hundred, target: placeholder("-----"), polarity: "increasing" }, "notEvaluable", "Target non definito ('-----')."],
    [
      "STRAT ind. 4: an ambiguous result, quoting the reader",
      { result: unreadable("2301 iscritti ... 1361 partecipanti", "Il testo contiene due numeri (2301 e 1361): quale è il risultato?"), target: quantity(500, "number", "500"), polarity: "increasing" },
      "invalidArgument",
      "Risultato non leggibile ('2301 iscritti ... 1361 partecipanti'): Il testo contiene due numeri (2301 e 1361): quale è il risultato?",
    ],
    [
      "an unreadable target, even when the result is a placeholder",
      { result: placeholder("//"), target: unreadable("#DIV/0!", "Errore di Excel #DIV/0! nella cella."), polarity: "increasing" },
      "invalidArgument",
      "Target non leggibile ('#DIV/0!'): Errore di Excel #DIV/0! nella cella.",
    ],
    [
      "an unreadable baseline",
      { result: hundred, target: hundred, polarity: "increasing", baseline: unreadable("7,00 %%", "Testo non riconosciuto.") },
      "invalidArgument",
      "Base non leggibile ('7,00 %%'): Testo non riconosciuto.",
    ],
    [
      "3.3 ind. 1 at 31/12: 'Avvio' against '100,00%'",
      { result: milestone("started", "Avvio"), target: hundred, polarity: "increasing" },
      "incompatible",
      "Il risultato 'Avvio' è una milestone, il target '100,00%' è una percentuale: non si possono confrontare.",
    ],
    [
      "a number against a milestone",
      { result: hundred, target: milestone("done", "sì"), polarity: "milestone" },
      "incompatible",
      "Il risultato '100,00%' è una percentuale, il target 'sì' è una milestone: non si possono confrontare.",
    ],
    [
      "a milestone against a bound",
      { result: milestone("started", "Avvio"), target: bound("atLeast", 300, "number", "Rilascio di almeno 300 dispositivi"), polarity: "increasing" },
      "incompatible",
      "Il risultato 'Avvio' è una milestone, il target 'Rilascio di almeno 300 dispositivi' è un limite numerico: non si possono confrontare.",
    ],
    [
      "a bound as a result",
      { result: bound("atLeast", 300, "number", "almeno 300"), target: quantity(300, "number", "300"), polarity: "increasing" },
      "incompatible",
      "Il risultato 'almeno 300' è un limite, non un valore raggiunto: indicare il valore misurato.",
    ],
    [
      "a plain number against a percentage",
      { result: quantity(0.5037, "number", "0,5037"), target: quantity(0.45, "percent", "45,00%"), polarity: "increasing" },
      "incompatible",
      "Unità diverse: il risultato '0,5037' è un numero, il target '45,00%' è una percentuale; non si possono confrontare.",
    ],
    [
      "a baseline in another unit",
      { result: quantity(720, "number", "720"), target: quantity(700, "number", "700"), polarity: "increasing", baseline: quantity(0.1, "percent", "10%") },
      "incompatible",
      "Unità diverse: la base '10%' è una percentuale, il risultato '720' è un numero; non si possono confrontare.",
    ],
    ["an unknown polarity", { result: hundred, target: hundred, polarity: "su" as Polarity }, "invalidArgument", "Polarità 'su' sconosciuta: usare crescente, decrescente o milestone."],
    ["a raw number instead of a read value", { result: 56 as unknown as CellValue, target: hundred, polarity: "increasing" }, "invalidArgument", "Risultato non valido: atteso un valore letto da una cella, non number."],
  ])("%s", (_label, input, code, message) => {
    expect(evaluateIndicator(input)).toEqual({ ok: false, code, message });
  });
});

describe("evaluateIndicator: baselines that are not numbers", () => {
  const result = quantity(0.8955, "percent", "89,55%");
  const target = quantity(0.88, "percent", "88,00%");

  it("ignores a placeholder baseline ('//') without remark", () => {
    const outcome = evaluateIndicator({ result, target, polarity: "increasing", baseline: placeholder("//") });
    expect(outcome.ok && outcome.explanation).toContain("raggiungimento 1 + (89,55% - 88%) / 88%");
    expect(outcome.ok && outcome.explanation).not.toContain("base");
  });

  it("does not use a milestone baseline ('Nuova attività') and says so", () => {
    const outcome = evaluateIndicator({ result, target, polarity: "increasing", baseline: milestone("notDone", "Nuova attività") });
    expect(outcome.ok && outcome.explanation).toMatch(/; base 'Nuova attività' non numerica: non usata$/);
  });

  it("uses a numeric baseline (STRAT ind. 1: from 7% to 88%)", () => {
    const outcome = evaluateIndicator({ result, target, polarity: "increasing", baseline: quantity(0.07, "percent", "7,00%") }, { cap: 1.5 });
    expect(outcome.ok && outcome.value.achievement).toBeCloseTo((0.8955 - 0.07) / (0.88 - 0.07), 12);
  });
});
