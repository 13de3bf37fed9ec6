import { duplicateCodeRule } from "../../../../src/core/rules/structure/duplicateCodeRule";
import { buildPlan } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

describe("codice-duplicato", () => {
  it("reports an objective code written twice, at the second row, naming the first", () => {
    const plan = buildPlan({ objectives: [{ code: "1.1" }, { code: "1.2" }, { code: " 1.1 " }], indicators: [] });
    const anomalies = runRule(duplicateCodeRule, plan);
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!A4 1.1 errore"]);
    expect(anomalies[0]?.message).toContain("riga 4");
    expect(anomalies[0]?.message).toContain("riga 2");
  });

  it.each([
    ["an indicator number", { indicators: [{ objective: "1.1", number: "1" }, { objective: "1.1", number: "Ind. 1" }] }, "Indicatori!C3 1.1/Ind. 1 errore"],
    [
      "a manager and objective in Pesi",
      { indicators: [{ objective: "1.1" }], weights: [{ manager: "Rossi", objective: "1.1", weights: ["50%"] }, { manager: "rossi ", objective: "1.1", weights: ["50%"] }] },
      "Pesi!B3 1.1 errore",
    ],
    [
      "a revision",
      { indicators: [{ objective: "1.1" }], revisions: [{ objective: "1.1", indicator: "1" }, { objective: "1.1", indicator: "Indicatore 1" }] },
      "Revisioni!A3 1.1/Indicatore 1 errore",
    ],
  ])("reports %s written twice", (_case, spec, place) => {
    expect(runRule(duplicateCodeRule, buildPlan(spec)).map(placeOf)).toEqual([place]);
  });

  it("stays quiet when every key is distinct, even with the same indicator number under two objectives", () => {
    const plan = buildPlan({
      indicators: [{ objective: "1.1", number: "1" }, { objective: "1.2", number: "1" }, { objective: "1.10", number: "1" }],
      weights: [{ manager: "Rossi", objective: "1.1", weights: ["50%"] }, { manager: "Bianchi", objective: "1.1", weights: ["50%"] }],
    });
    expect(runRule(duplicateCodeRule, plan)).toEqual([]);
  });
});
