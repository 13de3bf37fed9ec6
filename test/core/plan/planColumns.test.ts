import fc from "fast-check";
import { toA1 } from "../../../src/core/plan/a1";
import { CellReading } from "../../../src/core/plan/cellReading";
import { CellIdColumn, cellKey, NO_CELL, RowPlaces } from "../../../src/core/plan/planCells";
import { datedCell, datedValue, storeIndicators } from "../../../src/core/plan/indicatorColumns";
import { storeObjectives } from "../../../src/core/plan/objectiveColumns";
import type { Indicator, Objective, PlanCell } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { readCellValue } from "../../../src/core/values/readCellValue";
import { planOfSize } from "../../support/syntheticPlan";

/** A cell as a test writes it: a literal with its reference. */
function literalCell(sheet: string, row: number, col: number, raw: string | number, extra: { formula?: string; numberFormat?: string } = {}): PlanCell {
  return { ref: { sheet, address: toA1(row, col), row, col }, raw, value: readCellValue(raw), ...extra };
}

/** Everything a reader of the plan sees of a cell. */
function seen(cell: PlanCell | undefined): unknown {
  if (cell === undefined) return undefined;
  return { ref: cell.ref, raw: cell.raw, value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat };
}

function seenIndicator(indicator: Indicator): unknown {
  const dated = (cells: Indicator["targets"]) => Object.fromEntries(Object.entries(cells).map(([period, cell]) => [period, seen(cell)]));
  return {
    objectiveCode: indicator.objectiveCode, number: indicator.number, name: indicator.name, type: indicator.type, dimension: indicator.dimension,
    polarity: indicator.polarity, polarityInferred: indicator.polarityInferred, polarityBasis: indicator.polarityBasis, unit: indicator.unit,
    notes: indicator.notes, polarityCell: seen(indicator.polarityCell), baseline: seen(indicator.baseline), baselineYear: seen(indicator.baselineYear),
    weight: seen(indicator.weight), deviationCell: seen(indicator.deviationCell), achievementCell: seen(indicator.achievementCell),
    targets: dated(indicator.targets), results: dated(indicator.results), declaredDeviations: dated(indicator.declaredDeviations), ref: indicator.ref,
  };
}

function seenObjective(objective: Objective): unknown {
  return {
    code: objective.code, kind: objective.kind, title: objective.title, area: objective.area, manager: objective.manager,
    parentCode: objective.parentCode, weight: seen(objective.weight), ownShare: seen(objective.ownShare), ref: objective.ref,
  };
}

const sheetName = fc.constantFrom("Indicatori", "Scheda 1.2", "Foglio con spazi");
const rawValue = fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.constantFrom("89,55%", "-", "Avvio", "almeno 4 eventi", "€ 1.200,00", ""));
const cellArbitrary = fc
  .record({ sheet: sheetName, row: fc.nat(1_048_575), col: fc.nat(16_383), raw: rawValue, formula: fc.option(fc.constant("=PERF.SCOSTAMENTO(L7;I7)"), { nil: undefined }), numberFormat: fc.option(fc.constantFrom("0,00%", "General"), { nil: undefined }) })
  .map(({ sheet, row, col, raw, formula, numberFormat }) => literalCell(sheet, row, col, raw, { ...(formula === undefined ? {} : { formula }), ...(numberFormat === undefined ? {} : { numberFormat }) }));
const optionalCell = fc.option(cellArbitrary, { nil: undefined });
const optionalText = fc.option(fc.string({ maxLength: 12 }), { nil: undefined });
const datedCells = fc.dictionary(fc.constantFrom("30/6", "31/12", "31/7/2013", "31/12/2027"), cellArbitrary, { maxKeys: 3 });

const indicatorArbitrary: fc.Arbitrary<Indicator> = fc
  .record({
    objectiveCode: fc.constantFrom("1.1", "S2", "OB-3"), number: fc.constantFrom("1", "2", "3 bis"), name: fc.string({ maxLength: 20 }),
    type: optionalText, dimension: optionalText, unit: optionalText, notes: optionalText, polarityInferred: optionalText,
    polarity: fc.constantFrom("increasing", "decreasing", "milestone"), polarityBasis: fc.constantFrom("written", "name", "default", undefined),
    polarityCell: optionalCell, baseline: optionalCell, baselineYear: optionalCell, weight: optionalCell, deviationCell: optionalCell, achievementCell: optionalCell,
    targets: datedCells, results: datedCells, declaredDeviations: datedCells, ref: cellArbitrary,
  })
  .map((draft) => {
    const indicator: Indicator = { ...draft, ref: draft.ref.ref } as Indicator;
    for (const key of Object.keys(indicator) as (keyof Indicator)[]) if (indicator[key] === undefined) delete indicator[key];
    return indicator;
  });

const objectiveArbitrary: fc.Arbitrary<Objective> = fc
  .record({
    code: fc.constantFrom("1", "1.1", "S2"), kind: fc.constantFrom("strategic", "operational"), title: fc.string({ maxLength: 20 }),
    area: optionalText, manager: optionalText, parentCode: optionalText, weight: optionalCell, ownShare: optionalCell, ref: cellArbitrary,
  })
  .map((draft) => {
    const objective: Objective = { ...draft, ref: draft.ref.ref } as Objective;
    for (const key of Object.keys(objective) as (keyof Objective)[]) if (objective[key] === undefined) delete objective[key];
    return objective;
  });

