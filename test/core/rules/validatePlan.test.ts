import type { Rule } from "../../../src/core/rules/ruleTypes";
import { INTERNAL_ERROR_RULE, validatePlan } from "../../../src/core/rules/validatePlan";
import { buildPlan } from "./planBuilder";
import { placeOf } from "./ruleHarness";

/** A rule that reports one finding per indicator, at its name cell: lets the runner be tested alone. */
const everyIndicator: Rule = {
  id: "prova",
  defaultSeverity: "avviso",
  description: "Segnala ogni indicatore.",
  check: ({ plan }) => plan.indicators.map((i) => ({ sheet: i.ref.sheet, cell: i.ref.address, objective: i.objectiveCode, indicator: i.number, message: i.name })),
};

const throwing: Rule = {
  id: "rotta",
  defaultSeverity: "errore",
  description: "Si interrompe.",
  check: () => {
    throw new Error("indice fuori intervallo");
  },
};

describe("validatePlan", () => {
  const plan = buildPlan({
    objectives: [{ code: "1.10" }, { code: "AS" }, { code: "1.2" }, { code: "STRAT", kind: "strategic" }],
    indicators: [{ objective: "1.10" }, { objective: "AS" }, { objective: "1.2" }, { objective: "STRAT" }, { objective: "1.2" }],
  });

  it("sorts by objective: strategic first, then natural order of codes (1.2 before 1.10), then row", () => {
    const anomalies = validatePlan(plan, {}, [everyIndicator]);
    expect(anomalies.map((a) => `${a.objective}/${a.indicator}`)).toEqual(["STRAT/1", "1.2/1", "1.2/2", "1.10/1", "AS/1"]);
  });

  it("puts plan-wide anomalies first and codes the plan does not have last", () => {
    const mixed: Rule = {
      ...everyIndicator,
      check: () => [
        { sheet: "Pesi", cell: "B9", objective: "AS-STRAT", message: "sconosciuto" },
        { sheet: "Indicatori", cell: "C3", objective: "1.2", message: "obiettivo" },
        { sheet: "Indicatori", cell: "A1", message: "piano" },
      ],
    };
    expect(validatePlan(plan, {}, [mixed]).map((a) => a.message)).toEqual(["piano", "obiettivo", "sconosciuto"]);
  });

  it("applies a severity override, and 'off' silences the rule", () => {
    expect(validatePlan(plan, { rules: { prova: "errore" } }, [everyIndicator]).every((a) => a.severity === "errore")).toBe(true);
    expect(validatePlan(plan, { rules: { prova: "off" } }, [everyIndicator])).toEqual([]);
  });

  it("reports a rule that throws as errore-interno and runs the others", () => {
    const anomalies = validatePlan(plan, {}, [throwing, everyIndicator]);
    const internal = anomalies.filter((a) => a.rule === INTERNAL_ERROR_RULE);
    expect(internal.map(placeOf)).toEqual(["Obiettivi!A1 errore"]);
    expect(internal[0]?.message).toContain("La regola rotta si è interrotta per un errore interno (indice fuori intervallo)");
    expect(anomalies.filter((a) => a.rule === "prova")).toHaveLength(5);
  });

  it("runs the whole catalogue on a clean plan without a single anomaly", () => {
    const clean = buildPlan({
      objectives: [{ code: "1.1", manager: "Rossi", weight: "100%", area: "Area" }],
      indicators: [
        { objective: "1.1", polarityBasis: "written", polarityCell: "crescente", baseline: 30, baselineYear: 2019, target30: 32, target31: 70, weight: "70%", result30: 56, declared30: 24 },
        { objective: "1.1", polarityBasis: "written", polarityCell: "crescente", baseline: "-", target30: "Avvio", target31: "Adozione del regolamento", weight: "30%", result30: "Avviato", declared30: "-" },
      ],
      weights: [{ manager: "Rossi", objective: "1.1", weights: ["100%"] }],
    });
    expect(validatePlan(clean)).toEqual([]);
  });
});
