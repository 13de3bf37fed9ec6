/**
 * Figures as clerks write them and as the add-in writes them back: the calculations hold their
 * properties when results and targets arrive as Italian texts (read by readCellValue, the path
 * every cell takes), and every figure the explanations print reads back as the figure.
 */
import fc from "fast-check";
import { evaluateIndicator } from "../../src/core/calc/evaluateIndicator";
import { formatFigure, formatItalianEuro, formatItalianNumber, formatItalianPercent, formatShare, formatSignedFigure } from "../../src/core/wording/formatNumbers";
import { readCellValue } from "../../src/core/values/readCellValue";
import type { QuantityUnit } from "../../src/core/values/valueTypes";

const UNITS: readonly QuantityUnit[] = ["number", "percent", "euro"];

/** The Italian writing of a figure in its unit, to the cent or the hundredth of a point. */
function written(value: number, unit: QuantityUnit): string {
  if (unit === "percent") return formatItalianPercent(value, 2);
  if (unit === "euro") return formatItalianEuro(value);
  return formatItalianNumber(value, 2);
}

/** What the text means once written (rounded as written). */
const asWritten = (value: number, unit: QuantityUnit) => (unit === "percent" ? Math.round(value * 10_000) / 10_000 : Math.round(value * 100) / 100);

const figure = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const direction = fc.constantFrom("increasing" as const, "decreasing" as const);

function achievement(result: string, target: string, polarity: "increasing" | "decreasing"): number {
  const outcome = evaluateIndicator({ result: readCellValue(result), target: readCellValue(target), polarity });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value.achievement;
}

describe("results and targets written as Italian texts", () => {
  it("never give a lower achievement for a better result", () => {
    fc.assert(
      fc.property(figure, figure, figure, direction, fc.constantFrom(...UNITS), (a, b, target, polarity, unit) => {
        const [better, worse] = (polarity === "increasing") === asWritten(a, unit) >= asWritten(b, unit) ? [a, b] : [b, a];
        const t = written(target, unit);
        expect(achievement(written(better, unit), t, polarity)).toBeGreaterThanOrEqual(achievement(written(worse, unit), t, polarity));
      }),
      { numRuns: 1000 },
    );
  });

  it("give a finite achievement between 0 and the cap, and a finite deviation", () => {
    fc.assert(
      fc.property(figure, figure, direction, fc.constantFrom(...UNITS), (result, target, polarity, unit) => {
        const outcome = evaluateIndicator({ result: readCellValue(written(result, unit)), target: readCellValue(written(target, unit)), polarity });
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.value.achievement >= 0 && outcome.value.achievement <= 1).toBe(true);
        expect(Number.isFinite(outcome.value.deviation ?? 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("figures printed in explanations", () => {
  const precision = (unit: QuantityUnit) => (unit === "percent" ? 0.00005 : 0.005);

  it("read back as the figure, in its unit", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom(...UNITS), (value, unit) => {
        for (const text of [formatFigure(value, unit), formatSignedFigure(value, unit)]) {
          const read = readCellValue(text);
          expect(read).toMatchObject({ kind: "quantity", unit });
          if (read.kind === "quantity") expect(Math.abs(read.value - value)).toBeLessThanOrEqual(precision(unit) + Math.abs(value) * 1e-12);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("show achievements and shares as percentages that read back", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (share) => {
        const read = readCellValue(formatShare(share));
        expect(read).toMatchObject({ kind: "quantity", unit: "percent" });
        if (read.kind === "quantity") expect(Math.abs(read.value - share)).toBeLessThanOrEqual(0.00005 + share * 1e-12);
      }),
    );
  });
});
