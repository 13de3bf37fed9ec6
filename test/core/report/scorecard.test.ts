/**
 * The scorecard's rows: per objective and per manager, the score and the status of the scoring
 * profile. The seed's figures are derived in scorePlan.seed.test.ts; here their statuses.
 */
import fc from "fast-check";
import { readPlan } from "../../../src/core/plan/readPlan";
import { scorePlan, type PlanScores } from "../../../src/core/report/scorePlan";
import { buildScorecard } from "../../../src/core/report/scorecard";
import { computeStatus } from "../../../src/core/calc/computeStatus";
import { resolveSettings } from "../../../src/core/readSettings";
import { RULE_IDS } from "../../../src/core/rules/ruleCatalogue";
import { STATUSES, statusLabel } from "../../../src/core/report/cellColors";
import { buildPlan } from "../rules/planBuilder";
import { loadSeedPlan, seedWorkbook } from "../plan/seedPlanGrids";

const read = readPlan(seedWorkbook(loadSeedPlan()));
if (!read.ok) throw new Error(read.message);
const seed = buildScorecard(scorePlan(read.plan));
const objectiveRow = (code: string) => seed.objectives.rows.find((row) => row.label === code);
const managerRow = (part: string) => seed.managers.rows.find((row) => row.label.includes(part));

describe("the scorecard of the seed plan (Brescia 2020, 30/6)", () => {
  it.each([
    // 30% + 25% × 606/10.000 + 20% + 25% = 76,5%: above «parziale» (50%), below «raggiunto» (100%).
    ["2.2", 0.3 + 0.25 * (606 / 10_000) + 0.2 + 0.25, "Parzialmente raggiunto"],
    ["1.1", 1, "Raggiunto"],
    // No indicator has a 30/6 target: nothing to judge.
    ["3.6", null, "Non valutabile"],
    ["1.4", null, "Non valutabile"],
    // 50% × 100% + 50% × (9 × 100% + 76,5%) / 10: just below 100%.
    ["STRAT", 0.5 + 0.5 * ((9 + 0.3 + 0.25 * (606 / 10_000) + 0.2 + 0.25) / 10), "Parzialmente raggiunto"],
  ])("gives objective %s the score %p and the status «%s»", (code, score, status) => {
    const row = objectiveRow(code);
    if (score === null) expect(row?.score).toBeNull();
    else expect(row?.score).toBeCloseTo(score, 12);
    expect(row?.status).toBe(status);
  });

  it.each([
    ["d'Azzeo", "Parzialmente raggiunto"],
    ["Vairano", "Parzialmente raggiunto"],
    // Only AS-STRAT weighs, and it has no indicators.
    ["Azienda Speciale", "Non valutabile"],
  ])("gives manager %s the status «%s»", (name, status) => {
    expect(managerRow(name)?.status).toBe(status);
  });

  it("lists the objectives in the plan's order, each with its title, and counts the statuses", () => {
    expect(seed.objectives.rows.map((row) => row.label)).toEqual(scorePlan(read.plan).objectives.map((o) => o.code));
    expect(objectiveRow("2.2")?.detail).toBe(read.plan.objectives.find((o) => o.code === "2.2")?.title);
    const total = STATUSES.reduce((sum, status) => sum + seed.objectives.counts[status], 0);
    expect(total).toBe(seed.objectives.rows.length);
    expect(seed.objectives.counts["Parzialmente raggiunto"]).toBeGreaterThanOrEqual(2);
  });

  it("names a manager's objectives as the row's second line", () => {
    expect(managerRow("Vairano")?.detail).toBe("STRAT, 1.1, 1.2, 1.3, 1.4");
  });
});

describe("the scorecard's statuses follow the scoring profile", () => {
  const plan = buildPlan({
    indicators: [
      { objective: "1.1", weight: "100%", target30: 100, result30: 100 },
      { objective: "1.2", weight: "100%", target30: 100, result30: 70 },
      { objective: "1.3", weight: "100%", target30: 100, result30: 40 },
      { objective: "1.4", weight: "100%", target30: "-", target31: 5, result30: "//" },
    ],
  });
  const settingsOf = (keys: Record<string, unknown>) => resolveSettings(keys, RULE_IDS).settings;

  it.each([
    ["the default thresholds (100%, 50%)", {}, ["Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "Non valutabile"]],
    ["«raggiunto» from 70%", { stati: { raggiunto: "70%", parziale: "50%" } }, ["Raggiunto", "Raggiunto", "Non raggiunto", "Non valutabile"]],
    ["«parziale» from 30%", { stati: { raggiunto: "100%", parziale: "30%" } }, ["Raggiunto", "Parzialmente raggiunto", "Parzialmente raggiunto", "Non valutabile"]],
  ])("under %s", (_label, keys, statuses) => {
    const scorecard = buildScorecard(scorePlan(plan, settingsOf(keys)));
    expect(scorecard.objectives.rows.map((row) => row.status)).toEqual(statuses);
  });
});

describe("buildScorecard on any scores", () => {
  const score = fc.option(fc.double({ min: -1, max: 3, noNaN: true }), { nil: null });
  const scoresOf = (objectives: { code: string; score: number | null }[], managers: { name: string; score: number | null }[]): PlanScores => ({
    period: "30/6",
    indicators: [],
    areas: [],
    objectives: objectives.map(({ code, score: value }) => ({
      code,
      kind: "operational",
      title: `Obiettivo ${code}`,
      score: value,
      status: computeStatus(value === null ? { ok: false } : { ok: true, value }, 0.5, 1),
      evaluated: 1,
      excluded: [],
      explanation: "",
    })),
    managers: managers.map(({ name, score: value }) => ({
      name,
      score: value,
      status: computeStatus(value === null ? { ok: false } : { ok: true, value }, 0.5, 1),
      weightSource: "obiettivi",
      objectives: [],
      explanation: "",
    })),
  });

  it("keeps every row, with unique keys, its score and status, and counts that add up", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ code: fc.constantFrom("1.1", "1.2", "A", ""), score })),
        fc.array(fc.record({ name: fc.constantFrom("Rossi", "Bianchi", "Rossi (2)"), score })),
        (objectives, managers) => {
          const scorecard = buildScorecard(scoresOf(objectives, managers));
          for (const [list, source] of [
            [scorecard.objectives, objectives.map((o) => o.score)],
            [scorecard.managers, managers.map((m) => m.score)],
          ] as const) {
            expect(list.rows.map((row) => row.score)).toEqual(source);
            expect(new Set(list.rows.map((row) => row.key)).size).toBe(list.rows.length);
            expect(STATUSES.reduce((sum, status) => sum + list.counts[status], 0)).toBe(list.rows.length);
            for (const row of list.rows) expect(row.status === "Non valutabile").toBe(row.score === null);
          }
        },
      ),
    );
  });
});

describe("statusLabel", () => {
  it.each([
    ["Raggiunto", "it", "Raggiunto"],
    ["Parzialmente raggiunto", "it", "Parzialmente raggiunto"],
    ["Non raggiunto", "en", "Not achieved"],
    ["Non valutabile", "en", "Not evaluable"],
  ] as const)("says %s in %s as «%s»", (status, locale, words) => {
    expect(statusLabel(status, locale)).toBe(words);
  });
});
