/**
 * Clear wording end to end (issue 13): every catalogue has the same keys in both languages; a
 * single weight is not worded as a sum; the formula goes in the detail («come è calcolato»), not
 * in the message; every number is written with the language's separators and one minus sign;
 * an English message holds no Italian words of ours (only the plan's own texts stay as written).
 */
import fc from "fast-check";
import { ENGLISH } from "../../../src/core/wording/english";
import { ITALIAN } from "../../../src/core/wording/italian";
import { ITALIAN_CALC_WORDS } from "../../../src/core/wording/calcWords";
import { ENGLISH_CALC_WORDS } from "../../../src/core/wording/calcWordsEnglish";
import { MESSAGE_KEYS, MESSAGE_PARAMETERS, type MessageKey, type MessageParams, type ParamSpec } from "../../../src/core/wording/messageParameters";
import { renderMessage, ruleName } from "../../../src/core/wording/renderMessage";
import { computeDeviation } from "../../../src/core/calc/computeDeviation";
import { computeAchievement } from "../../../src/core/calc/computeAchievement";
import { italianMarkersIn, planTextsOf } from "../../support/italianMarkers";
import { readCellValue } from "../../../src/core/values/readCellValue";
import { readerReasonText } from "../../../src/core/wording/readerWords";
import { evaluateIndicator, incompatibilityText } from "../../../src/core/calc/evaluateIndicator";

describe("the catalogues have every key in both languages", () => {
  it.each<[string, object, object]>([
    ["the messages", ITALIAN.messages, ENGLISH.messages],
    ["the rules' descriptions", ITALIAN.rules, ENGLISH.rules],
    ["the rules' plain names", ITALIAN.ruleNames, ENGLISH.ruleNames],
    ["the Anomalie sheet's severities", ITALIAN.anomaliesSheet.severity, ENGLISH.anomaliesSheet.severity],
    ["the standard phrases", ITALIAN.phrases, ENGLISH.phrases],
    ["the explanations' words", ITALIAN_CALC_WORDS, ENGLISH_CALC_WORDS],
  ])("%s", (_what, italian, english) => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(italian).sort());
  });

  it("gives each message the same parts in both languages: a suggestion and a detail in one, in the other too", () => {
    for (const key of MESSAGE_KEYS) {
      const parts = (entry: object) => ["suggestion", "detail"].filter((part) => part in entry);
      expect({ key, parts: parts(ENGLISH.messages[key]) }).toEqual({ key, parts: parts(ITALIAN.messages[key]) });
    }
  });

  it("names the Anomalie sheet's nine columns in both languages", () => {
    expect(ITALIAN.anomaliesSheet.headers).toHaveLength(9);
    expect(ENGLISH.anomaliesSheet.headers).toHaveLength(9);
    expect(ITALIAN.anomaliesSheet.headers[8]).toBe("Come è calcolato");
    expect(ENGLISH.anomaliesSheet.headers[8]).toBe("How it is calculated");
  });

  it.each([
    ["scostamento-critico", "it" as const, "Raggiungimento sotto la soglia critica"],
    ["scostamento-critico", "en" as const, "Achievement below the critical threshold"],
    ["pesi-indicatori", "en" as const, "Sum of the indicator weights"],
    ["una-regola-futura", "en" as const, "una-regola-futura"],
  ])("calls the rule %s in %s «%s»", (id, locale, name) => {
    expect(ruleName(id, locale)).toBe(name);
  });
});

