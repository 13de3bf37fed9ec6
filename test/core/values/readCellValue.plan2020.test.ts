import { readCellValue } from "../../../src/core/values/readCellValue";
import type { CellValue } from "../../../src/core/values/valueTypes";
import { shapeOf, type Expected } from "./expectedValues";
import { PLAN_2020_NUMBERS } from "./plan2020Numbers";
import { PLAN_2020_TEXTS } from "./plan2020Texts";
import { loadPlanWrittenForms } from "./planWrittenForms";

const forms = loadPlanWrittenForms();
const tabled = forms.filter((form) => form.field !== "budget.amountText");
const expectations: Record<string, Expected> = { ...PLAN_2020_NUMBERS, ...PLAN_2020_TEXTS };

function amountOf(value: CellValue): number | undefined {
  return value.kind === "quantity" || value.kind === "threshold" ? value.value : undefined;
}

describe("reading every value written in the Brescia 2020 plan", () => {
  it("finds the plan's written values in the fixture", () => {
    expect(tabled.length).toBeGreaterThan(300);
    expect(new Set(tabled.map((form) => form.field)).size).toBeGreaterThanOrEqual(20);
  });

  it("has an expectation for every text the plan writes", () => {
    const missing = [...new Set(tabled.map((form) => form.text))].filter((text) => !(text in expectations));
    expect(missing).toEqual([]);
  });

  it("has no expectation for a text the plan does not write", () => {
    const written = new Set(tabled.map((form) => form.text));
    expect(Object.keys(expectations).filter((text) => !written.has(text))).toEqual([]);
  });

  it("keeps numbers and worded values in separate tables", () => {
    const both = Object.keys(PLAN_2020_NUMBERS).filter((text) => text in PLAN_2020_TEXTS);
    expect(both).toEqual([]);
  });

  it.each(Object.entries(expectations))("reads %j as expected", (text, expected) => {
    const read = readCellValue(text);
    expect(shapeOf(read)).toEqual(expected);
    expect(read.text).toBe(text);
  });

  it("reads every weight and total as the fraction the plan states next to it", () => {
    const weights = tabled.filter((form) => form.stated !== undefined && !form.field.startsWith("valoreEconomico"));
    expect(weights.length).toBeGreaterThan(80);
    for (const form of weights) {
      const read = readCellValue(form.text);
      expect({ text: form.text, unit: read.kind === "quantity" ? read.unit : read.kind }).toEqual({
        text: form.text,
        unit: "percent",
      });
      expect(amountOf(read)).toBeCloseTo(form.stated ?? Number.NaN, 12);
    }
  });

  it("reads every budget and economic amount as the euro figure the plan states next to it", () => {
    const amounts = forms.filter(
      (form) => form.stated !== undefined && (form.field === "budget.amountText" || form.field.startsWith("valoreEconomico")),
    );
    expect(amounts.length).toBeGreaterThan(35);
    for (const form of amounts) {
      const read = readCellValue(form.text);
      expect({ text: form.text, kind: read.kind, unit: read.kind === "quantity" ? read.unit : undefined }).toEqual({
        text: form.text,
        kind: "quantity",
        unit: "euro",
      });
      expect(amountOf(read)).toBeCloseTo(form.stated ?? Number.NaN, 6);
    }
  });
});

describe("reading the deviations (scostamenti) of the Brescia 2020 plan", () => {
  const numericDeviations: [string, number, "number" | "percent" | "euro"][] = [
    ["+1,55%", 0.0155, "percent"],
    ["€ 4.390.000,00", 4390000, "euro"],
    ["0,13%", 0.0013, "percent"],
    ["-9394", -9394, "number"],
    ["861", 861, "number"],
    ["24", 24, "number"],
    ["45", 45, "number"],
    ["5,37%", 0.0537, "percent"],
    ["35,86%", 0.3586, "percent"],
    ["2", 2, "number"],
    ["25,00%", 0.25, "percent"],
    ["370", 370, "number"],
    ["20", 20, "number"],
    ["16", 16, "number"],
  ];

  it.each(numericDeviations)("reads the deviation %j as %p (%s)", (text, value, unit) => {
    expect(readCellValue(text)).toEqual({ kind: "quantity", value, unit, text });
  });

  it("lists every numeric deviation the plan writes", () => {
    const deviations = forms.filter((form) => form.field === "indicator.deviationText").map((form) => form.text);
    const numeric = [...new Set(deviations)].filter((text) => readCellValue(text).kind === "quantity");
    expect(numeric.sort()).toEqual(numericDeviations.map(([text]) => text).sort());
  });

  it("reads the other deviations as placeholders or as an ambiguous text, never as a number", () => {
    const deviations = forms.filter((form) => form.field === "indicator.deviationText").map((form) => form.text);
    const others = [...new Set(deviations)].filter((text) => !numericDeviations.some(([numeric]) => numeric === text));
    expect(others.map((text) => [text, shapeOf(readCellValue(text)).kind]).sort()).toEqual(
      [
        ["+11 agenzie avviate tra le già convenzionate +7 nuovi intermediari", "ambiguous"],
        ["-", "placeholder"],
        ["--", "placeholder"],
        ["//", "placeholder"],
        ["nessuno", "placeholder"],
      ].sort(),
    );
  });
});
