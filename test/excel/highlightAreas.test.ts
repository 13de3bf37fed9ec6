import fc from "fast-check";
import type { Anomaly, Severity } from "../../src/core/rules/anomaly";
import { toA1 } from "../../src/core/plan/a1";
import { joinWithinLimit, planHighlights } from "../../src/excel/highlightAreas";
import { highlightFormula, markedSeverity, moreSevere } from "../../src/excel/highlightMarker";
import { parseArea } from "../../src/excel/cellAddress";

const anomaly = (cell: string, severity: Severity = "errore", sheet = "Indicatori"): Anomaly => ({
  rule: "r",
  severity,
  sheet,
  cell,
  key: "errore-interno",
  params: { rule: "prova", reason: "prova" },
  message: "m",
});
const sheets = new Set(["Indicatori", "Obiettivi operativi"]);

describe("planning highlights", () => {
  it("merges neighbouring cells of a column into one area, per sheet and severity", () => {
    const plan = planHighlights(
      ["K12", "K13", "K14", "K16", "L12", "K13"].map((cell) => anomaly(cell)).concat(anomaly("C2", "info", "Obiettivi operativi")),
      sheets,
      4_000,
    );
    expect(plan.groups).toEqual([
      { sheet: "Indicatori", severity: "errore", addresses: ["K12:K14,K16,L12"] },
      { sheet: "Obiettivi operativi", severity: "info", addresses: ["C2"] },
    ]);
  });

  it("skips what cannot be highlighted and says which", () => {
    const missing = anomaly("A1", "errore", "Indicatori 2019");
    const notACell = anomaly("Totale");
    expect(planHighlights([missing, notACell, anomaly("B2")], sheets, 4_000).skipped).toEqual([missing, notACell]);
  });

  it.each([
    [["A1", "B2", "C3"], 5, ["A1,B2", "C3"]],
    [["A1", "B2", "C3"], 8, ["A1,B2,C3"]],
    [["AA100:AA200"], 3, ["AA100:AA200"]],
  ])("joins %p within %p characters as %p", (addresses, limit, expected) => {
    expect(joinWithinLimit(addresses, limit)).toEqual(expected);
  });

  it("covers every anomalous cell exactly once, by its most severe anomaly, within the address limit", () => {
    const severity = fc.constantFrom<Severity>("errore", "avviso", "info");
    const item = fc.record({ row: fc.integer({ min: 0, max: 60 }), col: fc.integer({ min: 0, max: 5 }), severity });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 200 }), fc.integer({ min: 12, max: 200 }), (items, limit) => {
        const plan = planHighlights(items.map((i) => anomaly(toA1(i.row, i.col), i.severity)), sheets, limit);
        const expected = new Map<string, Severity>();
        for (const i of items) {
          const key = toA1(i.row, i.col);
          const known = expected.get(key);
          expected.set(key, known ? moreSevere(known, i.severity) : i.severity);
        }
        const painted = new Map<string, Severity>();
        for (const group of plan.groups) {
          for (const address of group.addresses) {
            expect(address.length).toBeLessThanOrEqual(limit);
            for (const area of address.split(",")) {
              const rect = parseArea(area);
              if (!rect) throw new Error(area);
              for (let row = rect.top; row <= rect.bottom; row += 1) {
                for (let col = rect.left; col <= rect.right; col += 1) {
                  const key = toA1(row, col);
                  expect(painted.has(key)).toBe(false);
                  painted.set(key, group.severity);
                }
              }
            }
          }
        }
        expect(painted).toEqual(expected);
      }),
    );
  });
});

describe("the highlight marker", () => {
  it.each<Severity>(["errore", "avviso", "info"])("marks %p and is recognised again", (severity) => {
    expect(markedSeverity(highlightFormula(severity))).toBe(severity);
  });

  it.each([['=$I2>0.5'], ['="perf-addin:grave"<>""'], [null], [undefined], ['="perf"<>""']])("does not claim the rule %p", (formula) => {
    expect(markedSeverity(formula)).toBeNull();
  });
});