describe("a single weight is not a sum", () => {
  const group = { kind: "managerColumn" as const, manager: "Rossi", column: "Peso" };
  it.each<[string, "it" | "en", { key: MessageKey; params: MessageParams }, string, string | undefined]>([
    [
      "one indicator short of 100%",
      "it",
      { key: "pesi-indicatori.somma", params: { objective: "1.2", weights: [0.9], sum: 0.9, ownShare: null, expected: 1, difference: -0.1, tolerance: 0.001 } },
      "L'unico indicatore dell'obiettivo 1.2 pesa 90%, non 100%: 10 punti percentuali in meno, oltre la tolleranza di 0,1 punti percentuali.",
      undefined,
    ],
    [
      "one indicator short of 100%",
      "en",
      { key: "pesi-indicatori.somma", params: { objective: "1.2", weights: [0.9], sum: 0.9, ownShare: null, expected: 1, difference: -0.1, tolerance: 0.001 } },
      "The only indicator of objective 1.2 weighs 90%, not 100%: 10 percentage points too few, beyond the tolerance of 0.1 percentage points.",
      undefined,
    ],
    [
      "two indicators short of 100%",
      "it",
      { key: "pesi-indicatori.somma", params: { objective: "1.2", weights: [0.75, 0.2], sum: 0.95, ownShare: null, expected: 1, difference: -0.05, tolerance: 0.001 } },
      "I pesi degli indicatori dell'obiettivo 1.2 sommano a 95%, non a 100%: 5 punti percentuali in meno, oltre la tolleranza di 0,1 punti percentuali.",
      "75% + 20% = 95%.",
    ],
    [
      "one indicator rounded",
      "en",
      { key: "pesi-indicatori.arrotondamento", params: { objective: "3.6", weights: [0.9999], sum: 0.9999, expected: 1, difference: -0.0001, tolerance: 0.001 } },
      "The only indicator of objective 3.6 weighs 99.99% instead of 100%: the difference of 0.01 percentage points is within the tolerance of 0.1 percentage points, a rounding and not an error.",
      undefined,
    ],
    [
      "one objective of a manager",
      "it",
      { key: "pesi-obiettivi.somma", params: { group, codes: ["1.1"], weights: [0.9], sum: 0.9, difference: -0.1 } },
      "L'unico peso degli obiettivi di Rossi nella colonna «Peso» (1.1) è 90%, non 100%: 10 punti percentuali in meno.",
      undefined,
    ],
    [
      "one objective of a manager",
      "en",
      { key: "pesi-obiettivi.somma", params: { group, codes: ["1.1"], weights: [0.9], sum: 0.9, difference: -0.1 } },
      "The only weight of the objectives of Rossi in the column “Peso” (1.1) is 90%, not 100%: 10 percentage points too few.",
      undefined,
    ],
    [
      "two objectives of a manager",
      "en",
      { key: "pesi-obiettivi.somma", params: { group, codes: ["1.1", "1.2"], weights: [0.2, 0.5], sum: 0.7, difference: -0.3 } },
      "The weights of the objectives of Rossi in the column “Peso” (1.1, 1.2) add up to 70%, not to 100%: 30 percentage points too few.",
      "20% + 50% = 70%.",
    ],
  ])("words %s in %s", (_case, locale, text, message, detail) => {
    const rendered = renderMessage(text, locale);
    expect(rendered.message).toBe(message);
    expect(rendered.detail).toBe(detail);
  });
});

describe("the formula is how it is calculated, not the message", () => {
  const deviation = computeDeviation(606, 10000, "increasing");
  const achievement = computeAchievement({ result: 606, target: 10000, polarity: "increasing" });
  const explanation = (locale: "it" | "en") => `${deviation.ok ? deviation.explain(locale) : ""}; ${achievement.ok ? achievement.explain(locale) : ""}`;
  const text = {
    key: "scostamento-critico" as const,
    params: {
      indicator: "2",
      objective: "2.2",
      period: "30/6",
      achievement: 0.0606,
      result: { text: "606", figure: { value: 606, unit: "number" as const } },
      target: { text: "almeno 10.000", figure: { value: 10000, unit: "number" as const, comparator: "atLeast" as const } },
      threshold: 0.5,
      explanation: { it: explanation("it"), en: explanation("en") },
    },
  };

  it.each([
    [
      "it" as const,
      "Al 30/6 l'indicatore 2 dell'obiettivo 2.2 è raggiunto al 6,06% (risultato 606, target almeno 10.000), sotto la soglia critica del 50%.",
      "606 - 10.000 = -9.394 (crescente: risultato - target); 1 + (606 - 10.000) / 10.000 = 6,06%.",
    ],
    [
      "en" as const,
      "At 30/6 indicator 2 of objective 2.2 is achieved at 6.06% (result 606, target at least 10,000), below the critical threshold of 50%.",
      "606 - 10,000 = -9,394 (increasing: result - target); 1 + (606 - 10,000) / 10,000 = 6.06%.",
    ],
  ])("in %s", (locale, message, detail) => {
    const rendered = renderMessage(text, locale);
    expect(rendered.message).toBe(message);
    expect(rendered.detail).toBe(detail);
  });

  it.each([
    ["capped", { result: 56, target: 32 }, {}, "1 + (56 - 32) / 32 = 175%, capped at 100%"],
    ["below a threshold", { result: 10, target: 32 }, { threshold: 0.5 }, "1 + (10 - 32) / 32 = 31.25%, below the threshold of 50%: counts 0%"],
    ["from a baseline", { result: 6500, target: 10000, baseline: 3000 }, {}, "(6,500 - 3,000) / (10,000 - 3,000) = 50% (from the baseline to the target)"],
    ["against a target of 0", { result: -1, target: 0 }, {}, "target 0: the result -1 is below zero (increasing), so 0%"],
  ])("explains an achievement %s in English", (_case, figures, options, expected) => {
    const outcome = computeAchievement({ ...figures, polarity: "increasing" }, options);
    expect(outcome.ok && outcome.explain("en")).toBe(expected);
  });
});

