import type { Rule } from "../../../src/core/rules/ruleTypes";
import { INTERNAL_ERROR_RULE, validatePlan } from "../../../src/core/rules/validatePlan";
import type { MessageText } from "../../../src/core/wording/messageParameters";
import { buildPlan } from "./planBuilder";
import { placeOf } from "./ruleHarness";

/** Some message for the test rules: a key of the catalogue whose title parameter tells the findings apart. */
function titled(title: string): MessageText {
  return { key: "obiettivo-senza-indicatori", params: { objective: "X", title } };
}

/** A rule that reports one finding per indicator, at its name cell: lets the runner be tested alone. */
const everyIndicator: Rule = {
  id: "prova",
  defaultSeverity: "avviso",
  description: "Segnala ogni indicatore.",
  check: ({ plan }) => plan.indicators.map((i) => ({ sheet: i.ref.sheet, cell: i.ref.address, objective: i.objectiveCode, indicator: i.number, text: titled(i.name) })),
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
        { sheet: "Pesi", cell: "B9", objective: "AS-STRAT", text: titled("sconosciuto") },
        { sheet: "Indicatori", cell: "C3", objective: "1.2", text: titled("obiettivo") },
        { sheet: "Indicatori", cell: "A1", text: titled("piano") },
      ],
    };
    expect(validatePlan(plan, {}, [mixed]).map((a) => a.params["title"])).toEqual(["piano", "obiettivo", "sconosciuto"]);
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

  it("keeps each anomaly's key and figures beside the message worded from them", () => {
    const [first] = validatePlan(plan, {}, [everyIndicator]);
    expect(first?.key).toBe("obiettivo-senza-indicatori");
    expect(first?.params).toEqual({ objective: "X", title: first?.params["title"] });
    expect(first?.message).toBe(`L'obiettivo X («${String(first?.params["title"])}») non ha indicatori: il suo grado di raggiungimento non è misurabile.`);
  });

  it("words the messages in English when asked, the internal error included", () => {
    const anomalies = validatePlan(plan, {}, { rules: [throwing, everyIndicator], locale: "en" });
    const internal = anomalies.find((a) => a.rule === INTERNAL_ERROR_RULE);
    expect(internal?.message).toBe("The rule rotta stopped because of an internal error (indice fuori intervallo): its checks were not run.");
    expect(internal?.suggestion).toBe("Report the problem and attach the file; the other rules were applied.");
    expect(anomalies.find((a) => a.rule === "prova")?.message).toMatch(/^Objective X \(“.*”\) has no indicators: its achievement cannot be measured\.$/);
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
