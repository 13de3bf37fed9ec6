import type { Anomaly } from "../../../src/core/rules/anomaly";
import { summarizeAnomalies } from "../../../src/core/report/summarizeAnomalies";
import { buildPlan } from "../rules/planBuilder";

const anomaly = (severity: Anomaly["severity"], objective?: string): Anomaly => ({
  rule: "prova",
  severity,
  sheet: "Indicatori",
  cell: "A1",
  key: "errore-interno",
  params: { rule: "prova", reason: "prova" },
  message: "messaggio",
  ...(objective === undefined ? {} : { objective }),
});

describe("summarizeAnomalies", () => {
  it("counts by severity and groups by objective in the order given, plan-wide anomalies as objective null", () => {
    const plan = buildPlan({ objectives: [{ code: "1.2", title: "Bandi camerali" }] });
    const summary = summarizeAnomalies([anomaly("errore"), anomaly("info", "1.2"), anomaly("avviso", "1.2 "), anomaly("info", "9.9")], plan);
    expect(summary.total).toBe(4);
    expect(summary.counts).toEqual({ errore: 1, avviso: 1, info: 2 });
    expect(summary.groups.map((g) => [g.objective, g.title, g.worst, g.anomalies.length])).toEqual([
      [null, undefined, "errore", 1],
      ["1.2", "Bandi camerali", "avviso", 2],
      ["9.9", undefined, "info", 1],
    ]);
    expect(summary.groups[1]?.counts).toEqual({ errore: 0, avviso: 1, info: 1 });
  });

  it("summarises no anomalies as zero everywhere", () => {
    expect(summarizeAnomalies([])).toEqual({ total: 0, counts: { errore: 0, avviso: 0, info: 0 }, groups: [] });
  });
});