/** Letters only: a plan's codes and texts in these properties carry no digits, so every digit is one the catalogue wrote. */
const letters = fc.stringMatching(/^[A-Za-z]{1,8}$/);
const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const unit = fc.constantFrom("number" as const, "percent" as const, "euro" as const);
const figure = fc.record({ value: finite, unit, comparator: fc.constantFrom("atLeast" as const, "atMost" as const) }, { requiredKeys: ["value", "unit"] });
const date = fc.constantFrom("30/6", "31/12");

const KINDS: Record<string, fc.Arbitrary<unknown>> = {
  code: letters,
  text: letters,
  date,
  count: fc.nat({ max: 1e7 }),
  share: finite,
  points: finite,
  figure,
  signed: fc.record({ value: finite, unit }),
  value: fc.record({ text: letters, figure: fc.option(figure, { nil: null }) }),
  shares: fc.array(finite, { maxLength: 4 }),
  codes: fc.array(letters, { maxLength: 3 }),
  candidate: fc.record({ value: finite, unit, label: letters }),
  candidates: fc.array(fc.record({ value: finite, unit, label: letters }), { maxLength: 3 }),
  readings: fc.array(fc.record({ value: finite, unit, deviation: finite }), { maxLength: 3 }),
  notes: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant("ownerFromTitle" as const), objective: letters, address: letters }),
      fc.record({ kind: fc.constant("unnamedColumn" as const), indicator: letters, card: letters, header: letters }),
      fc.record({ kind: fc.constant("contributions" as const), label: letters, row: fc.nat({ max: 1e6 }) }),
      fc.record({ kind: fc.constant("undatedTarget" as const), label: letters, indicator: letters, row: fc.nat({ max: 1e6 }) }),
      fc.record({ kind: fc.constant("cardCode" as const), row: fc.nat({ max: 1e6 }), fromSheet: fc.option(letters, { nil: null }) }),
      fc.record({ kind: fc.constant("percentPoints" as const), headers: fc.array(letters, { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant("unreadColumn" as const), header: letters, instead: letters }),
      fc.record({ kind: fc.constant("unreadColumn" as const), header: letters }),
      fc.record({ kind: fc.constant("unreadColumn" as const), header: letters, instead: letters, laterYear: fc.constant(true as const) }),
      fc.record({ kind: fc.constant("objectiveFromHigher" as const), header: letters }),
      fc.record({ kind: fc.constant("objectiveWeights" as const), header: letters }),
      fc.integer({ min: 1990, max: 2090 }).chain((first) =>
        fc.record({
          kind: fc.constant("placedYears" as const),
          headers: fc.array(letters, { minLength: 1, maxLength: 3 }),
          years: fc.array(fc.integer({ min: first, max: first + 3 }), { minLength: 1, maxLength: 3 }),
          firstYear: fc.constantFrom(`${first}-${first + 2}`, `${first}/${(first + 2) % 100}`, String(first)),
          from: fc.constantFrom("title" as const, "sheetName" as const),
        }),
      ),
      fc.record({
        kind: fc.constant("placedYears" as const),
        headers: fc.array(letters, { minLength: 1, maxLength: 3 }),
        years: fc.array(fc.integer({ min: 1990, max: 2093 }), { minLength: 1, maxLength: 3 }),
        firstYear: fc.integer({ min: 1990, max: 2090 }).map(String),
        from: fc.constant("label" as const),
        label: letters,
      }),
    ),
    { maxLength: 2 },
  ),
  localized: fc.record({ it: letters, en: letters }),
  polarity: fc.constantFrom("increasing" as const, "decreasing" as const, "milestone" as const),
  direction: fc.constantFrom("increasing" as const, "decreasing" as const),
  milestone: fc.constantFrom("notDone" as const, "started" as const, "done" as const),
  role: fc.constantFrom({ kind: "baseline" as const }, { kind: "result" as const, date: "30/6" }, { kind: "managerWeight" as const, column: "Peso", manager: "Rossi" }),
  group: fc.constantFrom({ kind: "indicators" as const, objective: "A" }, { kind: "objectivesByManager" as const, manager: "Rossi" }),
  owner: fc.record({ objective: letters, indicator: fc.option(letters, { nil: null }), ownShare: fc.boolean() }),
  place: fc.record({ sheet: letters, address: letters, row: fc.nat({ max: 1e6 }), sameSheet: fc.boolean() }),
  scaledWeights: fc.array(fc.record({ text: letters, scale: fc.constantFrom("fraction" as const, "percent" as const, "whole" as const) }), { maxLength: 3 }),
  evidence: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant("declaredDeviation" as const), declared: fc.record({ value: finite, unit }), explanation: fc.record({ it: letters, en: letters }) }),
      fc.record({ kind: fc.constant("revision" as const), restated: fc.record({ value: finite, unit }), date }),
    ),
    { maxLength: 2 },
  ),
  gaps: fc.array(fc.constantFrom({ kind: "noTargets" as const }, { kind: "noBaseline" as const }, { kind: "noResultsAt" as const, date: "31/12" }), { maxLength: 3 }),
  flag: fc.boolean(),
};

