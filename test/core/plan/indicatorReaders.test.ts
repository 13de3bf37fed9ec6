/**
 * Reads that serve a pass over many indicators or cells give what the general reads give: an
 * indicator's sheet (indicatorSheet against its reference) and the cells' keys (CellKeys against
 * cellKey), for a read plan's indicators, records and records moved into columns.
 */
import fc from "fast-check";
import { indicatorSheet, storeIndicators } from "../../../src/core/plan/indicatorColumns";
import { CellKeys, cellKey, PlanCells } from "../../../src/core/plan/planCells";
import type { Indicator, PlanCell } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { toA1 } from "../../../src/core/plan/a1";
import { planOfSize } from "../../support/syntheticPlan";
import { buildPlan } from "../rules/planBuilder";

function readSynthetic(size: number, seed: number, defectRate: number): readonly Indicator[] {
  const read = readPlan(planOfSize(size, seed, defectRate).workbook);
  if (!read.ok) throw new Error("the synthetic plan could not be read");
  return read.plan.indicators;
}

const literal = buildPlan({
  objectives: [{ code: "1.1" }, { code: "1.2" }],
  indicators: [
    { objective: "1.1", number: "1", weight: "70%", target30: 32, target31: 70, result30: 56, declared30: 24 },
    { objective: "1.1", number: "2", target31: "-", result30: "???" },
    { objective: "1.2", number: "1", target30: "Avvio" },
  ],
}).indicators;

const INDICATORS: [string, () => readonly Indicator[]][] = [
  ["a read plan", () => readSynthetic(300, 2, 0.5)],
  ["records", () => literal],
  ["records moved into columns", () => storeIndicators(literal)],
  ["two read plans, one after the other", () => [...readSynthetic(50, 1, 0.5), ...readSynthetic(50, 3, 0.5)]],
  ["records and a read plan, mixed", () => [...literal, ...readSynthetic(50, 4, 0.5), ...storeIndicators(literal)]],
];

describe("indicatorSheet", () => {
  it.each(INDICATORS)("is the sheet of the indicator's reference, for %s", (_, indicators) => {
    for (const indicator of indicators()) expect(indicatorSheet(indicator)).toBe(indicator.ref.sheet);
  });
});

describe("CellKeys", () => {
  const position = fc.record({
    sheet: fc.constantFrom("Obiettivi", "Indicatori", "Pesi", "1,2"),
    row: fc.oneof(fc.integer({ min: 0, max: 2 ** 20 + 2 }), fc.constantFrom(-1, 1.5, 2 ** 40)),
    col: fc.oneof(fc.integer({ min: 0, max: 2 ** 14 + 2 }), fc.constantFrom(-1, 0.5)),
  });
  const literalCell = ({ sheet, row, col }: { sheet: string; row: number; col: number }): PlanCell => ({
    ref: { sheet, address: toA1(Math.max(0, Math.floor(row)), Math.max(0, Math.floor(col))), row, col },
    raw: "-",
    value: { kind: "placeholder", text: "-" },
  });

  it("gives two cells the same key exactly when cellKey does, stored or not", () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (positions, stored) => {
        const store = new PlanCells();
        const cells = positions.map((at, i) => (stored[i] === true ? store.cell(store.add(literalCell(at))) : literalCell(at)));
        const keys = new CellKeys();
        for (const a of cells) for (const b of cells) expect(keys.of(a) === keys.of(b)).toBe(cellKey(a) === cellKey(b));
      }),
    );
  });
});
