import { readPlan } from "../../../src/core/plan/readPlan";
import type { Plan } from "../../../src/core/plan/planModel";
import { loadSeedPlan, seedWorkbook } from "./seedPlanGrids";

const seed = loadSeedPlan();

function readSeed(): Plan {
  const read = readPlan(seedWorkbook(seed));
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

const plan = readSeed();

function indicator(code: string, number: string) {
  const found = plan.indicators.find((i) => i.objectiveCode === code && i.number === number);
  if (!found) throw new Error(`indicatore ${code}/${number} non letto`);
  return found;
}

describe("reading the seed plan (Brescia 2020) from the template sheets", () => {
  it("reads all 16 objectives and their 43 indicators, the 19 weight rows and the 8 revisions", () => {
    const indicatorCount = seed.objectives.reduce((sum, o) => sum + o.indicators.length, 0);
    expect(plan.objectives.map((o) => o.code)).toEqual(seed.objectives.map((o) => o.code));
    expect(plan.objectives).toHaveLength(16);
    expect(plan.indicators).toHaveLength(indicatorCount);
    expect(indicatorCount).toBe(43);
    expect(plan.managerWeights).toHaveLength(19);
    expect(plan.revisions).toHaveLength(8);
  });

  it("detects the mid-year period, 30/6, since no 31/12 result is written", () => {
    expect([plan.period, plan.periodDetected]).toEqual(["30/6", true]);
  });

  it("reads the strategic objective with its own share and the operational ones with their parent", () => {
    const strat = plan.objectives[0];
    expect([strat?.code, strat?.kind, strat?.ownShare?.value]).toEqual([
      "STRAT", "strategic", { kind: "quantity", value: 0.5, unit: "percent", text: "50%" },
    ]);
    expect(plan.objectives.filter((o) => o.parentCode === "STRAT").map((o) => o.code)).toEqual([
      "1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
    ]);
    expect(plan.objectives.find((o) => o.code === "1.2")?.weight?.ref.address).toBe("F4");
  });

  it("keeps each cell where it is, with its raw text, value, format and formula", () => {
    const reduction = indicator("2.2", "1");
    expect(reduction.name).toMatch(/^% riduzione delle pratiche critiche/);
    expect(reduction.ref.address).toBe("C17");
    expect(reduction.targets["30/6"]?.ref).toEqual({ sheet: "Indicatori", address: "I17", row: 16, col: 8 });
    expect(reduction.targets["31/12"]?.raw).toBe("-5,00%");
    expect(reduction.results["30/6"]?.value).toMatchObject({ kind: "quantity", value: -0.0213, unit: "percent" });
    expect(reduction.declaredDeviations["30/6"]?.ref.address).toBe("M17");
    expect(reduction.weight).toMatchObject({ raw: 0.3, numberFormat: "0,00%", value: { kind: "quantity", unit: "percent" } });
    expect(reduction.deviationCell?.formula).toBe("=PERF.SCOSTAMENTO(L17;I17;E17)");
    expect(reduction.results["31/12"]?.value.kind).toBe("placeholder");
  });

  it("infers the polarity of '% riduzione delle pratiche critiche' (-2% / -5%) as decreasing, and says why", () => {
    const reduction = indicator("2.2", "1");
    expect(reduction.polarity).toBe("decreasing");
    expect(reduction.polarityInferred).toBe(
      "dedotta da 'riduzione' nel nome dell'indicatore e dai target negativi (-2%, -5%)",
    );
  });

  it.each([
    ["STRAT", "1", "increasing", "default"],
    ["3.3", "4", "milestone", "milestoneTargets"],
    ["3.1", "1", "milestone", "milestoneTargets"],
    ["2.1", "1", "increasing", "default"],
    ["1.1", "1", "increasing", "default"],
  ])("infers objective %s indicator %s as %s (%s)", (code, number, polarity, basis) => {
    expect([indicator(code, number).polarity, indicator(code, number).polarityBasis]).toEqual([polarity, basis]);
  });

  it("reads the weights table with the manager carried down and the totals left out", () => {
    const taioli = plan.managerWeights.filter((row) => row.manager.includes("Taioli"));
    expect(taioli.map((row) => row.objectiveCode)).toEqual(["STRAT", "2.1", "2.2", "2.3", "2.4"]);
    const added = taioli.find((row) => row.objectiveCode === "2.3");
    expect(added?.weights.map((w) => [w.column, w.cell.value.kind])).toEqual([
      ["Peso iniziale", "placeholder"],
      ["Peso rideterminato", "quantity"],
    ]);
    expect(plan.managerWeights.some((row) => row.objectiveCode.startsWith("Totale"))).toBe(false);
    expect(plan.managerWeights.find((row) => row.objectiveCode === "AS-STRAT")?.manager).toBe("Azienda Speciale");
  });

  it("reads the revisions, with indicator numbers out of 'Indicatore 3' and 'Nuovo Indicatore 3'", () => {
    expect(plan.revisions.map((r) => `${r.objectiveCode}/${r.indicatorNumber}`)).toEqual([
      "STRAT/3", "STRAT/4", "1.1/2", "1.2/2", "2.1/2", "2.2/4", "AS/1", "AS/3",
    ]);
    expect(plan.revisions[0]?.newForecast31_12?.raw).toBe("6.490.000,00");
  });

  it("recognises all four sheets with their template columns", () => {
    expect(plan.recognition.map((r) => [r.sheet, r.role, r.headerRow, r.missing.length])).toEqual([
      ["Obiettivi", "objectives", 0, 0],
      ["Indicatori", "indicators", 0, 0],
      ["Pesi", "weights", 0, 0],
      ["Revisioni", "revisions", 0, 0],
    ]);
    expect(plan.recognition[1]?.columns[8]).toEqual({ field: "target30_6", header: "Target 30/6", address: "I1" });
  });
});