function arbitraryOf(spec: ParamSpec): fc.Arbitrary<unknown> {
  if (typeof spec !== "string") return fc.constantFrom(...spec);
  const kind = KINDS[spec.replace(/\?$/, "")];
  if (!kind) throw new Error(`no arbitrary for ${spec}`);
  return spec.endsWith("?") ? fc.option(kind, { nil: null }) : kind;
}

const anyMessage = fc.constantFrom(...MESSAGE_KEYS).chain((key) => {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of Object.entries(MESSAGE_PARAMETERS[key]) as [string, ParamSpec][]) record[name] = arbitraryOf(spec);
  return fc.record(record).map((params) => ({ key, params: params as MessageParams }));
});

/** A number as each language writes it: groups of three digits, its decimal mark, one minus sign. */
const WELL_FORMED = {
  it: /^[-+]?\d{1,3}(\.\d{3})*(,\d+)?$/,
  en: /^[-+]?\d{1,3}(,\d{3})*(\.\d+)?$/,
};

/**
 * The numbers of a text, leaving out dates and references ("30/6", "n. 2/2017"), row numbers and years
 * ("lette come 2024 e 2025", "2024-2026"), which are not quantities.
 */
function numbersIn(text: string): string[] {
  const withoutReferences = text
    .replace(/\d+\/\d+/g, " ")
    .replace(/\b(riga|row|righe|rows|intestazione|header row) \d+/gi, " ")
    .replace(/(?<![\d.,])(?:19|20)\d\d(?:-(?:19|20)\d\d)?(?![\d.,]?\d)/g, " ");
  return withoutReferences.match(/[-+]?\d[\d.,]*\d|[-+]?\d/g) ?? [];
}

