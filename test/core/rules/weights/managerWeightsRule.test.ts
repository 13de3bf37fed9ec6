import { managerWeightsRule } from "../../../../src/core/rules/weights/managerWeightsRule";
import { buildPlan, type WeightRowSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

/** The seed's Area Anagrafica: 2.3 and 2.4 were added at mid-year, so they have no initial weight. */
const anagrafica: WeightRowSpec[] = [
  { manager: "dr d'Azzeo", objective: "STRAT", weights: ["10,00%", "10,00%"] },
  { manager: "dr d'Azzeo", objective: "2.1", weights: ["45,00%", "30,00%"] },
  { manager: "dr d'Azzeo", objective: "2.2", weights: ["45,00%", "30,00%"] },
  { manager: "dr d'Azzeo", objective: "2.3", weights: ["", "20,00%"] },
  { manager: "dr d'Azzeo", objective: "2.4", weights: ["", "10,00%"] },
];

describe("pesi-obiettivi", () => {
  it("reports a weight column that does not sum to 100% for a manager, naming the column and the figures", () => {
    const rows = anagrafica.map((row) => (row.objective === "2.4" ? { ...row, weights: ["", "5,00%"] } : row));
    const anomalies = runRule(managerWeightsRule, buildPlan({ weights: rows }));
    expect(anomalies.map(placeOf)).toEqual(["Pesi!D2 STRAT errore"]);
    expect(anomalies[0]?.message).toContain("«Peso rideterminato»");
    expect(anomalies[0]?.detail).toBe("10% + 30% + 30% + 20% + 5% = 95%.");
  });

  it("reports a sum within the tolerance as rounding", () => {
    const rows = [
      { manager: "Rossi", objective: "1", weights: ["33,33%"] },
      { manager: "Rossi", objective: "2", weights: ["33,33%"] },
      { manager: "Rossi", objective: "3", weights: ["33,33%"] },
    ];
    expect(runRule(managerWeightsRule, buildPlan({ weights: rows })).map(placeOf)).toEqual(["Pesi!C2 1 info"]);
  });

  it("adds the objectives sheet's weights per manager when there is no Pesi table", () => {
    const plan = buildPlan({
      objectives: [
        { code: "1.1", manager: "Vairano", weight: "20%" },
        { code: "1.2", manager: "Vairano", weight: "50%" },
        { code: "2.1", manager: "Taioli", weight: "100%" },
      ],
    });
    const anomalies = runRule(managerWeightsRule, plan);
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!F2 1.1 errore"]);
    expect(anomalies[0]?.detail).toBe("20% + 50% = 70%.");
  });

  it.each([
    ["the seed's Area Anagrafica, new objectives blank in the initial column", anagrafica],
    ["a column blank for all of a manager's objectives", [{ manager: "Zorzi", objective: "AS", weights: ["", ""] }, { manager: "Zorzi", objective: "AS-STRAT", weights: ["100%", ""] }]],
    ["managers written with different spacing", [{ manager: "Rossi ", objective: "1", weights: ["60%"] }, { manager: "rossi", objective: "2", weights: ["40%"] }]],
  ])("stays quiet for %s", (_case, rows) => {
    expect(runRule(managerWeightsRule, buildPlan({ weights: rows }))).toEqual([]);
  });
});
