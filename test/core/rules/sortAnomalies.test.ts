/**
 * sortAnomalies (keys worked out before the sort) lists anomalies as a sort with anomalyOrder does,
 * for anomalies in any order, ties included (both sorts are stable).
 */
import fc from "fast-check";
import type { Anomaly } from "../../../src/core/rules/anomaly";
import { anomalyOrder, sortAnomalies } from "../../../src/core/rules/compareAnomalies";
import { buildPlan } from "./planBuilder";

const plan = buildPlan({
  objectives: [{ code: "1.10" }, { code: "1.2" }, { code: "STRAT", kind: "strategic" }],
  indicators: [{ objective: "1.10" }, { objective: "1.2" }, { objective: "STRAT" }],
});

const anomaly = fc.record({
  objective: fc.constantFrom(undefined, "1.10", "1.2", " 1.2 ", "strat", "9.9", "1.2.a", ""),
  sheet: fc.constantFrom("Obiettivi", "Indicatori", "Pesi", "Altro", "altro"),
  cell: fc.constantFrom("A2", "B2", "B10", "AA1", "?"),
  rule: fc.constantFrom("a", "b", "B"),
  message: fc.constantFrom("x", "y", "è", "E"),
  id: fc.nat(),
});

describe("sortAnomalies", () => {
  it("sorts as anomalyOrder does", () => {
    fc.assert(
      fc.property(fc.array(anomaly, { maxLength: 40 }), (fields) => {
        const anomalies: Anomaly[] = fields.map(({ objective, sheet, cell, rule, message, id }) => ({
          rule,
          severity: "avviso",
          sheet,
          cell,
          ...(objective === undefined ? {} : { objective }),
          key: "errore-interno",
          params: { rule, reason: String(id) },
          message,
        }));
        const expected = [...anomalies].sort(anomalyOrder(plan));
        const sorted = sortAnomalies([...anomalies], plan);
        expect(sorted).toHaveLength(expected.length);
        sorted.forEach((a, i) => expect(a).toBe(expected[i]));
      }),
    );
  });
});
