/**
 * Fake Worksheet and WorksheetCollection: lookup by name (case-insensitive, as
 * Excel) or id, *OrNullObject variants, add / delete / rename with Excel's
 * refusals (duplicate name, deleting the last sheet), ranges, activate, charts,
 * custom properties, frozen rows and the onChanged event.
 */
import { FakeContext, FakeOfficeError, Loaded, loadPaths } from "./fakeContext";
import { FakeRangeAreas } from "./fakeConditionalFormats";
import { FakeRange, WHOLE_SHEET } from "./fakeRange";
import { findSheet, newSheet, parseRect, usedRect, type FakeChart, type FakeSheet } from "./fakeState";

class FakeCustomProperty {
  private readonly loaded = new Loaded();
  private nullObject: boolean | undefined;

  constructor(context: FakeContext, sheet: () => FakeSheet, key: string) {
    context.enqueue(`customProperties.getItemOrNullObject(${key})`, undefined, () => {
      const value = sheet().customProperties[key];
      this.nullObject = value === undefined;
      return this.loaded.set("value", value ?? null);
    });
  }
  load(): this { return this; }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new Error("PropertyNotLoaded: customProperty.isNullObject");
    return this.nullObject;
  }
  get value(): string { return this.loaded.get("value", "customProperty"); }
}

export class FakeWorksheet {
  private readonly loaded = new Loaded();
  private nullObject: boolean | undefined;
  readonly sheet = (): FakeSheet => {
    const found = this.resolve();
    if (!found) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return found;
  };

  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => FakeSheet | undefined,
    private readonly orNull = false,
  ) {}

  load(properties?: string | string[]): this {
    this.context.enqueue(`worksheet.load(${String(properties)})`, undefined, () => {
      const found = this.resolve();
      this.nullObject = !found;
      if (!found) {
        if (this.orNull) return 0;
        throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      }
      return this.fill(found, loadPaths(properties));
    });
    return this;
  }
  /** Records loaded properties of a sheet that exists (used by load and by the collection's load). */
  fill(found: FakeSheet, paths: readonly string[]): number {
    this.nullObject = false;
    return paths.reduce((bytes, path) => bytes + this.loaded.set(path, found[path as "name" | "id"]), 0);
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new Error("PropertyNotLoaded: worksheet.isNullObject");
    return this.nullObject;
  }
  get id(): string { return this.loaded.get("id", "worksheet"); }
  get name(): string { return this.loaded.get("name", "worksheet"); }
  set name(name: string) {
    this.context.enqueue("worksheet.name=", name, () => {
      const sheet = this.sheet();
      const clash = findSheet(this.context.state, name);
      if (clash && clash !== sheet) throw new FakeOfficeError("ItemAlreadyExists", "A sheet with that name already exists.");
      if (this.context.state.activeSheet === sheet.name) this.context.state.activeSheet = name;
      sheet.name = name;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.sheet, () => (address === undefined ? WHOLE_SHEET : parseRect(address)));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this.sheet, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, this.sheet, (sheet) => usedRect(sheet), true);
  }
  getRanges(address: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context, this.sheet, address);
    this.context.enqueue(`worksheet.getRanges(${address.length} characters)`, address, () => { areas.check(); });
    return areas;
  }

  activate(): void {
    this.context.enqueue("worksheet.activate()", undefined, () => {
      this.context.state.activeSheet = this.sheet().name;
    });
  }
  delete(): void {
    this.context.enqueue("worksheet.delete()", undefined, () => {
      const state = this.context.state;
      const sheet = this.sheet();
      if (state.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheet === sheet.name) state.activeSheet = state.sheets[0]?.name ?? "";
    });
  }

  get customProperties(): { add(key: string, value: string): void; getItemOrNullObject(key: string): FakeCustomProperty } {
    return {
      add: (key, value) =>
        this.context.enqueue(`customProperties.add(${key})`, value, () => {
          this.sheet().customProperties[key] = value;
        }),
      getItemOrNullObject: (key) => new FakeCustomProperty(this.context, this.sheet, key),
    };
  }
  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count) => this.context.enqueue("freezePanes.freezeRows()", count, () => { this.sheet().frozenRows = count; }),
    };
  }
  get charts(): { add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy } {
    return {
      add: (type, source, seriesBy) => {
        const chart = new FakeChartProxy(this.context);
        this.context.enqueue(`charts.add(${type})`, { type, seriesBy }, () => {
          chart.record = { type, source: source.resolvedAddress(), seriesBy, title: "", position: "" };
          this.sheet().charts.push(chart.record);
        });
        return chart;
      },
    };
  }
}

class FakeChartProxy {
  record: FakeChart | undefined;
  readonly title: { text: string };
  constructor(private readonly context: FakeContext) {
    const setTitle = (text: string) => context.enqueue("chart.title.text=", text, () => { if (this.record) this.record.title = text; });
    this.title = { get text(): string { throw new Error("The fake does not read chart titles"); }, set text(text: string) { setTitle(text); } };
  }
  setPosition(start: string, end?: string): void {
    const position = end === undefined ? start : `${start}:${end}`;
    this.context.enqueue("chart.setPosition()", position, () => { if (this.record) this.record.position = position; });
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(private readonly context: FakeContext) {}

  load(properties?: string): this {
    this.context.enqueue(`worksheets.load(${String(properties)})`, undefined, () => {
      const sheets = [...this.context.state.sheets];
      this.loadedItems = sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
      return this.loadedItems.reduce((bytes, item, index) => bytes + item.fill(sheets[index] as FakeSheet, ["name", "id"]), 0);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: worksheets.items");
    return this.loadedItems;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.state, key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.state, key), true);
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.context.enqueue(`worksheets.add(${name})`, name, () => {
      if (findSheet(this.context.state, name)) throw new FakeOfficeError("ItemAlreadyExists", "A sheet with that name already exists.");
      created = newSheet(this.context.state, name);
    });
    return new FakeWorksheet(this.context, () => (created && this.context.state.sheets.includes(created) ? created : undefined));
  }
  get onChanged(): { add(handler: (args: unknown) => Promise<unknown>): { context: FakeContext; remove(): void } } {
    return {
      add: (handler) => {
        this.context.enqueue("worksheets.onChanged.add()", undefined, () => { this.context.changeHandlers.add(handler); });
        return {
          context: this.context,
          remove: () => this.context.enqueue("onChanged.remove()", undefined, () => { this.context.changeHandlers.delete(handler); }),
        };
      },
    };
  }
}

class FakeSetting {
  private readonly loaded = new Loaded();
  private nullObject: boolean | undefined;

  constructor(context: FakeContext, key: string) {
    context.enqueue(`settings.getItemOrNullObject(${key})`, undefined, () => {
      const stored = context.state.workbookSettings[key];
      this.nullObject = stored === undefined;
      return this.loaded.set("value", stored === undefined ? null : structuredClone(stored));
    });
  }
  load(): this { return this; }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new Error("PropertyNotLoaded: setting.isNullObject");
    return this.nullObject;
  }
  get value(): unknown { return this.loaded.get("value", "setting"); }
}

/** Workbook.settings (ExcelApi 1.4): add (replaces a key's value) and getItemOrNullObject. */
export class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}
  add(key: string, value: unknown): void {
    this.context.enqueue(`settings.add(${key})`, value, () => {
      this.context.state.workbookSettings[key] = structuredClone(value);
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
}
