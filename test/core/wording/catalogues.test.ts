/**
 * The message catalogues: every key of MESSAGE_PARAMETERS has an Italian and an English entry, each
 * using exactly the key's declared parameters; rendering any parameters of the declared kinds never
 * throws and never leaves a parameter unfilled. (That the Italian sentences are the ones the rules
 * wrote before, byte for byte, the golden reports prove: test/cli/golden.)
 */
import fc from "fast-check";
import { ENGLISH } from "../../../src/core/wording/english";
import { ITALIAN } from "../../../src/core/wording/italian";
import type { Catalogue, Entry } from "../../../src/core/wording/catalogue";
import {
  MESSAGE_KEYS,
  MESSAGE_PARAMETERS,
  type KindTypes,
  type MessageKey,
  type MessageParams,
  type ParamKind,
  type ParamSpec,
} from "../../../src/core/wording/messageParameters";
import { renderMessage, ruleDescription } from "../../../src/core/wording/renderMessage";
import { RULES } from "../../../src/core/rules/ruleCatalogue";

const CATALOGUES: [string, Catalogue][] = [
  ["italiano", ITALIAN],
  ["English", ENGLISH],
];

const specsOf = (key: MessageKey): [string, ParamSpec][] => Object.entries(MESSAGE_PARAMETERS[key]) as [string, ParamSpec][];

/** Words that betray a parameter left unfilled or a value printed as code. */
const UNFILLED = /undefined|null|NaN|\[object |\$\{/;

const word = fc.string({ minLength: 0, maxLength: 12 }).filter((text) => !UNFILLED.test(text));
const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const unit = fc.constantFrom("number" as const, "percent" as const, "euro" as const);
const amount = fc.record({ value: finite, unit });
const figure = fc.record({ value: finite, unit, comparator: fc.constantFrom("atLeast" as const, "atMost" as const, "moreThan" as const, "lessThan" as const) }, { requiredKeys: ["value", "unit"] });
const candidate = fc.record({ value: finite, unit, label: word });
const date = fc.constantFrom("30/6", "31/12", "31/3");

const ARBITRARIES: { [K in ParamKind]: fc.Arbitrary<KindTypes[K]> } = {
  code: word,
  text: word,
  date,
  count: fc.nat(),
  share: finite,
  points: finite,
  figure,
  signed: amount,
  value: fc.record({ text: word, figure: fc.option(figure, { nil: null }) }),
  shares: fc.array(finite, { maxLength: 4 }),
  codes: fc.array(word, { maxLength: 4 }),
  candidate,
  candidates: fc.array(candidate, { maxLength: 3 }),
  readings: fc.array(fc.record({ value: finite, unit, deviation: finite }), { maxLength: 3 }),
  notes: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant("ownerFromTitle" as const), objective: word, address: word }),
      fc.record({ kind: fc.constant("ownerFromSheetName" as const), objective: word }),
      fc.record({ kind: fc.constant("unnamedColumn" as const), indicator: word, card: word, header: word }),
      fc.record({ kind: fc.constant("contributions" as const), label: word, row: fc.nat() }),
      fc.record({ kind: fc.constant("undatedTarget" as const), label: word, indicator: word, row: fc.nat() }),
      fc.record({ kind: fc.constant("cardCode" as const), row: fc.nat(), fromSheet: fc.option(word, { nil: null }) }),
      fc.record({ kind: fc.constant("percentPoints" as const), headers: fc.array(word, { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant("unreadColumn" as const), header: word, instead: word }),
    ),
    { maxLength: 3 },
  ),
  localized: fc.record({ it: word, en: word }),
  polarity: fc.constantFrom("increasing" as const, "decreasing" as const, "milestone" as const),
  direction: fc.constantFrom("increasing" as const, "decreasing" as const),
  milestone: fc.constantFrom("notDone" as const, "started" as const, "done" as const),
  role: fc.oneof(
    fc.constantFrom({ kind: "indicatorWeight" as const }, { kind: "baseline" as const }, { kind: "objectiveWeight" as const }, { kind: "ownShare" as const }),
    fc.record({ kind: fc.constantFrom("target" as const, "result" as const, "declaredDeviation" as const, "revisionForecast" as const, "revisionActual" as const, "revisionNewForecast" as const), date }),
    fc.record({ kind: fc.constant("managerWeight" as const), column: word, manager: word }),
  ),
  group: fc.oneof(
    fc.record({ kind: fc.constant("indicators" as const), objective: word }),
    fc.record({ kind: fc.constant("managerColumn" as const), manager: word, column: word }),
    fc.record({ kind: fc.constant("objectivesByManager" as const), manager: word }),
  ),
  owner: fc.record({ objective: word, indicator: fc.option(word, { nil: null }), ownShare: fc.boolean() }),
  place: fc.record({ sheet: word, address: word, row: fc.nat(), sameSheet: fc.boolean() }),
  scaledWeights: fc.array(fc.record({ text: word, scale: fc.constantFrom("fraction" as const, "percent" as const, "whole" as const) }), { maxLength: 4 }),
  evidence: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant("declaredDeviation" as const), declared: amount, explanation: fc.record({ it: word, en: word }) }),
      fc.record({ kind: fc.constant("revision" as const), restated: amount, date }),
    ),
    { maxLength: 2 },
  ),
  gaps: fc.array(
    fc.oneof(
      fc.constantFrom(
        ...(["noTargets", "noYearTarget", "noResults", "resultsNotFilled", "noWeights", "emptyWeights", "noBaseline", "noDeclaredDeviations"] as const).map((kind) => ({ kind })),
      ),
      fc.record({ kind: fc.constant("noResultsAt" as const), date }),
    ),
    { maxLength: 4 },
  ),
  flag: fc.boolean(),
};

