import type { Anomaly } from "../../../src/core/rules/anomaly";
import { anomalyOrder } from "../../../src/core/rules/compareAnomalies";
import { buildPlan } from "./planBuilder";

const plan = buildPlan({
  objectives: [{ code: "1.10" }, { code: "1.2" }, { code: "STRAT", kind: "strategic" }],
  indicators: [{ objective: "1.10" }, { objective: "1.2" }, { objective: "STRAT" }],
});

function anomaly(message: string, fields: Partial<Anomaly>): Anomaly {
  return { rule: "prova", severity: "avviso", sheet: "Indicatori", cell: "A2", key: "errore-interno", params: { rule: "prova", reason: "prova" }, message, ...fields };
}

describe("anomalyOrder", () => {
  it("orders by group, code, sheet, cell, rule and message", () => {
    const anomalies = [
      anomaly("sconosciuto", { objective: "9.9" }),
      anomaly("1.10", { objective: "1.10" }),
      anomaly("1.2 riga 10", { objective: "1.2", cell: "B10" }),
      anomaly("1.2 riga 2 colonna C", { objective: "1.2", cell: "C2" }),
      anomaly("1.2 riga 2 colonna B, regola b", { objective: "1.2", cell: "B2", rule: "b" }),
      anomaly("1.2 riga 2 colonna B, regola a, messaggio z", { objective: " 1.2 ", cell: "B2", rule: "a" }),
      anomaly("1.2 riga 2 colonna B, regola a, messaggio a", { objective: "1.2", cell: "B2", rule: "a" }),
      anomaly("1.2 senza indirizzo", { objective: "1.2", cell: "?" }),
      anomaly("strategico", { objective: "strat" }),
      anomaly("piano", { sheet: "Obiettivi" }),
    ];
    expect([...anomalies].sort(anomalyOrder(plan)).map((a) => a.message)).toEqual([
      "piano",
      "strategico",
      "1.2 riga 2 colonna B, regola a, messaggio a",
      "1.2 riga 2 colonna B, regola a, messaggio z",
      "1.2 riga 2 colonna B, regola b",
      "1.2 riga 2 colonna C",
      "1.2 riga 10",
      "1.2 senza indirizzo",
      "1.10",
      "sconosciuto",
    ]);
  });

  it("works out what an anomaly is sorted by once, however often it is compared", () => {
    const reads = new Map<string, number>();
    const counted = Array.from({ length: 200 }, (_, i) => {
      const base = anomaly(`n. ${i}`, { objective: i % 2 === 0 ? "1.2" : "1.10", cell: `B${200 - i}` });
      return new Proxy(base, {
        get(target, property, receiver) {
          if (property === "objective") reads.set(target.message, (reads.get(target.message) ?? 0) + 1);
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    });
    counted.sort(anomalyOrder(plan));
    expect(Math.max(...reads.values())).toBe(2);
  });
});
