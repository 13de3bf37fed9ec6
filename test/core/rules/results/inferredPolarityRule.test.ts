import { inferredPolarityRule } from "../../../../src/core/rules/results/inferredPolarityRule";
import { buildPlan, type IndicatorSpec } from "../planBuilder";
import { placeOf, runRule } from "../ruleHarness";

const run = (spec: Partial<IndicatorSpec>) => runRule(inferredPolarityRule, buildPlan({ indicators: [{ objective: "2.2", ...spec }] }));

describe("polarita-dedotta", () => {
  it("reports a polarity inferred from the name, quoting the reason", () => {
    const anomalies = run({
      polarity: "decreasing",
      polarityBasis: "name",
      polarityInferred: "dedotta da 'riduzione' nel nome dell'indicatore e dai target negativi (-2%, -5%)",
    });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!C2 2.2/1 info"]);
    expect(anomalies[0]?.message).toContain("non è scritta: è considerata decrescente (dedotta da 'riduzione' nel nome");
  });

  it("reports a milestone inferred from targets written as dates: the dates are read as deadlines", () => {
    const anomalies = run({
      polarity: "milestone",
      polarityBasis: "dateTargets",
      polarityInferred: "dedotta dai target espressi come data ('31/01/2024'): ogni data è letta come scadenza, e un risultato con una data successiva vale 0%",
      target30: "31/01/2024",
    });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!C2 2.2/1 info"]);
    expect(anomalies[0]?.message).toContain("è considerata milestone (dedotta dai target espressi come data ('31/01/2024'): ogni data è letta come scadenza");
  });

  it.each([
    ["boh", "crescente, decrescente o milestone."],
    ["decresente", "forse «decrescente»?"],
    ["Crescnte", "forse «crescente»?"],
  ])("warns about the written but unreadable polarity %s, at its cell, naming the closest word", (written, suggestion) => {
    const anomalies = run({
      polarityCell: written,
      polarityBasis: "default",
      polarityInferred: `polarità '${written}' non riconosciuta; non indicata: assunta crescente (nessun indizio di polarità decrescente o di traguardo)`,
    });
    expect(anomalies.map(placeOf)).toEqual(["Indicatori!E2 2.2/1 avviso"]);
    expect(anomalies[0]?.message).toContain(`La polarità «${written}» dell'indicatore 1 dell'obiettivo 2.2 non è riconosciuta: è considerata crescente (nessun indizio di polarità decrescente o di traguardo), e scostamento`);
    expect(anomalies[0]?.suggestion).toContain(suggestion);
  });

  it("keeps both kinds at info when the user sets the rule to info", () => {
    const plan = buildPlan({ indicators: [{ objective: "2.2", polarityCell: "boh", polarityBasis: "default", polarityInferred: "polarità 'boh' non riconosciuta" }] });
    expect(runRule(inferredPolarityRule, plan, { rules: { "polarita-dedotta": "info" } }).map(placeOf)).toEqual(["Indicatori!E2 2.2/1 info"]);
  });

  it.each([
    ["a written polarity", { polarityCell: "decrescente", polarity: "decreasing" as const, polarityBasis: "written" as const }],
    ["the default crescente", { polarityBasis: "default" as const, polarityInferred: "non indicata: assunta crescente" }],
    ["milestone targets", { polarity: "milestone" as const, polarityBasis: "milestoneTargets" as const, polarityInferred: "dedotta dai target espressi come traguardo ('Avvio')" }],
  ])("stays quiet for %s", (_case, spec) => {
    expect(run(spec)).toEqual([]);
  });
});
