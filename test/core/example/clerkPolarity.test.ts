import fixtureJson from "../../fixtures/plan-2020.json";
import { clerkPolarity } from "../../../src/core/example/clerkPolarity";
import { polarityName } from "../../../src/core/plan/polarity";
import type { FixtureIndicator, PlanFixture } from "../../../src/core/example/planFixture";
import { typeAsClerk } from "../../../src/core/example/typeAsClerk";

const fixture = fixtureJson as unknown as PlanFixture;

function seedIndicator(code: string, n: number): FixtureIndicator {
  const indicator = fixture.objectives.find((objective) => objective.code === code)?.indicators.find((candidate) => candidate.n === n);
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
