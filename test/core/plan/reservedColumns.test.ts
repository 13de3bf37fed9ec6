import fc from "fast-check";
import { toA1 } from "../../../src/core/plan/a1";
import { IndicatorColumns } from "../../../src/core/plan/indicatorColumns";
import { polarityWrittenAs, writtenPolarity } from "../../../src/core/plan/inferPolarity";
import { CellIdColumn, NO_CELL, NumberedTexts, PlanCells, RowPlaces } from "../../../src/core/plan/planCells";
import type { Indicator, PlanCell } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { readCellValue } from "../../../src/core/values/readCellValue";
import { planOfSize } from "../../support/syntheticPlan";

/** A read plan's indicators as records (what JSON gives of their views), to be added to columns again. */
function indicatorRecords(): Indicator[] {
  const read = readPlan(planOfSize(60, 3, 0.5).workbook);
  if (!read.ok) throw new Error(read.message);
  return JSON.parse(JSON.stringify(read.plan.indicators)) as Indicator[];
}

describe("columns with room reserved before their rows", () => {
  const sheets = fc.constantFrom("Indicatori", "Scheda 2", "Pesi");

  it("keep each row's cell id as a column grown row by row does", () => {
    fc.assert(
      fc.property(fc.nat(3_000), fc.array(fc.tuple(fc.nat(4_000), fc.nat(1_000_000)), { maxLength: 60 }), (reserved, sets) => {
        const column = new CellIdColumn(1);
        const grown = new CellIdColumn();
        column.reserve(reserved);
        for (const [row, id] of sets) {
          column.set(row, id);
          grown.set(row, id);
        }
        for (const [row] of sets) expect(column.get(row)).toBe(grown.get(row));
        expect(column.get(4_001)).toBe(NO_CELL);
      }),
    );
  });

  it("give back where each row is, its sheet kept as a number", () => {
    fc.assert(
      fc.property(fc.nat(300), fc.array(fc.tuple(sheets, fc.nat(1_048_575), fc.nat(16_383)), { minLength: 1, maxLength: 200 }), (reserved, places) => {
        const rows = new RowPlaces(1);
        rows.reserve(reserved);
        places.forEach(([sheet, row, col], i) => rows.setAt(i, sheet, row, col));
        places.forEach(([sheet, row, col], i) => {
          expect(rows.ref(i)).toEqual({ sheet, row, col, address: toA1(row, col) });
          expect(rows.sheet(i)).toBe(sheet);
        });
      }),
    );
  });

  it("store cells in a cell store as one that grows does", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.array(fc.tuple(sheets, fc.nat(5_000), fc.nat(60), fc.oneof(fc.string(), fc.double())), { maxLength: 80 }), (reserved, written) => {
        const cells = new PlanCells(16);
        const grown = new PlanCells(16);
        cells.reserve(reserved);
        for (const [sheet, row, col, raw] of written) {
          const value = readCellValue(raw);
          const id = cells.store(sheet, row, col, cells.content(raw, value), "0.00%", undefined);
          const grownId = grown.store(sheet, row, col, grown.content(raw, value), "0.00%", undefined);
          expect(JSON.stringify(cells.cell(id))).toBe(JSON.stringify(grown.cell(grownId)));
        }
      }),
    );
  });

  it("number each text once, in the order met", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 50 }), (texts) => {
        const numbered = new NumberedTexts([""]);
        const firstSeen = ["", ...new Set(texts.filter((text) => text !== ""))];
        for (const text of texts) expect(numbered.text(numbered.numberOf(text))).toBe(text);
        firstSeen.forEach((text, number) => expect(numbered.numberOf(text)).toBe(number));
      }),
    );
  });

  it("give indicators as columns without a reservation do, whatever room was reserved", () => {
    const records = indicatorRecords();
    const unreserved = new IndicatorColumns();
    for (const record of records) unreserved.addRecord(record);
    const expected = JSON.stringify(unreserved.views());
    for (const reserved of [0, 1, records.length - 7, records.length, records.length * 3]) {
      const columns = new IndicatorColumns();
      columns.reserve(reserved);
      for (const record of records) columns.addRecord(record);
      expect(JSON.stringify(columns.views())).toBe(expected);
      // Added after the views were made (the columns cut to size): the new indicator reads as it was given.
      const last = records.at(-1) as Indicator;
      const index = columns.addRecord(last);
      expect(JSON.stringify(columns.views()[index])).toBe(JSON.stringify(unreserved.views().at(-1)));
    }
  });
});

describe("an indicator sheet whose rows run on blank", () => {
  it("gives the indicators it gives without its blank rows", () => {
    const workbook = planOfSize(60, 2, 0.5).workbook;
    const padded = {
      ...workbook,
      sheets: workbook.sheets.map((grid) => {
        if (grid.sheet !== "Indicatori") return grid;
        const width = grid.values[0]?.length ?? 0;
        const blank = () => Array.from({ length: 400 }, () => new Array<string>(width).fill(""));
        return { ...grid, values: [...grid.values, ...blank()], formulas: grid.formulas && [...grid.formulas, ...blank()], numberFormats: grid.numberFormats && [...grid.numberFormats, ...blank()] };
      }),
    };
    const read = readPlan(workbook);
    const readPadded = readPlan(padded);
    if (!read.ok || !readPadded.ok) throw new Error("plan not read");
    expect(JSON.stringify(readPadded.plan.indicators)).toBe(JSON.stringify(read.plan.indicators));
  });
});

describe("a written polarity read from a cell's content", () => {
  it("is what writtenPolarity reads from the cell", () => {
    const words = fc.constantFrom("crescente", " Decrescente ", "MILESTONE", "increasing", "↓", "+", "sì/no", "boh", "", "-", "//");
    fc.assert(
      fc.property(fc.oneof(words, fc.string(), fc.double(), fc.boolean()), (raw) => {
        const cell: PlanCell = { ref: { sheet: "Indicatori", address: "E2", row: 1, col: 4 }, raw, value: readCellValue(raw) };
        expect(polarityWrittenAs(cell.value, cell.raw)).toEqual(writtenPolarity(cell));
      }),
    );
  });
});