describe("numbers in every message", () => {
  it("are written with the language's separators and the one minus sign, in the message, the suggestion and the detail", () => {
    fc.assert(
      fc.property(anyMessage, fc.constantFrom("it" as const, "en" as const), (text, locale) => {
        const { message, suggestion = "", detail = "" } = renderMessage(text, locale);
        for (const part of [message, suggestion, detail]) {
          expect(part).not.toMatch(/[\u2212\u2013\u2014]\s?\d/);
          for (const number of numbersIn(part.replace(/[.,;:]+(\s|$)/g, "$1"))) expect({ number, ok: WELL_FORMED[locale].test(number) }).toEqual({ number, ok: true });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["it" as const, "l'obiettivo ha 5.000 indicatori"],
    ["en" as const, "the objective has 5,000 indicators"],
  ])("group a count's thousands in %s", (locale, expected) => {
    const rendered = renderMessage({ key: "peso-non-valido.indicatore-senza-peso", params: { indicator: "1", objective: "1.1", indicators: 5000 } }, locale);
    expect(rendered.message).toContain(expected);
  });
});

describe("an English message", () => {
  it("holds no Italian words of ours, whatever the key and figures (the plan's own texts stay as written)", () => {
    fc.assert(
      fc.property(anyMessage, (text) => {
        const { message, suggestion = "", detail = "" } = renderMessage(text, "en");
        expect(italianMarkersIn([message, suggestion, detail].join(" "), planTextsOf(text.params))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it("is told apart from an Italian one by the marker words", () => {
    expect(italianMarkersIn("L'obiettivo 1.2 non ha indicatori")).toEqual(["obiettivo", "non"]);
    expect(italianMarkersIn("Objective “Realizzazione della fiera” has no indicators")).toEqual([]);
  });
});

describe("why a cell holds no value, in both languages", () => {
  it.each<[string, unknown, string, string]>([
    ["an Excel error", "#N/D", "La cella contiene l'errore di Excel #N/D (valore non disponibile): correggere la formula o il dato di origine.", "The cell holds the Excel error #N/D (value not available): correct the formula or the source data."],
    ["an unknown Excel error", "#NUOVO!", "La cella contiene l'errore di Excel #NUOVO!: correggere la formula o il dato di origine.", "The cell holds the Excel error #NUOVO!: correct the formula or the source data."],
    ["a text without a value", "???", "Il testo \"???\" non contiene un valore leggibile: né un numero, né un traguardo (milestone) riconoscibile.", "The text “???” holds no readable value: neither a number nor a recognisable milestone."],
    ["a long text", "Avvio ".repeat(500), "(3.000 caratteri)", "(3,000 characters)"],
    ["a date", new Date(Date.UTC(2020, 5, 30)), "La cella contiene una data (30/06/2020), non il valore di un indicatore", "The cell holds a date (30/06/2020), not an indicator's value"],
    ["a fraction or a date first", "3/4 delle pratiche", "Il testo \"3/4 delle pratiche\" inizia con «3/4», che può essere una frazione o una data: indicare la percentuale (es. 75%) o il numero, e spostare il resto nelle note.", "The text “3/4 delle pratiche” opens with “3/4”, which may be a fraction or a date: write the percentage (e.g. 75%) or the number, and move the rest to the notes."],
    ["a fraction alone", "12/12", "Il testo \"12/12\" inizia con «12/12», che può essere una frazione o una data: indicare la percentuale (es. 100%) o il numero.", "The text “12/12” opens with “12/12”, which may be a fraction or a date: write the percentage (e.g. 100%) or the number."],
    ["a list", [1, 2, 3], "La cella contiene un elenco di 3 valori, non un singolo valore", "The cell holds a list of 3 values, not a single value"],
  ])("%s", (_case, raw, italian, english) => {
    const read = readCellValue(raw);
    if (read.kind !== "failure" || read.reason === undefined) throw new Error("expected a failure with its reason");
    expect(read.message).toContain(italian);
    expect(readerReasonText(read.text, read.reason, "it")).toBe(read.message);
    expect(readerReasonText(read.text, read.reason, "en")).toContain(english);
  });
});

describe("why a result cannot be measured against its target, in both languages", () => {
  const milestone = { kind: "milestone" as const, state: "started" as const, text: "Avviato" };
  const number = { kind: "quantity" as const, value: 300, unit: "number" as const, text: "300" };
  const bound = { kind: "threshold" as const, comparator: "atLeast" as const, value: 300, unit: "number" as const, text: "almeno 300" };
  it.each([
    ["a milestone against a number", milestone, number, "Il risultato 'Avviato' è una milestone, il target '300' è un numero: non si possono confrontare.", "The result 'Avviato' is a milestone, the target '300' is a number: they cannot be compared."],
    ["a bound as a result", bound, number, "Il risultato 'almeno 300' è un limite, non un valore raggiunto: indicare il valore misurato.", "The result 'almeno 300' is a bound, not a value reached: write the value measured."],
  ])("%s", (_case, result, target, italian, english) => {
    expect(incompatibilityText(result, target, "it")).toBe(italian);
    expect(incompatibilityText(result, target, "en")).toBe(english);
    const outcome = evaluateIndicator({ result, target, polarity: "increasing" });
    expect(outcome.ok ? "" : outcome.message).toBe(italian);
  });
});

describe("the Italian marker words", () => {
  it("take the plan's texts out as whole words only: a code «e» leaves «none» alone", () => {
    expect(italianMarkersIn("the plan's indicators: none", ["e"])).toEqual([]);
    expect(italianMarkersIn("l'obiettivo non esiste", ["e"])).toEqual(["obiettivo", "non"]);
  });
});
