/**
 * The real plans (test/fixtures/real) read the same whatever the spacing: blank rows or columns
 * inserted anywhere, the whole sheet moved down and right, a merged block's value written on every
 * row of its block or only on the first. What is read is compared without where it was read (cells
 * move with the grid): the reporting date and its source, the objectives, the indicators in order
 * with their targets and results by date, and the anomalies by rule, severity, objective and indicator.
 */
import fc from "fast-check";
import { parseA1, toA1 } from "../../../src/core/plan/a1";
import type { Grid, WorkbookGrids } from "../../../src/core/plan/grid";
import { isBlank } from "../../../src/core/values/matchPlaceholder";
import type { Plan, PlanCell } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { reportingDateText } from "../../../src/core/plan/reportingDate";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import { REAL_PLANS } from "./realPlanFixtures";

// ---- Grid transformations: small, pure, applied to values and (when present) formulas and number formats.

type Rows = unknown[][];

function widthOf(grid: Grid): number {
  return grid.values.reduce((width, row) => Math.max(width, row.length), 0);
}

/** Applies the same change to every same-shaped layer of a grid. */
function mapLayers(grid: Grid, change: (rows: Rows, blank: unknown) => Rows): Grid {
  return {
    ...grid,
    values: change(grid.values, ""),
    ...(grid.formulas ? { formulas: change(grid.formulas, "") } : {}),
    ...(grid.numberFormats ? { numberFormats: change(grid.numberFormats, "General") as string[][] } : {}),
  };
}

/** `before.get(r)` blank rows (as wide as the used range, as Excel gives them) before row r; r = length inserts at the end. */
function withBlankRows(grid: Grid, before: ReadonlyMap<number, number>): Grid {
  const width = widthOf(grid);
  return mapLayers(grid, (rows, blank) => {
    const out: Rows = [];
    for (let r = 0; r <= rows.length; r++) {
      for (let k = 0; k < (before.get(r) ?? 0); k++) out.push(Array.from({ length: width }, () => blank));
      const row = rows[r];
      if (row) out.push([...row]);
    }
    return out;
  });
}

/** `before.get(c)` blank columns before column c of every row; c = width inserts after the last column. */
function withBlankColumns(grid: Grid, before: ReadonlyMap<number, number>): Grid {
  const width = widthOf(grid);
  return mapLayers(grid, (rows, blank) =>
    rows.map((row) => {
      const out: unknown[] = [];
      for (let c = 0; c <= width; c++) {
        for (let k = 0; k < (before.get(c) ?? 0); k++) out.push(blank);
        if (c < width) out.push(c < row.length ? row[c] : blank);
      }
      return out;
    }),
  );
}

/** The same values with the used range starting `down` rows and `right` columns further (a different origin). */
function movedOrigin(grid: Grid, down: number, right: number): Grid {
  const origin = parseA1(grid.origin) ?? { row: 0, col: 0 };
  return { ...grid, origin: toA1(origin.row + down, origin.col + right) };
}

/** A block of a column: a value on `first` and the rows below it that a merged cell would cover. */
interface MergeBlock {
  col: number;
  first: number;
  rows: number[];
}

/** Each block's value written on every row of the block (`repeat`) or only on its first row. */
function withBlocks(grid: Grid, blocks: readonly { block: MergeBlock; repeat: boolean }[]): Grid {
  const values = grid.values.map((row) => [...row]);
  for (const { block, repeat } of blocks) {
    const value = values[block.first]?.[block.col];
    for (const r of block.rows) {
      const row = values[r];
      if (!row) continue;
      while (row.length <= block.col) row.push("");
      row[block.col] = repeat ? value : "";
    }
  }
  return { ...grid, values, formulas: undefined };
}

function onSheet(workbook: WorkbookGrids, index: number, change: (grid: Grid) => Grid): WorkbookGrids {
  return { ...workbook, sheets: workbook.sheets.map((grid, i) => (i === index ? change(grid) : grid)) };
}

