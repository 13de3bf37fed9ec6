import { objectiveWithoutIndicatorsRule } from "../../../../src/core/rules/structure/objectiveWithoutIndicatorsRule";
import { buildPlan } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

describe("obiettivo-senza-indicatori", () => {
  it("reports an objective no indicator belongs to, at its code", () => {
    const plan = buildPlan({
      objectives: [{ code: "1.1" }, { code: "AS-STRAT", kind: "strategic", title: "Realizzazione di fiere ed eventi" }],
      indicators: [{ objective: "1.1" }],
    });
    const anomalies = runRule(objectiveWithoutIndicatorsRule, plan);
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!A3 AS-STRAT errore"]);
    expect(anomalies[0]?.message).toContain("Realizzazione di fiere ed eventi");
  });

  it.each([
    ["every objective has indicators", { objectives: [{ code: "1.1" }], indicators: [{ objective: "1.1" }] }],
    [
      "a strategic objective is scored only by its operational objectives (own share 0%)",
      {
        objectives: [{ code: "S", kind: "strategic" as const, ownShare: "0%" }, { code: "1.1", parentCode: "S" }],
        indicators: [{ objective: "1.1" }],
      },
    ],
  ])("stays quiet when %s", (_case, spec) => {
    expect(runRule(objectiveWithoutIndicatorsRule, buildPlan(spec))).toEqual([]);
  });
});
