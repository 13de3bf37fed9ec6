/**
 * Fake conditional formats: Range/RangeAreas.conditionalFormats with add("Custom"),
 * custom.rule.formula, custom.format.fill.color, load of items (type and
 * customOrNullObject.rule.formula) and delete(). New formats go to the top of
 * the sheet's priority list, as in Excel.
 *
 * Also the fake RangeAreas (Worksheet.getRanges), which exists here only to
 * carry conditional formats: a multi-area address checked as Excel does (over
 * 8192 characters, or any area that is not an address -> InvalidArgument).
 */
import { FakeContext, FakeOfficeError, Loaded } from "./fakeContext";
import { intersects, parseRect, type FakeConditionalFormat, type FakeSheet, type Rect } from "./fakeState";

export interface FormatTarget {
  sheet: () => FakeSheet;
  /** Areas of the range the collection belongs to, checked when a command runs. */
  areas: () => { address: string; rects: Rect[] };
}

class FakeRule {
  constructor(private readonly owner: FakeConditionalFormatItem) {}
  get formula(): string {
    return this.owner.loaded.get<string>("formula", "rule");
  }
  set formula(formula: string) {
    this.owner.update("custom.rule.formula", { formula }, (record) => {
      if (record.type !== "Custom") throw new FakeOfficeError("InvalidArgument", "Not a custom conditional format.");
      record.formula = formula;
    });
  }
}

class FakeFill {
  constructor(private readonly owner: FakeConditionalFormatItem) {}
  set color(color: string) {
    this.owner.update("custom.format.fill.color", { color }, (record) => {
      record.fill = color;
    });
  }
}

export class FakeConditionalFormatItem {
  readonly loaded = new Loaded();
  record: FakeConditionalFormat | undefined;
  readonly custom: { rule: FakeRule; format: { fill: FakeFill } };

  constructor(
    private readonly context: FakeContext,
    private readonly target: FormatTarget,
  ) {
    this.custom = { rule: new FakeRule(this), format: { fill: new FakeFill(this) } };
  }

  update(description: string, payload: unknown, change: (record: FakeConditionalFormat) => void): void {
    this.context.enqueue(`conditionalFormat.${description}`, payload, () => {
      if (!this.record) throw new FakeOfficeError("ItemNotFound", "The conditional format does not exist.");
      change(this.record);
    });
  }

  get type(): string {
    return this.loaded.get<string>("type", "conditionalFormat");
  }

  get customOrNullObject(): { isNullObject: boolean; rule: FakeRule } {
    return { isNullObject: this.type !== "Custom", rule: this.custom.rule };
  }

  delete(): void {
    this.context.enqueue("conditionalFormat.delete()", undefined, () => {
      const sheet = this.target.sheet();
      const index = sheet.conditionalFormats.findIndex((format) => format.id === this.record?.id);
      if (index < 0) throw new FakeOfficeError("ItemNotFound", "The conditional format does not exist.");
      sheet.conditionalFormats.splice(index, 1);
    });
  }
}

export class FakeConditionalFormats {
  private loadedItems: FakeConditionalFormatItem[] | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly target: FormatTarget,
  ) {}

  add(type: string): FakeConditionalFormatItem {
    const item = new FakeConditionalFormatItem(this.context, this.target);
    this.context.enqueue(`conditionalFormats.add(${type})`, { type }, () => {
      const sheet = this.target.sheet();
      this.context.state.nextId += 1;
      const record: FakeConditionalFormat = { id: `cf-${this.context.state.nextId}`, type, appliesTo: this.target.areas().address };
      sheet.conditionalFormats.unshift(record);
      item.record = record;
    });
    return item;
  }

  load(properties?: string | string[]): this {
    this.context.enqueue(`conditionalFormats.load(${String(properties)})`, undefined, () => {
      const { rects } = this.target.areas();
      const sheet = this.target.sheet();
      let bytes = 0;
      this.loadedItems = sheet.conditionalFormats
        .filter((format) =>
          format.appliesTo.split(",").some((area) => {
            const applied = parseRect(area);
            return applied !== null && rects.some((rect) => intersects(rect, applied));
          }),
        )
        .map((record) => {
          const item = new FakeConditionalFormatItem(this.context, this.target);
          item.record = record;
          bytes += item.loaded.set("type", record.type) + item.loaded.set("formula", record.formula ?? null);
          return item;
        });
      return bytes;
    });
    return this;
  }

  get items(): FakeConditionalFormatItem[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: conditionalFormats.items");
    return this.loadedItems;
  }
}

export const MAX_ADDRESS_LENGTH = 8192;

export class FakeRangeAreas {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly address: string,
  ) {}

  /** Throws InvalidArgument, as Excel does, for an address over 8192 characters or with a bad area. */
  check(): void {
    this.areas();
  }

  private areas(): { address: string; rects: Rect[] } {
    if (this.address.length > MAX_ADDRESS_LENGTH) {
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    const rects = this.address.split(",").map((area) => parseRect(area));
    if (rects.some((rect) => rect === null)) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return { address: this.address, rects: rects.filter((rect): rect is Rect => rect !== null) };
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.context, { sheet: this.sheet, areas: () => this.areas() });
  }
}
