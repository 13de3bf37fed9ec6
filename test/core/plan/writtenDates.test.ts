import fc from "fast-check";
import type { Polarity } from "../../../src/core/plan/polarity";
import { dateAsMilestone, writtenDate, type DateSide } from "../../../src/core/plan/writtenDates";
import { readCellValue } from "../../../src/core/values/readCellValue";
import type { CellValue } from "../../../src/core/values/valueTypes";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The serial number Excel stores for a day. */
function serialOf(date: Date): number {
  return Math.round((date.getTime() - EXCEL_EPOCH) / DAY_MS);
}

const read = (raw: unknown, numberFormat?: string): CellValue => readCellValue(raw, numberFormat === undefined ? undefined : { numberFormat });

describe("writtenDate", () => {
  it.each<[string, CellValue, string]>([
    ["a date cell handed over as a date (ExcelJS)", read(new Date(Date.UTC(2024, 0, 31))), "31/1/2024"],
    ["a date cell handed over as its serial and format (Office.js, the CLI)", read(45322, "dd/mm/yyyy"), "31/1/2024"],
    ["a date cell in Excel's short English format", read(45322, "m/d/yy"), "31/1/2024"],
    ["a date typed as text", read("31/01/2024"), "31/1/2024"],
    ["a date typed with dots and spaces around it", read("  31.01.2024 "), "31/1/2024"],
    ["a date in words", read("31 gennaio 2024"), "31/1/2024"],
    ["a date after «il»", read("il 30/04/2024"), "30/4/2024"],
  ])("reads %s", (_case, value, period) => {
    expect(writtenDate(value)).toBe(period);
  });

  it.each<[string, CellValue | undefined]>([
    ["a date without its year (it may be a fraction)", read("31/1")],
    ["a fraction Excel did not turn into a date", read("3/4")],
    ["a deadline in words (already a milestone)", read("Entro il 31/01/2024")],
    ["a number without a date format", read(45322)],
    ["two dates", read("31/01/2024 e 15/02/2024")],
    ["a date with a reference to a law", read("31/01/2024 (art. 6 D.L. 80/2021)")],
    ["an Excel error", read("#N/D")],
    ["an empty cell", read(null)],
    ["no cell", undefined],
  ])("does not read %s", (_case, value) => {
    expect(writtenDate(value)).toBeNull();
  });

  it("gives the same day for a date cell, its serial under a date format and the date typed as text, for any day", () => {
    const day = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true }).map((date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS));
    const two = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(day, (date) => {
        const period = `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
        const typed = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
        expect([writtenDate(read(date)), writtenDate(read(serialOf(date), "dd/mm/yyyy")), writtenDate(read(typed))]).toEqual([period, period, period]);
      }),
    );
  });
});

describe("dateAsMilestone", () => {
  const date = read(new Date(Date.UTC(2024, 0, 31)));

  it.each<[string, DateSide, CellValue | undefined, Polarity, object | null]>([
    ["a target's date is its deadline", "target", read(new Date(Date.UTC(2024, 0, 29))), "milestone", { kind: "milestone", state: "done", text: "31/01/2024", by: "31/1/2024" }],
    ["a result's date is the day it was done", "result", read("Entro il 15/02/2024"), "milestone", { kind: "milestone", state: "done", text: "31/01/2024", on: "31/1/2024" }],
    ["a baseline's date is the day it was done", "baseline", read("Adozione del PIAO"), "milestone", { kind: "milestone", state: "done", text: "31/01/2024", on: "31/1/2024" }],
    ["a target with no result yet", "target", read("//"), "milestone", { kind: "milestone", state: "done", text: "31/01/2024", by: "31/1/2024" }],
    ["a target with no result cell", "target", undefined, "milestone", { kind: "milestone", state: "done", text: "31/01/2024", by: "31/1/2024" }],
    ["not against a number (Excel may have turned «1/31» into a date)", "target", read("85%"), "milestone", null],
    ["not against a bound", "result", read("almeno 4"), "milestone", null],
    ["not in an increasing indicator", "target", date, "increasing", null],
    ["not in a decreasing indicator", "result", date, "decreasing", null],
  ])("%s", (_case, side, other, polarity, expected) => {
    expect(dateAsMilestone(date, side, other, polarity)).toEqual(expected);
  });

  it("is null for a value that is not a date written alone", () => {
    expect(dateAsMilestone(read("Adozione del PIAO"), "target", undefined, "milestone")).toBeNull();
    expect(dateAsMilestone(read("31/1"), "target", undefined, "milestone")).toBeNull();
  });
});