/** Insertions as fast-check gives them ([position, count] pairs) gathered by position. */
function gather(inserts: readonly (readonly [number, number])[], positions: number): Map<number, number> {
  const before = new Map<number, number>();
  for (const [at, count] of inserts) before.set(at % positions, (before.get(at % positions) ?? 0) + count);
  return before;
}

// ---- What a plan says, without where it says it.

function read(workbook: WorkbookGrids): Plan {
  const result = readPlan(workbook);
  if (!result.ok) throw new Error(`no plan read: ${result.message}`);
  return result.plan;
}

function cells(byDate: Partial<Record<string, PlanCell>>): [string, string, number | null][] {
  return Object.entries(byDate)
    .filter((entry): entry is [string, PlanCell] => entry[1] !== undefined)
    .map(([date, cell]): [string, string, number | null] => [date, cell.value.kind, "value" in cell.value && typeof cell.value.value === "number" ? cell.value.value : null])
    .sort(([a], [b]) => a.localeCompare(b));
}

function meaning(workbook: WorkbookGrids) {
  const plan = read(workbook);
  return {
    reportingDate: reportingDateText(plan),
    periodSource: plan.periodSource,
    objectives: plan.objectives.map((o) => [o.code, o.title]),
    indicators: plan.indicators.map((i) => ({
      at: [i.objectiveCode, i.number, i.name, i.dimension ?? null, i.polarity],
      targets: cells(i.targets),
      results: cells(i.results),
    })),
    anomalies: validatePlan(plan)
      .map((a) => [a.rule, a.severity, a.objective ?? "", a.indicator ?? ""].join(" | "))
      .sort(),
  };
}

/**
 * The blocks a merged cell could make in the objective-like columns of each plan sheet (code, title,
 * area, manager, kind, type, polarity, unit): an indicator row with a value, and the indicator rows
 * right below it that leave the column blank or repeat that value.
 */
const BLOCK_FIELDS = new Set(["objectiveCode", "objectiveTitle", "objectiveKind", "area", "manager", "parentCode", "indicatorType", "polarity", "unit"]);

function mergeBlocks(workbook: WorkbookGrids, sheetIndex: number): MergeBlock[] {
  const grid = workbook.sheets[sheetIndex];
  if (!grid) return [];
  const plan = read(workbook);
  const origin = parseA1(grid.origin) ?? { row: 0, col: 0 };
  const indicatorRows = [...new Set(plan.indicators.filter((i) => i.ref.sheet === grid.sheet).map((i) => i.ref.row - origin.row))].sort((a, b) => a - b);
  const columns = plan.recognition
    .filter((sheet) => sheet.sheet === grid.sheet)
    .flatMap((sheet) => sheet.columns.filter((column) => BLOCK_FIELDS.has(column.field)))
    .map((column) => (parseA1(column.address)?.col ?? -1) - origin.col)
    .filter((col) => col >= 0);
  const blocks: MergeBlock[] = [];
  for (const col of new Set(columns)) {
    let open: MergeBlock | undefined;
    for (const r of indicatorRows) {
      const value = grid.values[r]?.[col];
      const continues = open !== undefined && r === (open.rows.at(-1) ?? open.first) + 1 && (isBlank(value) || value === grid.values[open.first]?.[col]);
      if (open && continues) {
        open.rows.push(r);
        continue;
      }
      if (open && open.rows.length > 0) blocks.push(open);
      open = isBlank(value) ? undefined : { col, first: r, rows: [] };
    }
    if (open && open.rows.length > 0) blocks.push(open);
  }
  return blocks;
}

/** What a changed workbook reads differently from the base: the parts that differ, or that no plan was read. */
function differences(base: ReturnType<typeof meaning>, workbook: WorkbookGrids): string[] {
  let changed: ReturnType<typeof meaning>;
  try {
    changed = meaning(workbook);
  } catch (error) {
    return [(error as Error).message.slice(0, 80)];
  }
  return (Object.keys(base) as (keyof typeof base)[]).filter((key) => JSON.stringify(changed[key]) !== JSON.stringify(base[key]));
}

