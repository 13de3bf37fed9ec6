import fc from "fast-check";
import { NumberTable } from "../../../src/core/plan/numberTable";

describe("NumberTable", () => {
  it("stores and finds what a Map<number, number> does, whatever the keys and however many", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 0.1, 1e-300)), fc.nat()), { maxLength: 400 }),
        fc.array(fc.double(), { maxLength: 50 }),
        (entries, probes) => {
          const table = new NumberTable();
          const map = new Map<number, number>();
          for (const [key, index] of entries) {
            table.set(key, index);
            map.set(key, index);
          }
          expect(table.size).toBe(map.size);
          for (const key of [...map.keys(), ...probes]) expect(table.get(key)).toBe(map.get(key));
        },
      ),
    );
  });

  it("keeps every entry as it grows past its first capacity", () => {
    const table = new NumberTable();
    for (let i = 0; i < 5000; i++) table.set(i / 7, i);
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(table.get(i / 7)).toBe(i);
    expect(table.get(5000 / 7)).toBeUndefined();
  });
});
