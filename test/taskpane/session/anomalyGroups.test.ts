import fc from "fast-check";
import type { Plan } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import type { Anomaly, Severity } from "../../../src/core/rules/anomaly";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import {
  isBlocking,
  orderAnomalies,
  positionOf,
  resultRows,
  stepAnomaly,
  verdictOf,
} from "../../../src/taskpane/session/anomalyGroups";
import { prepareResultGroups } from "../../../src/taskpane/session/prepareResultGroups";
import { exampleGrids } from "../support/exampleWorkbook";

const ALL: Record<Severity, boolean> = { errore: true, avviso: true, info: true };
const RANK: Record<Severity, number> = { errore: 0, avviso: 1, info: 2 };

function anomaly(rule: string, severity: Severity, objective: string | undefined, cell: string): Anomaly {
  return { rule, severity, sheet: "Indicatori", cell, ...(objective === undefined ? {} : { objective }), key: "struttura-colonne", params: {}, message: `${rule} ${cell}` } as unknown as Anomaly;
}

const arbitraryAnomaly = fc
  .record({
    rule: fc.constantFrom("struttura-colonne", "pesi-indicatori", "target-mancante", "risultato-mancante"),
    severity: fc.constantFrom<Severity>("errore", "avviso", "info"),
    objective: fc.option(fc.constantFrom("1", "1.1", "1.2", "2.1"), { nil: undefined }),
    row: fc.integer({ min: 2, max: 40 }),
  })
  .map(({ rule, severity, objective, row }) => anomaly(rule, severity, objective, `K${row}`));

const plan = { objectives: [{ code: "1", title: "Strategico" }, { code: "1.1", title: "Primo" }] } as unknown as Plan;

function rankOf(item: Anomaly): number {
  return (isBlocking(item) ? 0 : 3) + RANK[item.severity];
}

describe("the order of the results list", () => {
  it("puts blocking anomalies first, then errors, warnings and infos, keeping the plan's order among equals", () => {
    fc.assert(
      fc.property(fc.array(arbitraryAnomaly, { maxLength: 60 }), (anomalies) => {
        const ordered = orderAnomalies(anomalies);
        expect([...ordered].sort((a, b) => anomalies.indexOf(a) - anomalies.indexOf(b))).toEqual(anomalies);
        for (let index = 1; index < ordered.length; index += 1) {
          const before = ordered[index - 1] as Anomaly;
          const after = ordered[index] as Anomaly;
          expect(rankOf(before)).toBeLessThanOrEqual(rankOf(after));
          if (rankOf(before) === rankOf(after)) expect(anomalies.indexOf(before)).toBeLessThan(anomalies.indexOf(after));
        }
      }),
    );
  });

  it("orders groups by their most severe anomaly and each group errors first, in both groupings", () => {
    fc.assert(
      fc.property(fc.array(arbitraryAnomaly, { maxLength: 60 }), (anomalies) => {
        const prepared = prepareResultGroups(anomalies, plan);
        for (const groups of [prepared.objective, prepared.rule]) {
          expect(groups.flatMap((group) => group.anomalies).length).toBe(anomalies.length);
          const firsts = groups.map((group) => rankOf(group.anomalies[0] as Anomaly));
          expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
          for (const group of groups) {
            const ranks = group.anomalies.map(rankOf);
            expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
            expect(group.counts.errore + group.counts.avviso + group.counts.info).toBe(group.anomalies.length);
          }
        }
      }),
    );
  });

  it("lists the blocking missing column before an error of an objective", () => {
    const missingColumn = anomaly("struttura-colonne", "avviso", undefined, "A1");
    const error = anomaly("pesi-indicatori", "errore", "1.1", "F3");
    const info = anomaly("target-mancante", "info", "1.1", "G3");
    const { objective, rule } = prepareResultGroups([error, info, missingColumn], plan);
    expect(objective.map((group) => [group.label, group.anomalies])).toEqual([
      [null, [missingColumn]],
      ["1.1", [error, info]],
    ]);
    expect(objective[1]?.title).toBe("Primo");
    expect(rule.map((group) => group.label)).toEqual(["struttura-colonne", "pesi-indicatori", "target-mancante"]);
  });

  it("counts each severity of a group apart (two badges for 2 avvisi and 1 info)", () => {
    const group = prepareResultGroups(
      [anomaly("a", "avviso", "1", "K2"), anomaly("b", "info", "1", "K3"), anomaly("c", "avviso", "1", "K4")],
      plan,
    ).objective[0];
    expect(group?.counts).toEqual({ errore: 0, avviso: 2, info: 1 });
  });

  it("puts the example plan's errors first, as the core found them", () => {
    const read = readPlan({ name: "esempio", sheets: exampleGrids() });
    if (!read.ok) throw new Error(read.message);
    const anomalies = validatePlan(read.plan);
    const { ordered } = prepareResultGroups(anomalies, read.plan);
    const errors = anomalies.filter((item) => item.severity === "errore");
    expect(errors.length).toBeGreaterThan(0);
    expect(ordered.slice(0, errors.length).every((item) => item.severity === "errore" || isBlocking(item))).toBe(true);
  });
});