/** The first text of a row, to name it in a failure («before row 6 «Servizi di supporto…»»). */
function rowLabel(grid: Grid, r: number): string {
  const text = (grid.values[r] ?? []).map((value) => (isBlank(value) ? "" : String(value))).find((value) => value !== "") ?? "";
  return `row ${r + 1} «${text.slice(0, 40)}»`;
}

const RUNS = { numRuns: 25 };
const insertions = (max: number) => fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max })), { minLength: 1, maxLength: 6 });

describe.each(REAL_PLANS)("the real plan $slug, whatever the spacing", ({ workbook }) => {
  const base = meaning(workbook);
  const sheetIndex = fc.nat(workbook.sheets.length - 1);

  it("reads the same when blank rows are inserted anywhere: between titles, after the header, between indicators, after sections", () => {
    fc.assert(
      fc.property(sheetIndex, insertions(3), (s, inserts) => {
        const rows = (workbook.sheets[s]?.values.length ?? 0) + 1;
        expect(meaning(onSheet(workbook, s, (grid) => withBlankRows(grid, gather(inserts, rows))))).toEqual(base);
      }),
      RUNS,
    );
  });

  it("reads the same with one blank row inserted before any row, or after the last", () => {
    const changed = workbook.sheets.flatMap((grid, s) =>
      Array.from({ length: grid.values.length + 1 }, (_none, r) => r).flatMap((r) => {
        const differ = differences(base, onSheet(workbook, s, (g) => withBlankRows(g, new Map([[r, 1]]))));
        return differ.length > 0 ? [`${grid.sheet}: before ${r < grid.values.length ? rowLabel(grid, r) : "the end"}: ${differ.join(", ")}`] : [];
      }),
    );
    expect(changed).toEqual([]);
  });

  it("reads the same with one blank column inserted before any column, or after the last", () => {
    const changed = workbook.sheets.flatMap((grid, s) =>
      Array.from({ length: widthOf(grid) + 1 }, (_none, c) => c).flatMap((c) => {
        const differ = differences(base, onSheet(workbook, s, (g) => withBlankColumns(g, new Map([[c, 1]]))));
        return differ.length > 0 ? [`${grid.sheet}: before column ${c + 1}: ${differ.join(", ")}`] : [];
      }),
    );
    expect(changed).toEqual([]);
  });

  it("reads the same with 1 to 25 leading blank rows", () => {
    const changed = workbook.sheets.flatMap((grid, s) => {
      const counts = Array.from({ length: 25 }, (_none, k) => k + 1);
      const failing = counts.map((k) => [k, differences(base, onSheet(workbook, s, (g) => withBlankRows(g, new Map([[0, k]]))))] as const).filter(([, differ]) => differ.length > 0);
      const [first] = failing;
      return first ? [`${grid.sheet}: from ${first[0]} leading blank rows (${failing.length} of 25 counts): ${first[1].join(", ")}`] : [];
    });
    expect(changed).toEqual([]);
  });

  it("reads the same with 1 to 25 leading blank columns", () => {
    const changed = workbook.sheets.flatMap((grid, s) => {
      const counts = Array.from({ length: 25 }, (_none, k) => k + 1);
      const failing = counts.map((k) => [k, differences(base, onSheet(workbook, s, (g) => withBlankColumns(g, new Map([[0, k]]))))] as const).filter(([, differ]) => differ.length > 0);
      const [first] = failing;
      return first ? [`${grid.sheet}: from ${first[0]} leading blank columns (${failing.length} of 25 counts): ${first[1].join(", ")}`] : [];
    });
    expect(changed).toEqual([]);
  });

  it("reads the same when blank columns are inserted anywhere, the first column included", () => {
    fc.assert(
      fc.property(sheetIndex, insertions(2), (s, inserts) => {
        const grid = workbook.sheets[s];
        const columns = (grid ? widthOf(grid) : 0) + 1;
        expect(meaning(onSheet(workbook, s, (g) => withBlankColumns(g, gather(inserts, columns))))).toEqual(base);
      }),
      RUNS,
    );
  });

  it("reads the same when the used range starts further down and right (another origin)", () => {
    fc.assert(
      fc.property(sheetIndex, fc.nat(30), fc.nat(10), (s, down, right) => {
        expect(meaning(onSheet(workbook, s, (grid) => movedOrigin(grid, down, right)))).toEqual(base);
      }),
      RUNS,
    );
  });

  it.each([
    ["C4", 3, 2],
    ["B2", 1, 1],
    ["A10", 9, 0],
    ["F1", 0, 5],
  ])("reads the same from origin %s", (_origin, down, right) => {
    expect(meaning({ ...workbook, sheets: workbook.sheets.map((grid) => movedOrigin(grid, down, right)) })).toEqual(base);
  });

  it("reads the same when the sheet is moved down and right by leading blank rows and columns", () => {
    fc.assert(
      fc.property(sheetIndex, fc.nat(5), fc.nat(4), (s, down, right) => {
        const moved = onSheet(workbook, s, (grid) => withBlankColumns(withBlankRows(grid, new Map([[0, down]])), new Map([[0, right]])));
        expect(meaning(moved)).toEqual(base);
      }),
      RUNS,
    );
  });

  const blocksBySheet = workbook.sheets.map((_grid, s) => mergeBlocks(workbook, s));
  const sheetsWithBlocks = blocksBySheet.flatMap((blocks, s) => (blocks.length > 0 ? [s] : []));
  if (sheetsWithBlocks.length > 0) {
    it("reads the same when a merged block's value is written on every row of its block, or only on the first", () => {
      fc.assert(
        fc.property(fc.constantFrom(...sheetsWithBlocks), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (s, choices) => {
          const blocks = (blocksBySheet[s] ?? []).map((block, k) => ({ block, repeat: choices[k % choices.length] ?? false }));
          expect(meaning(onSheet(workbook, s, (grid) => withBlocks(grid, blocks)))).toEqual(base);
        }),
        RUNS,
      );
    });
  }

  it("reads the same after all of it together: blank rows and columns, another origin, merged blocks", () => {
    fc.assert(
      fc.property(sheetIndex, insertions(2), insertions(2), fc.nat(8), fc.nat(4), fc.boolean(), (s, rowInserts, columnInserts, down, right, repeat) => {
        const grid = workbook.sheets[s];
        if (!grid) return;
        const blocks = (blocksBySheet[s] ?? []).map((block) => ({ block, repeat }));
        const changed = movedOrigin(withBlankColumns(withBlankRows(withBlocks(grid, blocks), gather(rowInserts, grid.values.length + 1)), gather(columnInserts, widthOf(grid) + 1)), down, right);
        expect(meaning(onSheet(workbook, s, () => changed))).toEqual(base);
      }),
      RUNS,
    );
  });
});

describe("the grid transformations of these properties", () => {
  const grid: Grid = { sheet: "S", origin: "B2", values: [["a", "b"], ["c", "d"]] };

  it("insert blank rows before a row, and at the end", () => {
    expect(withBlankRows(grid, new Map([[0, 1], [2, 1]])).values).toEqual([["", ""], ["a", "b"], ["c", "d"], ["", ""]]);
  });

  it("insert blank columns before a column, and after the last", () => {
    expect(withBlankColumns(grid, new Map([[0, 1], [2, 1]])).values).toEqual([["", "a", "b", ""], ["", "c", "d", ""]]);
  });

  it("move the origin down and right", () => {
    expect(movedOrigin(grid, 2, 1).origin).toBe("C4");
  });

  it("write a block's value on every row, or only on the first", () => {
    const column: Grid = { sheet: "S", origin: "A1", values: [["x", 1], ["", 2], ["x", 3]] };
    const block = { col: 0, first: 0, rows: [1, 2] };
    expect(withBlocks(column, [{ block, repeat: true }]).values.map((row) => row[0])).toEqual(["x", "x", "x"]);
    expect(withBlocks(column, [{ block, repeat: false }]).values.map((row) => row[0])).toEqual(["x", "", ""]);
  });
});
