import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCardSheets } from "../../../../src/core/example/buildCardSheets";
import type { PlanFixture } from "../../../../src/core/example/planFixture";
import { cardHeading, indicatorLabel } from "../../../../src/core/plan/cards/cardLabels";
import type { Grid } from "../../../../src/core/plan/grid";
import { cellText } from "../../../../src/core/plan/gridCells";
import type { Plan, PlanCell } from "../../../../src/core/plan/planModel";
import { readPlan } from "../../../../src/core/plan/readPlan";

const fixture = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "..", "assets", "plan-2020.json"), "utf8")) as PlanFixture;

/** The seed's cards as grids (values only), the way buildCardSheets lays them out. */
const SEED_CARDS: Grid[] = buildCardSheets(fixture).map((sheet) => ({
  sheet: sheet.name,
  origin: "A1",
  values: sheet.rows.map((row) => row.map((value) => value ?? "")),
}));

function read(sheets: Grid[]): Plan {
  const result = readPlan({ name: "schede.xlsx", sheets });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** What a plan says, without where it says it (cell addresses change when rows and columns move). */
function meaning(plan: Plan): unknown {
  const value = (cell: PlanCell | undefined) => (cell === undefined ? null : cell.value);
  return {
    period: plan.period,
    objectives: plan.objectives.map((o) => [o.code, o.kind, o.title, o.area, o.manager, o.parentCode, value(o.weight), value(o.ownShare)]),
    indicators: plan.indicators.map((i) => [
      i.objectiveCode, i.number, i.name, i.type, i.polarity, i.unit, value(i.baseline), value(i.baselineYear), value(i.targets["30/6"]),
      value(i.targets["31/12"]), value(i.weight), value(i.results[plan.period]), value(i.declaredDeviations[plan.period]),
    ]),
    revisions: plan.revisions.map((r) => [r.objectiveCode, r.indicatorNumber, value(r.forecast30_6), value(r.actual30_6), value(r.forecast31_12), value(r.newForecast31_12)]),
    weights: plan.managerWeights.map((w) => [w.manager, w.objectiveCode, w.weights.map((entry) => entry.cell.value)]),
  };
}

/** Rows where a block of a card starts: a heading, an indicator, or any row after a blank one. */
function blockStarts(grid: Grid): number[] {
  const starts: number[] = [];
  grid.values.forEach((row, r) => {
    const first = row.map(cellText).find((text) => text !== "") ?? "";
    if (first === "") return;
    const afterBlank = r > 0 && (grid.values[r - 1] ?? []).every((value) => cellText(value) === "");
    if (afterBlank || cardHeading(first) !== null || indicatorLabel(first) !== null) starts.push(r);
  });
  return starts;
}

function withBlankRows(grid: Grid, before: Map<number, number>): Grid {
  const values: unknown[][] = [];
  grid.values.forEach((row, r) => {
    for (let k = 0; k < (before.get(r) ?? 0); k++) values.push([]);
    values.push(row);
  });
  return { ...grid, values };
}

function withBlankColumn(grid: Grid, at: number): Grid {
  return { ...grid, values: grid.values.map((row) => [...row.slice(0, at), "", ...row.slice(at)]) };
}

const BASE = meaning(read(SEED_CARDS));
const CARD_SHEETS = SEED_CARDS.length - 1; // the last sheet is the managers' table

describe("reading cards, whatever the spacing", () => {
  it("reads the same plan when blank rows are inserted between the blocks of a card sheet", () => {
    fc.assert(
      fc.property(fc.nat(CARD_SHEETS - 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 10 }), (s, inserts) => {
        const sheets = [...SEED_CARDS];
        const grid = sheets[s];
        if (!grid) return;
        const starts = blockStarts(grid);
        const before = new Map<number, number>();
        for (const [pick, count] of inserts) {
          const row = starts[pick % starts.length];
          if (row !== undefined) before.set(row, (before.get(row) ?? 0) + count);
        }
        sheets[s] = withBlankRows(grid, before);
        expect(meaning(read(sheets))).toEqual(BASE);
      }),
      { numRuns: 40 },
    );
  });

  it("reads the same plan when blank columns are inserted into a card sheet", () => {
    fc.assert(
      fc.property(fc.nat(CARD_SHEETS - 1), fc.array(fc.nat(6), { minLength: 1, maxLength: 3 }), (s, columns) => {
        const sheets = [...SEED_CARDS];
        let grid = sheets[s];
        if (!grid) return;
        for (const at of columns) grid = withBlankColumn(grid, at);
        sheets[s] = grid;
        expect(meaning(read(sheets))).toEqual(BASE);
      }),
      { numRuns: 40 },
    );
  });

  it("reads the seed's 16 cards (and the Azienda Speciale's strategic objective) in the first place", () => {
    const plan = read(SEED_CARDS);
    expect(plan.objectives).toHaveLength(17);
    expect(plan.indicators).toHaveLength(43);
  });
});

describe("reading cards never fails on odd grids", () => {
  const words = fc.constantFrom(
    "OBIETTIVO OPERATIVO 1.1", "Obiettivo strategico", "Indicatore 1:", "Indicatore 2: nome", "Tipo Indicatore:", "☒ qualità", "Base Line",
    "Valore Target:", "al 30/6", "al 31/12", "al", "Peso", "Peso  20%", "Peso-", "Peso: 50%", "Risultati raggiunti", "Scostamenti",
    "Aree", "Responsabili:", "indicatori", "Previsione al 30.6.2020", "Nuova previsione", "Contributo degli obiettivi operativi", "1.1: titolo",
    "Indicatori dell'obiettivo strategico", "Codice obiettivo", "",
  );
  const cell = fc.oneof(words, fc.string(), fc.double(), fc.constant(null), fc.boolean());
  const rows = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 });

  it("answers with a plan or a message, never with an unexpected error", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom("A1", "C3", "xx"), (values, origin) => {
        const result = readPlan({ name: "x.xlsx", sheets: [{ sheet: "Schede", origin, values }] });
        if (!result.ok) expect(result.message).not.toMatch(/Errore imprevisto/);
      }),
      { numRuns: 200 },
    );
  });
});
