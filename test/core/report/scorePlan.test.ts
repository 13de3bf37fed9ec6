import { scorePlan } from "../../../src/core/report/scorePlan";
import { buildPlan } from "../rules/planBuilder";

describe("scorePlan", () => {
  it("scores an objective as the weighted mean of its indicators, excluding and listing the non valutabili", () => {
    const plan = buildPlan({
      indicators: [
        { objective: "1.1", weight: "50%", target30: 100, result30: 80 },
        { objective: "1.1", weight: "30%", target30: "Avvio", result30: "Avviato" },
        { objective: "1.1", weight: "20%", target30: "-", target31: 5, result30: "//" },
      ],
    });
    const scores = scorePlan(plan);
    const [objective] = scores.objectives;
    // (0,5 × 80% + 0,3 × 100%) / 0,8: the third indicator's weight is shared among the others.
    expect(objective?.score).toBeCloseTo((0.5 * 0.8 + 0.3 * 1) / 0.8, 12);
    expect(objective?.evaluated).toBeCloseTo(0.8, 12);
    expect(objective?.excluded).toEqual(["3"]);
    expect(scores.indicators.map((i) => [i.achievement, i.status])).toEqual([
      [0.8, "Parzialmente raggiunto"],
      [1, "Raggiunto"],
      [null, "Non valutabile"],
    ]);
    expect(scores.indicators[2]?.explanation).toContain("Non valutabile: Risultato non ancora disponibile ('//')");
  });

  it("serialises each indicator's score with its explanation written, as a plain record", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", weight: "100%", target30: 100, result30: 80 }] });
    const [score] = scorePlan(plan).indicators;
    const record = JSON.parse(JSON.stringify(score)) as Record<string, unknown>;
    expect(record).toMatchObject({ objective: "1.1", indicator: "1", achievement: 0.8, status: "Parzialmente raggiunto" });
    expect(record.explanation).toBe(score?.explanation);
    expect(String(record.explanation)).toContain("80%");
  });

  it("serialises objectives, managers and areas with their explanations written, keys in the same order as they are read", () => {
    const plan = buildPlan({
      objectives: [{ code: "1.1", manager: "Rossi", area: "Area A", weight: "100%" }],
      indicators: [
        { objective: "1.1", weight: "70%", target30: 100, result30: 80 },
        { objective: "1.1", weight: "30%", target30: 10, result30: 10 },
      ],
    });
    const scores = scorePlan(plan);
    for (const score of [scores.objectives[0], scores.managers[0], scores.areas[0]]) {
      const record = JSON.parse(JSON.stringify(score)) as Record<string, unknown>;
      expect(Object.keys(record)).toEqual(Object.keys(score ?? {}));
      expect(record.explanation).toBe(score?.explanation);
      expect(String(record.explanation)).toContain("%");
    }
  });

  it("weighs indicators equally when none has a weight, and says so", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", target30: 10, result30: 5 }, { objective: "1.1", target30: 10, result30: 10 }] });
    const [objective] = scorePlan(plan).objectives;
    expect(objective?.score).toBeCloseTo(0.75, 12);
    expect(objective?.explanation).toContain("indicatori a pari peso");
  });

  it("combines a strategic objective's own indicators with the mean of its contributing objectives", () => {
    const plan = buildPlan({
      objectives: [
        { code: "STRAT", kind: "strategic", ownShare: "50%" },
        { code: "1.1", parentCode: "STRAT" },
        { code: "1.2", parentCode: "STRAT" },
        { code: "1.3" },
      ],
      indicators: [
        { objective: "STRAT", weight: "50%", target30: 100, result30: 60 },
        { objective: "1.1", weight: "100%", target30: 10, result30: 10 },
        { objective: "1.2", weight: "100%", target30: 10, result30: 8 },
        { objective: "1.3", weight: "100%", target30: 10, result30: 1 },
      ],
    });
    const strat = scorePlan(plan).objectives.find((o) => o.code === "STRAT");
    expect(strat?.score).toBeCloseTo(0.5 * 0.6 + 0.5 * ((1 + 0.8) / 2), 12);
    expect(strat?.strategic).toEqual({ ownScore: 0.6, ownShare: 0.5, ownShareSource: "scritta", contributions: [{ code: "1.1", score: 1 }, { code: "1.2", score: 0.8 }] });
  });

  it("takes the own share from the own indicators' weights when it is not written (the seed writes 50% in both)", () => {
    const plan = buildPlan({
      objectives: [{ code: "S", kind: "strategic" }, { code: "1.1", parentCode: "S" }],
      indicators: [
        { objective: "S", weight: "15%", target30: 10, result30: 10 },
        { objective: "S", weight: "25%", target30: 10, result30: 10 },
        { objective: "1.1", weight: "100%", target30: 10, result30: 5 },
      ],
    });
    const strat = scorePlan(plan).objectives[0];
    expect(strat?.strategic?.ownShare).toBeCloseTo(0.4, 12);
    expect(strat?.strategic?.ownShareSource).toBe("somma dei pesi");
    expect(strat?.score).toBeCloseTo(0.4 * 1 + 0.6 * 0.5, 12);
  });

  it("scores managers with the Pesi table's current column, leaving out blank current weights", () => {
    const plan = buildPlan({
      indicators: [
        { objective: "2.1", weight: "100%", target30: 10, result30: 10 },
        { objective: "2.2", weight: "100%", target30: 10, result30: 5 },
        { objective: "2.3", weight: "100%", target30: 10, result30: 0 },
      ],
      weights: [
        { manager: "Taioli", objective: "2.1", weights: ["45%", "60%"] },
        { manager: "Taioli", objective: "2.2", weights: ["55%", "40%"] },
        { manager: "Taioli", objective: "2.3", weights: ["", ""] },
      ],
    });
    const [manager] = scorePlan(plan).managers;
    expect(manager?.name).toBe("Taioli");
    expect(manager?.weightSource).toBe("pesi");
    expect(manager?.score).toBeCloseTo(0.6 * 1 + 0.4 * 0.5, 12);
    expect(manager?.objectives.map((o) => o.code)).toEqual(["2.1", "2.2"]);
  });

  it("falls back to the objectives sheet's weights by manager without a Pesi table", () => {
    const plan = buildPlan({
      objectives: [{ code: "1.1", manager: "Vairano", weight: "25%", area: "Promozione" }, { code: "1.2", manager: "Vairano", weight: "75%", area: "Promozione" }],
      indicators: [{ objective: "1.1", target30: 10, result30: 10 }, { objective: "1.2", target30: 10, result30: 6 }],
    });
    const scores = scorePlan(plan);
    expect(scores.managers.map((m) => [m.name, m.weightSource])).toEqual([["Vairano", "obiettivi"]]);
    expect(scores.managers[0]?.score).toBeCloseTo(0.25 + 0.75 * 0.6, 12);
    expect(scores.areas.map((a) => a.name)).toEqual(["Promozione"]);
    expect(scores.areas[0]?.score).toBeCloseTo((1 + 0.6) / 2, 12);
  });

  it("applies the achievement cap from the settings", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", target30: 10, result30: 15 }] });
    expect(scorePlan(plan).objectives[0]?.score).toBe(1);
    expect(scorePlan(plan, { achievement: { cap: 1.2 } }).objectives[0]?.score).toBeCloseTo(1.2, 12);
  });
});
