/**
 * Fake Range and RangeAreas: load values / formulas / numberFormat / address /
 * indexes, assign formulas and number formats (2-D arrays that must match the
 * range, as in Excel), bold, column width, hyperlink, select, and reach the
 * conditional formats. Writing through `formulas` behaves like typing: a string
 * starting with "=" is a formula, a leading "'" stores the rest as text, and a
 * plain string that looks like a number becomes a number.
 */
import { FakeContext, FakeOfficeError, Loaded, loadPaths, type FakeFunctionNames } from "./fakeContext";
import { FakeConditionalFormats } from "./fakeConditionalFormats";
import { cellKey, rectAddress, type FakeCell, type FakeSheet, type Rect } from "./fakeState";

export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };

type CellWriter = (cell: FakeCell, value: unknown) => void;

/** The first custom function of the namespace the formula names that this Excel does not know, if any (quoted text skipped). */
export function unknownFunction(formula: string, functions: FakeFunctionNames): string | undefined {
  const outsideQuotes = formula.split('"').filter((_, index) => index % 2 === 0).join(" ");
  const calls = outsideQuotes.matchAll(new RegExp(`(?:^|[^A-Za-z0-9_.])${functions.namespace}\\.([A-Za-z][A-Za-z0-9.]*)\\s*\\(`, "g"));
  for (const call of calls) {
    const name = (call[1] ?? "").toUpperCase();
    if (!functions.known.has(name)) return name;
  }
  return undefined;
}

/** Writing through `formulas` in this Excel: a formula naming an unknown custom function shows #NAME?. */
function formulaWriter(functions: FakeFunctionNames): CellWriter {
  return (cell, value) => {
    writeTyped(cell, value);
    if (cell.formula !== undefined && unknownFunction(cell.formula, functions) !== undefined) cell.value = functions.nameError;
  };
}

function writeTyped(cell: FakeCell, value: unknown): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof value === "string" && value.startsWith("=")) {
    cell.formula = value;
    cell.value = "";
  } else if (typeof value === "string" && value.startsWith("'")) {
    cell.value = value.slice(1);
    cell.quotePrefix = true;
  } else if (typeof value === "string" && /^[+-]?\d+(\.\d+)?$/.test(value)) {
    cell.value = Number(value);
  } else {
    cell.value = value as string | number | boolean;
  }
}

