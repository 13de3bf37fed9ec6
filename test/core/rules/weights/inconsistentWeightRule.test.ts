import { inconsistentWeightRule } from "../../../../src/core/rules/weights/inconsistentWeightRule";
import { buildPlan, type ObjectiveSpec, type WeightRowSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const manager = "Conservatore del Registro Imprese dr Antonio d'Azzeo";
const pesi: WeightRowSpec[] = [
  { manager, objective: "2.1", weights: ["45,00%", "30,00%"] },
  { manager, objective: "2.3", weights: ["", "20,00%"] },
];

function planWith(objectives: ObjectiveSpec[], weights: WeightRowSpec[] = pesi) {
  return buildPlan({ objectives, weights });
}

describe("peso-incoerente", () => {
  it("reports the seed's 2.1 card weight (45%) as the initial weight, redetermined to 30%, at info level", () => {
    const anomalies = runRule(inconsistentWeightRule, planWith([{ code: "2.1", manager: "dr Antonio d'Azzeo", weight: "Peso: 45%" }, { code: "2.3", weight: "20,00%" }]));
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!F2 2.1 info"]);
    expect(anomalies[0]?.message).toContain("(45%) è quello della colonna «Peso iniziale»");
    expect(anomalies[0]?.message).toContain("rideterminato a 30%");
  });

  it("reports a card weight found in no column of the Pesi table", () => {
    const anomalies = runRule(inconsistentWeightRule, planWith([{ code: "2.1", weight: "25%" }, { code: "2.3", weight: "20%" }]));
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!F2 2.1 avviso"]);
    expect(anomalies[0]?.message).toContain("(25%) non coincide con quello della tabella dei pesi");
    expect(anomalies[0]?.message).toContain("30% nella colonna «Peso rideterminato»");
  });

  it("reports an objective missing from the Pesi table and a Pesi row for an unknown objective", () => {
    const rows = [...pesi, { manager: "Azienda Speciale", objective: "AS-STRAT", weights: ["100%", "100%"] }];
    const anomalies = runRule(inconsistentWeightRule, planWith([{ code: "2.1" }, { code: "2.3" }, { code: "2.4" }], rows));
    expect(anomalies.map(placeOf)).toEqual(["Obiettivi!A4 2.4 avviso", "Pesi!B4 AS-STRAT avviso"]);
    expect(anomalies[1]?.message).toContain("«AS-STRAT», che non esiste nel piano");
  });

  it("compares with the row of the objective's own manager when several managers share it", () => {
    const rows: WeightRowSpec[] = [
      { manager: "dr Massimo Ziletti", objective: "STRAT", weights: ["30%"] },
      { manager: "dr.ssa Antonella Vairano", objective: "STRAT", weights: ["10%"] },
    ];
    const plan = planWith([{ code: "STRAT", kind: "strategic", manager: "Antonella Vairano", weight: "30%" }], rows);
    expect(runRule(inconsistentWeightRule, plan).map(placeOf)).toEqual(["Obiettivi!F2 STRAT avviso"]);
  });

  it.each([
    ["weights that agree", [{ code: "2.1", weight: "30%" }, { code: "2.3", weight: "0,2" }], pesi],
    ["blank card weights (the seed's STRAT)", [{ code: "2.1" }, { code: "2.3", weight: "" }], pesi],
    ["no Pesi table", [{ code: "2.1", weight: "45%" }], []],
  ])("stays quiet for %s", (_case, objectives, rows) => {
    expect(runRule(inconsistentWeightRule, planWith(objectives, rows))).toEqual([]);
  });
});

describe("peso-incoerente and a blank current weight", () => {
  it("leaves a blank current weight in Pesi to peso-non-valido (the seed's AS: 100% on the card, blank in the table)", () => {
    const plan = buildPlan({ objectives: [{ code: "AS", weight: "100%" }], weights: [{ manager: "Azienda Speciale", objective: "AS", weights: ["", ""] }] });
    expect(runRule(inconsistentWeightRule, plan)).toEqual([]);
  });
});