describe("indicators stored column by column", () => {
  it("read back every field and cell of the records they were made from, in order", () => {
    fc.assert(
      fc.property(fc.array(indicatorArbitrary, { maxLength: 12 }), (records) => {
        const stored = storeIndicators(records);
        expect(stored.map(seenIndicator)).toEqual(records.map(seenIndicator));
      }),
    );
  });

  it("give the value of a dated cell without its view, as the view gives it, stored or written as a record", () => {
    const kinds = ["targets", "results", "declaredDeviations"] as const;
    const dates = ["30/6", "31/12", "31/7/2013", "31/12/2027", "31/3"];
    fc.assert(
      fc.property(fc.array(indicatorArbitrary, { maxLength: 8 }), (records) => {
        const stored = storeIndicators(records);
        for (const indicators of [records, stored]) {
          for (const indicator of indicators) {
            for (const kind of kinds) for (const date of dates) expect(datedValue(indicator, kind, date)).toEqual(datedCell(indicator, kind, date)?.value);
          }
        }
      }),
    );
  });

  it("make a new view of a cell at each reading, with the key of the cell it was made from", () => {
    const grid = { sheet: "Indicatori", origin: "B3", values: [["Nome", 12]] };
    const weight = new CellReading().cellAt(grid, { row: 2, col: 1 }, 0, 1);
    const record: Indicator = {
      objectiveCode: "1.1", number: "1", name: "Nome", polarity: "increasing", targets: {}, results: {}, declaredDeviations: {}, weight,
      ref: { sheet: "Indicatori", address: "B3", row: 2, col: 1 },
    };
    const [indicator] = storeIndicators([record]);
    const [first, second] = [indicator?.weight, indicator?.weight];
    expect(first).not.toBe(second);
    expect(first && cellKey(first)).toBe(cellKey(weight));
    expect(first?.ref).toEqual({ sheet: "Indicatori", address: "C3", row: 2, col: 2 });
  });
});

describe("objectives stored column by column", () => {
  it("read back every field and cell of the records they were made from, in order", () => {
    fc.assert(
      fc.property(fc.array(objectiveArbitrary, { maxLength: 12 }), (records) => {
        expect(storeObjectives(records).map(seenObjective)).toEqual(records.map(seenObjective));
      }),
    );
  });
});

describe("a plan read from grids", () => {
  it("keeps its indicators and objectives in columns, one view each", () => {
    const read = readPlan(planOfSize(200).workbook);
    if (!read.ok) throw new Error(read.message);
    const [first] = read.plan.indicators;
    expect(Object.keys(first ?? {})).toEqual(["columns", "index"]);
    expect(Object.keys(read.plan.objectives[0] ?? {})).toEqual(["columns", "index"]);
    expect(first?.ref).toEqual({ sheet: "Indicatori", address: expect.stringMatching(/^[A-Z]+\d+$/), row: expect.any(Number), col: expect.any(Number) });
  });

  it("gives the same indicators and objectives as records copied from them, serialised as those records", () => {
    const read = readPlan(planOfSize(300).workbook);
    if (!read.ok) throw new Error(read.message);
    const records = read.plan.indicators.map((indicator) => JSON.parse(JSON.stringify(indicator)) as Indicator);
    expect(records).toHaveLength(read.plan.indicators.length);
    expect(storeIndicators(records).map(seenIndicator)).toEqual(read.plan.indicators.map(seenIndicator));
    const objectives = read.plan.objectives.map((objective) => JSON.parse(JSON.stringify(objective)) as Objective);
    expect(storeObjectives(objectives).map(seenObjective)).toEqual(read.plan.objectives.map(seenObjective));
  });
});

describe("the growing columns of a table being read", () => {
  const writes = fc.array(fc.tuple(fc.nat(5_000), fc.nat(1_000_000)), { maxLength: 60 });

  it("keep the last cell id set on each row, and no cell on the others, however far the rows go", () => {
    fc.assert(
      fc.property(writes, fc.array(fc.nat(6_000), { maxLength: 30 }), (sets, probes) => {
        const column = new CellIdColumn();
        const model = new Map<number, number>();
        for (const [row, id] of sets) {
          column.set(row, id);
          model.set(row, id);
        }
        for (const row of [...probes, ...model.keys()]) expect(column.get(row)).toBe(model.get(row) ?? NO_CELL);
      }),
    );
  });

  it("give back where each row is, past their first size", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("Indicatori", "Scheda 2"), fc.nat(1_048_575), fc.nat(16_383)), { minLength: 1, maxLength: 200 }), (places) => {
        const rows = new RowPlaces(1);
        places.forEach(([sheet, row, col], i) => rows.set(i, { sheet, row, col }));
        places.forEach(([sheet, row, col], i) => expect(rows.ref(i)).toEqual({ sheet, row, col, address: toA1(row, col) }));
      }),
    );
  });
});
