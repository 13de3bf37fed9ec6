import fc from "fast-check";
import type { Grid } from "../../../src/core/plan/grid";
import { readPlan } from "../../../src/core/plan/readPlan";
import { PLAN_TEMPLATE } from "../../../src/core/plan/planTemplate";

const cellValue = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(""), fc.constant(null));
const rows = fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 30 });

/** Random cells, sometimes under a real header row so that the readers themselves run. */
const headers = fc.constantFrom(
  [] as string[],
  PLAN_TEMPLATE.indicators.columns.map((c) => c.header),
  PLAN_TEMPLATE.objectives.columns.map((c) => c.header),
  PLAN_TEMPLATE.weights.columns.map((c) => c.header),
  PLAN_TEMPLATE.revisions.columns.map((c) => c.header),
  ["Cod.", "Obiettivo", "Peso obiettivo", "Indicatore", "al 30/6", "al 31/12", "Peso", "Risultati raggiunti", "Scostamenti"],
);

const sheet = fc.record({
  sheet: fc.string(),
  header: headers,
  rows,
  origin: fc.constantFrom("A1", "C7", "ZZ100", "not an address"),
});

function toGrid(s: { sheet: string; header: string[]; rows: unknown[][]; origin: string }): Grid {
  return { sheet: s.sheet, origin: s.origin, values: s.header.length > 0 ? [s.header, ...s.rows] : s.rows };
}

describe("readPlan on random grids", () => {
  it("never throws and always answers with a plan or an Italian message", () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), fc.constantFrom(undefined, "30/6", "31/12"), (sheets, period) => {
        const result = readPlan({ name: "casuale.xlsx", sheets: sheets.map(toGrid) }, period ? { period } : {});
        if (result.ok) {
          expect(["30/6", "31/12"]).toContain(result.plan.period);
          for (const indicator of result.plan.indicators) expect(typeof indicator.objectiveCode).toBe("string");
        } else {
          expect(result.message).toMatch(/^Nessun piano trovato/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives grids that are not grids at all", () => {
    const broken = [null, 42, { sheet: "X" }, { sheet: "Y", values: "testo" }, { sheet: "Z", values: [null, 3, ["Codice"]] }];
    const result = readPlan({ name: "rotta.xlsx", sheets: broken as unknown as Grid[] });
    expect(result.ok === false && result.message).toMatch(/^Nessun piano trovato/);
    expect(readPlan(undefined as unknown as { name: string; sheets: Grid[] }).ok).toBe(false);
  });
});
