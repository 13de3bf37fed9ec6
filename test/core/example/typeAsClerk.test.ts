import fc from "fast-check";
import fixture from "../../fixtures/plan-2020.json";
import { clerkPolarity, COUNT_FORMAT, DECIMAL_FORMAT, EURO_FORMAT, PERCENT_FORMAT, typeAsClerk, typeYearAsClerk, YEAR_FORMAT } from "../../../src/core/example/typeAsClerk";
import { formatItalianEuro, formatItalianNumber, formatItalianPercent } from "../../../src/core/wording/formatNumbers";
import { readCellValue } from "../../../src/core/values/readCellValue";
import { polarityName } from "../../../src/core/plan/polarity";
import type { FixtureIndicator, PlanFixture } from "../../../src/core/example/planFixture";

/** Every value text of the seed a clerk types into an indicator or revision row. */
function seedTexts(): string[] {
  const texts: (string | null)[] = [];
  for (const objective of fixture.objectives) {
    for (const indicator of objective.indicators) {
      texts.push(indicator.baselineText, indicator.target30_6Text, indicator.target31_12Text, indicator.weightText, indicator.resultText, indicator.deviationText);
    }
    for (const revision of objective.targetRevisions ?? []) texts.push(revision.prev30_6, revision.real30_6, revision.prev31_12, revision.new31_12);
  }
  return [...new Set(texts.filter((text): text is string => typeof text === "string"))];
}

describe("typeAsClerk", () => {
  it.each([
    ["89,55%", { value: 0.8955, format: PERCENT_FORMAT }],
    ["+1,55%", { value: 0.0155, format: PERCENT_FORMAT }],
    ["-2,13%", { value: -0.0213, format: PERCENT_FORMAT }],
    ["100%", { value: 1, format: PERCENT_FORMAT }],
    ["€ 1.800.000,00", { value: 1800000, format: EURO_FORMAT }],
    ["1.800.000,00", { value: 1800000, format: DECIMAL_FORMAT }],
    ["500", { value: 500, format: COUNT_FORMAT }],
    ["-9394", { value: -9394, format: COUNT_FORMAT }],
    ["2.870 campioni", { value: 2870, format: COUNT_FORMAT, unitLabel: "campioni" }],
    ["1.430 posizioni", { value: 1430, format: COUNT_FORMAT, unitLabel: "posizioni" }],
    ["3 persone formate", { value: 3, format: COUNT_FORMAT, unitLabel: "persone formate" }],
  ])("types %s as a number a clerk would enter", (text, entry) => {
    expect(typeAsClerk(text)).toEqual(entry);
  });

  it.each([
    ["//"], ["-"], ["--"], ["-----"], ["nessuno"], ["Avvio"], ["sì"], ["Almeno 3 iniziative"], ["Rilascio di almeno 300 dispositivi"],
    ["75% delle richieste del periodo"], ["2301 iscritti ai 36 eventi a distanza\n1361 partecipanti collegati ai 36 eventi a distanza"],
    ["+11 agenzie avviate tra le già convenzionate +7 nuovi intermediari"],
  ])("keeps %j as written: the text is the value", (text) => {
    expect(typeAsClerk(text)).toEqual({ value: text });
  });

  it.each([[null], [undefined], [""], ["   "]])("leaves %j blank", (text) => {
    expect(typeAsClerk(text)).toEqual({ value: null });
  });

  it("never changes what a seed text means: a typed number reads back as the text's quantity", () => {
    for (const text of seedTexts()) {
      const entry = typeAsClerk(text);
      if (typeof entry.value !== "number") {
        expect(entry.value).toBe(text);
        continue;
      }
      const fromText = readCellValue(text);
      const fromCell = readCellValue(entry.value, { numberFormat: entry.format ?? "General" });
      expect({ text, kind: fromCell.kind }).toEqual({ text, kind: "quantity" });
      expect({ text, value: fromCell.kind === "quantity" && fromCell.value }).toEqual({ text, value: fromText.kind === "quantity" && fromText.value });
      // Plain amounts of the revision tables carry no "€": the number is the same, the unit is the text's.
      if (fromText.kind === "quantity" && fromCell.kind === "quantity" && fromText.unit !== "number") expect(fromCell.unit).toBe(fromText.unit);
    }
  });

  it("types any Italian-formatted whole number, percentage or euro amount back to its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        expect(typeAsClerk(formatItalianNumber(n)).value).toBe(n);
        expect(typeAsClerk(formatItalianPercent(n / 10000, 2))).toEqual({ value: Number(`${n}e-4`), format: PERCENT_FORMAT });
        expect(typeAsClerk(formatItalianEuro(n / 100))).toEqual({ value: Number(`${n}e-2`), format: EURO_FORMAT });
      }),
    );
  });

  it("never throws, and a text it does not type stays exactly as written", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const entry = typeAsClerk(text);
        if (typeof entry.value !== "number") expect(entry.value === null ? text.trim() : entry.value).toBe(entry.value === null ? "" : text);
      }),
    );
  });
});

describe("typeYearAsClerk", () => {
  it("types a year as a number shown without a thousands separator", () => {
    expect(typeYearAsClerk("2019")).toEqual({ value: 2019, format: YEAR_FORMAT });
    expect(typeYearAsClerk(null)).toEqual({ value: null });
    expect(typeYearAsClerk("anno 2019")).toEqual({ value: "anno 2019" });
  });
});

const seedFixture = fixture as unknown as PlanFixture;

function seedIndicator(code: string, n: number): FixtureIndicator {
  const indicator = seedFixture.objectives.find((objective) => objective.code === code)?.indicators.find((candidate) => candidate.n === n);
  if (!indicator) throw new Error(`no indicator ${code}/${n}`);
  return indicator;
}

function polarityOf(code: string, n: number): string {
  const indicator = seedIndicator(code, n);
  return polarityName(clerkPolarity(indicator, [typeAsClerk(indicator.target30_6Text), typeAsClerk(indicator.target31_12Text)]));
}

describe("clerkPolarity", () => {
  it.each([
    ["2.2", 1, "decrescente", "% riduzione delle pratiche critiche, -2% then -5%"],
    ["STRAT", 1, "crescente", "88% of staff in smart working"],
    ["STRAT", 3, "crescente", "euro amounts"],
    ["2.3", 2, "crescente", "'Almeno 3 iniziative' is a bound"],
    ["2.1", 1, "crescente", "'Avvio del servizio' at 30/6, 'almeno 300 dispositivi' at 31/12"],
    ["3.3", 1, "crescente", "'Avvio' at 30/6, 100% at 31/12"],
    ["3.3", 4, "milestone", "'si' and 'si'"],
    ["3.1", 2, "milestone", "no 30/6 target, 'Nuovo regolamento'"],
    ["3.2", 1, "milestone", "'Inizio processo di attivazione', 'attivazione'"],
    ["3.6", 3, "milestone", "'Rotazione degli incarichi ...'"],
  ])("writes %s ind. %i as %s (%s)", (code, n, polarity) => {
    expect(polarityOf(code, n)).toBe(polarity);
  });

  it("writes a bound 'non oltre' as decrescente", () => {
    const indicator = { ...seedIndicator("1.1", 1), target31_12Text: "non oltre 10 giorni" };
    expect(clerkPolarity(indicator, [typeAsClerk(null), typeAsClerk("non oltre 10 giorni")])).toBe("decreasing");
  });
});
