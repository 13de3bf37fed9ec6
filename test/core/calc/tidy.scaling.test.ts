/**
 * tidy scales a figure by the power of ten its binary exponent suggests (one too low next to a power
 * of ten, tried again), and works out the exact scaled figure only next to a tie: the figure its
 * 15-digit text gives, at every binary exponent and on both sides of every power of ten and of a tie.
 */
import fc from "fast-check";
import { tidy } from "../../../src/core/calc/calcOutcome";

function throughText(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  const rounded = Number(value.toPrecision(15));
  return Number.isFinite(rounded) ? rounded : value;
}

/** The double next to `value` upwards (steps > 0) or downwards, `steps` units in the last place away. */
function nextTo(value: number, steps: number): number {
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, value);
  bits.setBigUint64(0, bits.getBigUint64(0) + BigInt(steps));
  return bits.getFloat64(0);
}

describe("tidy next to binary and decimal boundaries", () => {
  it("agrees with the text route at every binary exponent, on both sides", () => {
    for (let exponent = -1074; exponent <= 1023; exponent += 1) {
      const power = 2 ** exponent;
      for (const figure of [power, nextTo(power, 1), nextTo(power, 3), exponent > -1074 ? nextTo(power, -1) : power]) {
        expect(Object.is(tidy(figure), throughText(figure))).toBe(true);
      }
    }
  });

  it("agrees with the text route next to every power of ten a double holds", () => {
    for (let exponent = -323; exponent <= 308; exponent += 1) {
      const power = Number(`1e${exponent}`);
      for (const steps of [-2, -1, 0, 1, 2]) {
        const figure = steps === 0 || power === 0 ? power : nextTo(power, steps);
        expect(Object.is(tidy(figure), throughText(figure))).toBe(true);
      }
    }
  });

  it("agrees with the text route a few units in the last place from a tie at the 16th digit", () => {
    const digits = fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n });
    fc.assert(
      fc.property(digits, fc.integer({ min: -10, max: 22 }), fc.integer({ min: -4, max: 4 }), (significant, exponent, steps) => {
        const figure = nextTo(Number(`${significant}5e${exponent - 15}`), steps);
        expect(Object.is(tidy(figure), throughText(figure))).toBe(true);
        expect(Object.is(tidy(-figure), throughText(-figure))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