export class FakeRange {
  private readonly loaded = new Loaded();
  private nullObject: boolean | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly rectOf: (sheet: FakeSheet) => Rect | null,
    private readonly orNull = false,
  ) {}

  private rect(): { sheet: FakeSheet; rect: Rect } {
    const sheet = this.sheet();
    const rect = this.rectOf(sheet);
    if (!rect) throw new FakeOfficeError("InvalidArgument", "The range address is not valid.");
    return { sheet, rect };
  }

  private cells(): { sheet: FakeSheet; rect: Rect; at: (row: number, col: number) => FakeCell | undefined } {
    const { sheet, rect } = this.rect();
    return { sheet, rect, at: (row, col) => sheet.cells.get(cellKey(rect.top + row, rect.left + col)) };
  }

  private matrix(read: (cell: FakeCell | undefined) => unknown): unknown[][] {
    const { rect, at } = this.cells();
    return Array.from({ length: rect.bottom - rect.top + 1 }, (_, row) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, col) => read(at(row, col))),
    );
  }

  private write(name: string, rows: unknown[][], writer: CellWriter): void {
    this.context.enqueue(`range.${name}=`, rows, () => {
      const { sheet, rect } = this.rect();
      const height = rect.bottom - rect.top + 1;
      const width = rect.right - rect.left + 1;
      if (rows.length !== height || rows.some((row) => row.length !== width)) {
        throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range (${name}).`);
      }
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          const key = cellKey(rect.top + r, rect.left + c);
          const cell = sheet.cells.get(key) ?? {};
          writer(cell, value);
          sheet.cells.set(key, cell);
        }),
      );
    });
  }

  private eachCell(description: string, payload: unknown, change: (cell: FakeCell) => void): void {
    this.context.enqueue(description, payload, () => {
      const { sheet, rect } = this.rect();
      for (let row = rect.top; row <= rect.bottom; row += 1) {
        for (let col = rect.left; col <= rect.right; col += 1) {
          const cell = sheet.cells.get(cellKey(row, col)) ?? {};
          change(cell);
          sheet.cells.set(cellKey(row, col), cell);
        }
      }
    });
  }

  load(properties?: string | string[]): this {
    const paths = loadPaths(properties);
    this.context.enqueue(`range.load(${paths.join(",")})`, undefined, () => {
      const sheet = this.sheet();
      const rect = this.rectOf(sheet);
      this.nullObject = rect === null;
      if (rect === null) {
        if (this.orNull) return 0;
        throw new FakeOfficeError("InvalidArgument", "The range address is not valid.");
      }
      const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      if (cells > this.context.maxCellsPerGet && paths.some((path) => ["values", "formulas", "numberFormat"].includes(path))) {
        throw new FakeOfficeError("RangeExceedsLimit", `The number of cells in the range (${cells}) has exceeded the maximum supported count.`);
      }
      const readers: Record<string, () => unknown> = {
        values: () => this.matrix((cell) => cell?.value ?? ""),
        formulas: () => this.matrix((cell) => cell?.formula ?? cell?.value ?? ""),
        numberFormat: () => this.matrix((cell) => cell?.numberFormat ?? "General"),
        address: () => rectAddress(sheet.name, rect),
        rowIndex: () => rect.top,
        columnIndex: () => rect.left,
        rowCount: () => rect.bottom - rect.top + 1,
        columnCount: () => rect.right - rect.left + 1,
      };
      return paths.reduce((bytes, path) => {
        const reader = readers[path];
        if (!reader) throw new Error(`The fake range cannot load "${path}"`);
        return bytes + this.loaded.set(path, reader());
      }, 0);
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new Error("PropertyNotLoaded: range.isNullObject");
    return this.nullObject;
  }
  get values(): unknown[][] { return this.loaded.get("values", "range"); }
  get formulas(): unknown[][] { return this.loaded.get("formulas", "range"); }
  get numberFormat(): unknown[][] { return this.loaded.get("numberFormat", "range"); }
  get address(): string { return this.loaded.get("address", "range"); }
  get rowIndex(): number { return this.loaded.get("rowIndex", "range"); }
  get columnIndex(): number { return this.loaded.get("columnIndex", "range"); }
  get rowCount(): number { return this.loaded.get("rowCount", "range"); }
  get columnCount(): number { return this.loaded.get("columnCount", "range"); }

  set formulas(rows: unknown[][]) { this.write("formulas", rows, formulaWriter(this.context.functions)); }
  set values(rows: unknown[][]) { this.write("values", rows, writeTyped); }
  set numberFormat(rows: unknown[][]) {
    this.write("numberFormat", rows, (cell, value) => { cell.numberFormat = String(value); });
  }
  set hyperlink(link: FakeCell["hyperlink"]) {
    this.eachCell("range.hyperlink=", link, (cell) => { cell.hyperlink = link; });
  }

  get format(): { font: { bold: boolean }; fill: { color: string }; columnWidth: number } {
    const setBold = (bold: boolean) => this.eachCell("range.format.font.bold=", bold, (cell) => { cell.bold = bold; });
    const setFill = (color: string) => this.eachCell("range.format.fill.color=", color, (cell) => { cell.fill = color; });
    const setWidth = (points: number) =>
      this.context.enqueue("range.format.columnWidth=", points, () => {
        const { sheet, rect } = this.rect();
        for (let col = rect.left; col <= rect.right; col += 1) sheet.columnWidths[col] = points;
      });
    const unreadable = (): never => { throw new Error("The fake does not read formats back"); };
    return {
      font: { get bold(): boolean { return unreadable(); }, set bold(bold: boolean) { setBold(bold); } },
      fill: { get color(): string { return unreadable(); }, set color(color: string) { setFill(color); } },
      get columnWidth(): number { return unreadable(); },
      set columnWidth(points: number) { setWidth(points); },
    };
  }

  /** The range's local address, resolved when a command runs ("B2:D9"). */
  resolvedAddress(): string {
    const { sheet, rect } = this.rect();
    return rectAddress(sheet.name, rect).split("!")[1] ?? "";
  }

  select(): void {
    this.context.enqueue("range.select()", undefined, () => {
      const { sheet, rect } = this.rect();
      this.context.state.selection = { sheet: sheet.name, address: rectAddress(sheet.name, rect).split("!")[1] ?? "" };
    });
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.context, {
      sheet: this.sheet,
      areas: () => {
        const { sheet, rect } = this.rect();
        return { address: rectAddress(sheet.name, rect).split("!")[1] ?? "", rects: [rect] };
      },
    });
  }
}
