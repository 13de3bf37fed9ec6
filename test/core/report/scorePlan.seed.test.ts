/**
 * Scores of the seed plan at 30/6, each derived here from the seed's figures (not copied from a run):
 * 2.2 is the only objective below 100%, through ind.2 (606 against at least 10.000).
 */
import { readPlan } from "../../../src/core/plan/readPlan";
import { scorePlan } from "../../../src/core/report/scorePlan";
import { loadSeedPlan, seedWorkbook } from "../plan/seedPlanGrids";

const read = readPlan(seedWorkbook(loadSeedPlan()));
if (!read.ok) throw new Error(read.message);
const scores = scorePlan(read.plan);
const objective = (code: string) => scores.objectives.find((o) => o.code === code);

/** 2.2: 30% × 100% (decrescente, -2,13% vs -2%) + 25% × 606/10.000 + 20% × 100% + 25% × 100%. */
const score22 = 0.3 + 0.25 * (606 / 10_000) + 0.2 + 0.25;
/** STRAT: own indicators 100% (ind.4 ambiguous, excluded); 10 contributing objectives evaluated, 3.6 not. */
const contributions = (9 * 1 + score22) / 10;
const strat = 0.5 * 1 + 0.5 * contributions;

describe("scoring the seed plan (Brescia 2020, 30/6)", () => {
  it("scores 2.2 from its four indicators", () => {
    expect(objective("2.2")?.score).toBeCloseTo(score22, 12);
  });

  it("scores STRAT from its own indicators (ind.4 excluded as ambiguous) and its contributing objectives", () => {
    expect(objective("STRAT")?.excluded).toEqual(["4"]);
    expect(objective("STRAT")?.evaluated).toBeCloseTo(0.45 / 0.5, 12);
    expect(objective("STRAT")?.strategic?.contributions.map((c) => c.code)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
    expect(objective("STRAT")?.score).toBeCloseTo(strat, 12);
  });

  it.each([
    ["3.5", ["2", "3"], 0.2],
    ["3.6", ["1", "2", "3"], 0],
    ["1.4", ["1", "2"], 0],
    ["AS", ["3"], 0.8],
  ])("lists %s's indicators without a 30/6 target as excluded", (code, excluded, evaluated) => {
    expect(objective(code)?.excluded).toEqual(excluded);
    expect(objective(code)?.evaluated).toBeCloseTo(evaluated, 12);
  });

  it("scores the managers with the redetermined weights", () => {
    const byName = (part: string) => scores.managers.find((m) => m.name.includes(part));
    // d'Azzeo / Taioli: STRAT 10%, 2.1 30%, 2.2 30%; 2.3 and 2.4 (20%, 10%) not evaluable.
    expect(byName("d'Azzeo")?.score).toBeCloseTo((0.1 * strat + 0.3 * 1 + 0.3 * score22) / 0.7, 12);
    // Vairano: STRAT 10%, 1.1 10%, 1.2 40%, 1.3 20%; 1.4 (20%) not evaluable.
    expect(byName("Vairano")?.score).toBeCloseTo((0.1 * strat + 0.7) / 0.8, 12);
    // Azienda Speciale: only AS-STRAT weighs (100%), and it has no indicators; AS has no weight.
    expect(byName("Azienda Speciale")?.score).toBeNull();
  });
});