describe("the rows of the results list", () => {
  const items = [anomaly("a", "errore", "1", "K2"), anomaly("b", "info", "1", "K3"), anomaly("c", "avviso", "1.1", "K4")];
  const { objective } = prepareResultGroups(items, plan);

  it.each([
    ["every severity, every group open", ALL, [], ["group 1", "errore", "info", "group 1.1", "avviso"]],
    ["infos hidden", { ...ALL, info: false }, [], ["group 1", "errore", "group 1.1", "avviso"]],
    ["warnings hidden: a group with nothing shown disappears", { ...ALL, avviso: false }, [], ["group 1", "errore", "info"]],
    ["group 1 closed", ALL, ["obiettivo-1"], ["group 1", "group 1.1", "avviso"]],
  ] as const)("with %s", (_case, shown, closed, expected) => {
    const rows = resultRows(objective, shown, new Set(closed));
    expect(rows.map((row) => (row.kind === "group" ? `group ${row.group.label}` : row.anomaly.severity))).toEqual(expected);
  });

  it("counts in a group's header only what the filter shows", () => {
    const [header] = resultRows(objective, { ...ALL, info: false }, new Set());
    expect(header?.kind === "group" ? header.shown : null).toEqual({ errore: 1, avviso: 0, info: 0 });
  });

  it("walks forward and back, wrapping at the ends, among the severities shown", () => {
    const [error, info, warning] = items;
    expect(stepAnomaly(objective, ALL, null, 1)).toBe(error);
    expect(stepAnomaly(objective, ALL, error ?? null, 1)).toBe(info);
    expect(stepAnomaly(objective, ALL, warning ?? null, 1)).toBe(error);
    expect(stepAnomaly(objective, ALL, null, -1)).toBe(warning);
    expect(stepAnomaly(objective, { ...ALL, info: false }, error ?? null, 1)).toBe(warning);
    expect(stepAnomaly(objective, { errore: false, avviso: false, info: false }, null, 1)).toBeNull();
    expect(positionOf(objective, ALL, info ?? null)).toEqual({ position: 2, total: 3 });
    expect(positionOf(objective, { ...ALL, errore: false }, error ?? null)).toEqual({ position: null, total: 2 });
  });
});

describe("the verdict", () => {
  it.each([
    ["errors: not ready", { errore: 3, avviso: 2, info: 0 }, 40, { kind: "notReady", errors: 3 }],
    ["errors without indicators: still not ready", { errore: 1, avviso: 0, info: 0 }, 0, { kind: "notReady", errors: 1 }],
    ["no indicators: nothing to check", { errore: 0, avviso: 0, info: 0 }, 0, { kind: "empty" }],
    ["no indicators, warnings: still nothing to check", { errore: 0, avviso: 2, info: 0 }, 0, { kind: "empty" }],
    ["no errors: ready with its warnings", { errore: 0, avviso: 2, info: 1 }, 40, { kind: "ready", warnings: 2, infos: 1 }],
  ] as const)("%s", (_case, counts, indicators, verdict) => {
    expect(verdictOf(counts, indicators)).toEqual(verdict);
  });
});