function arbitraryOf(spec: ParamSpec): fc.Arbitrary<unknown> {
  if (typeof spec !== "string") return fc.constantFrom(...spec);
  if (spec.endsWith("?")) return fc.option(ARBITRARIES[spec.slice(0, -1) as ParamKind] as fc.Arbitrary<unknown>, { nil: null });
  return ARBITRARIES[spec as ParamKind] as fc.Arbitrary<unknown>;
}

function paramsArbitrary(key: MessageKey): fc.Arbitrary<MessageParams> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of specsOf(key)) record[name] = arbitraryOf(spec);
  return fc.record(record) as fc.Arbitrary<MessageParams>;
}

/** One value of each declared parameter: every optional one present (`full`) or absent, flags on or off. */
function exampleParams(key: MessageKey, full: boolean): MessageParams {
  const params: Record<string, unknown> = {};
  for (const [name, spec] of specsOf(key)) {
    const kind = typeof spec === "string" ? spec.replace(/\?$/, "") : null;
    if (typeof spec !== "string") params[name] = spec[0];
    else if (spec.endsWith("?") && !full) params[name] = null;
    else if (kind === "flag") params[name] = full;
    else params[name] = fc.sample(ARBITRARIES[kind as ParamKind] as fc.Arbitrary<unknown>, { numRuns: 1, seed: 7 })[0];
  }
  return params as MessageParams;
}

/** The parameters an entry reads while rendering `params`. */
function readBy(entry: Entry<MessageParams>, catalogue: Catalogue, params: MessageParams): Set<string> {
  const read = new Set<string>();
  const watched = new Proxy(params, {
    get(target, property, receiver) {
      if (typeof property === "string") read.add(property);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  entry.message(watched, catalogue.phrases);
  entry.suggestion?.(watched, catalogue.phrases);
  entry.detail?.(watched, catalogue.phrases);
  return read;
}

describe("the message catalogues", () => {
  it.each(CATALOGUES)("%s has an entry for every key and no other", (_language, catalogue) => {
    expect(Object.keys(catalogue.messages).sort()).toEqual([...MESSAGE_KEYS].sort());
  });

  it.each(CATALOGUES)("%s describes every rule of the catalogue, and no other", (_language, catalogue) => {
    expect(Object.keys(catalogue.rules).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(CATALOGUES)("%s names every rule of the catalogue in plain words, each name its own and never the id", (_language, catalogue) => {
    expect(Object.keys(catalogue.ruleNames).sort()).toEqual(RULES.map((rule) => rule.id).sort());
    const names = Object.values(catalogue.ruleNames);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it("gives each rule the Italian description it shows in the pane and the CLI", () => {
    for (const rule of RULES) expect(ruleDescription(rule.id, "it")).toBe(rule.description);
  });

  it.each(MESSAGE_KEYS.map((key) => [key]))("%s: Italian and English use exactly its declared parameters", (key) => {
    const declared = specsOf(key).map(([name]) => name).sort();
    for (const [, catalogue] of CATALOGUES) {
      const entry = catalogue.messages[key] as Entry<MessageParams>;
      const used = new Set([...readBy(entry, catalogue, exampleParams(key, true)), ...readBy(entry, catalogue, exampleParams(key, false))]);
      expect([...used].sort()).toEqual(declared);
    }
  });

  it("renders any parameters of the declared kinds without throwing or leaving one unfilled, in both languages", () => {
    const anyMessage = fc.constantFrom(...MESSAGE_KEYS).chain((key) => paramsArbitrary(key).map((params) => ({ key, params })));
    fc.assert(
      fc.property(anyMessage, fc.constantFrom("it" as const, "en" as const), (text, locale) => {
        const { message, suggestion, detail } = renderMessage(text, locale);
        expect(message.trim()).not.toBe("");
        expect(message).not.toMatch(UNFILLED);
        if (suggestion !== undefined) expect(suggestion).not.toMatch(UNFILLED);
        if (detail !== undefined) expect(detail).not.toMatch(UNFILLED);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["it" as const, "L'indicatore 3 dell'obiettivo 1.2 ha un target al 30/6 (almeno € 1.800.000,50) ma nessun risultato (è scritto «-»)."],
    ["en" as const, "Indicator 3 of objective 1.2 has a target at 30/6 (at least €1,800,000.50) but no result (it says “-”)."],
  ])("words the same figures in %s with the language's digits and standard phrases", (locale, expected) => {
    const target = { text: "almeno € 1.800.000,50", figure: { value: 1800000.5, unit: "euro" as const, comparator: "atLeast" as const } };
    const text = { key: "risultato-mancante" as const, params: { indicator: "3", objective: "1.2", period: "30/6", target, written: "-" } };
    expect(renderMessage(text, locale).message).toBe(expected);
  });

  it.each([
    ["it" as const, "L'indicatore 3 ha un target al 30/6 (90%) ma nessun risultato (è scritto «-»)."],
    ["en" as const, "Indicator 3 has a target at 30/6 (90%) but no result (it says “-”)."],
  ])("names an indicator written without an objective by its number alone, in %s", (locale, expected) => {
    const target = { text: "90%", figure: { value: 0.9, unit: "percent" as const } };
    const text = { key: "risultato-mancante" as const, params: { indicator: "3", objective: "", period: "30/6", target, written: "-" } };
    expect(renderMessage(text, locale).message).toBe(expected);
  });
});
