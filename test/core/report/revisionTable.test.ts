import { revisionTable } from "../../../src/core/report/revisionTable";
import { buildPlan } from "../rules/planBuilder";

describe("revisionTable", () => {
  const plan = buildPlan({
    objectives: [{ code: "1.1" }, { code: "STRAT", kind: "strategic" }],
    indicators: [
      { objective: "1.1", number: "2", name: "numero imprese coinvolte in attività di assessment", target30: 40, target31: 100, result30: 85 },
      { objective: "STRAT", number: "3", name: "disponibilità di contributi", target30: "€ 1.800.000,00", target31: "€ 3.200.000,00", result30: "€ 6.190.000,00" },
    ],
    revisions: [
      { objective: "1.1", indicator: "Indicatore 2", forecast30: "40", actual30: "85", forecast31: "100", newForecast31: "120", reason: " 85 raggiunti, 35 attesi " },
      { objective: "STRAT", indicator: "Indicatore 3", newForecast31: "€ 6.490.000,00" },
      { objective: "9.9", indicator: "1", newForecast31: "5" },
    ],
  });

  it("joins each revision row with the plan, strategic objectives first, with the change of forecast", () => {
    const rows = revisionTable(plan);
    expect(rows.map((r) => [r.objective, r.indicator, r.name])).toEqual([
      ["STRAT", "Indicatore 3", "disponibilità di contributi"],
      ["1.1", "Indicatore 2", "numero imprese coinvolte in attività di assessment"],
      ["9.9", "1", undefined],
    ]);
    expect(rows[1]).toMatchObject({ forecast30_6: "40", actual30_6: "85", forecast31_12: "100", newForecast31_12: "120", fromPlan: [], change: "+20 (+20%)", reason: "85 raggiunti, 35 attesi" });
  });

  it("takes the values a row leaves out from the plan, and says which", () => {
    const strat = revisionTable(plan)[0];
    expect(strat).toMatchObject({
      forecast30_6: "€ 1.800.000,00",
      actual30_6: "€ 6.190.000,00",
      forecast31_12: "€ 3.200.000,00",
      newForecast31_12: "€ 6.490.000,00",
      fromPlan: ["forecast30_6", "actual30_6", "forecast31_12"],
      change: "€ +3.290.000,00 (+102,81%)",
    });
  });
});
