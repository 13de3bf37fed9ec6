/**
 * Property tests for the parsers the existing suites test by examples only (readCellValue,
 * parseItalianNumber, normalizeHeader, planCodes and readPlan have their own): on any text, each
 * one answers in its declared shape, never throws, and never yields NaN or an infinite number.
 */
import { codeKey, indicatorKey, readObjectiveKind } from "../../src/core/plan/planCodes";
import fc from "fast-check";
import { columnLetter, parseA1, toA1 } from "../../src/core/plan/a1";
import { periodNamedIn } from "../../src/core/plan/detectPeriod";
import { periodParts } from "../../src/core/plan/reportingDate";
import { cellText } from "../../src/core/plan/gridCells";
import { readWrittenPolarity } from "../../src/core/plan/polarity";
import { matchHeader } from "../../src/core/plan/matchHeader";

import { describeValue } from "../../src/core/wording/describeValue";
import { readExcelError } from "../../src/core/values/readTextValue";
import { findNumberWords, findQuantities } from "../../src/core/values/findQuantities";
import { maskReferences } from "../../src/core/values/maskReferences";
import { classifyNumberFormat, formatExcelSerialDate, readCellValue } from "../../src/core/values/readCellValue";
import { readMilestone, readsAsWords } from "../../src/core/values/readMilestone";

/** Any text, plus texts made of the words plan cells are made of. */
const PIECES = ["almeno", "Avvio", "sì", "no", "Adozione", "Nuovo", "regolamento", "30/6", "31/12", "D.Lgs.", "n.", "33/2013", "€", "%", "-", "//", "una", "due", "dieci", "#N/D", "#VALORE!", "1.800.000,00", "89,55%", "2.870", "campioni", "Indicatore 3", "crescente", "decrescente", "riduzione"];
const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((words) => words.join(" ")));

const finite = (value: number) => Number.isFinite(value);

describe("A1 addresses", () => {
  it("toA1 and parseA1 are inverse over the whole sheet (1.048.576 rows × 16.384 columns)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16_383 }), (row, col) => {
        expect(parseA1(toA1(row, col))).toEqual({ row, col });
        expect(columnLetter(col)).toMatch(/^[A-Z]{1,3}$/);
      }),
    );
  });

  it("parseA1 never throws and answers null or coordinates of a cell", () => {
    fc.assert(
      fc.property(text, (address) => {
        const parsed = parseA1(address);
        if (parsed !== null) expect(finite(parsed.row) && finite(parsed.col) && parsed.row >= 0 && parsed.col >= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("value readers, on any text", () => {
  it("readMilestone answers a state or null, readsAsWords a boolean", () => {
    fc.assert(
      fc.property(text, (written) => {
        expect([null, "notDone", "started", "done"]).toContain(readMilestone(written));
        expect(typeof readsAsWords(written)).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("findQuantities answers finite quantities inside the text, or a message", () => {
    fc.assert(
      fc.property(text, (written) => {
        const found = findQuantities(written);
        if (!found.ok) return expect(found.message.length).toBeGreaterThan(0);
        for (const quantity of found.quantities) {
          expect(finite(quantity.value)).toBe(true);
          expect(quantity.start >= 0 && quantity.end <= written.length && quantity.start <= quantity.end).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("maskReferences keeps the text's length; findNumberWords and readExcelError never throw", () => {
    fc.assert(
      fc.property(text, (written) => {
        expect(maskReferences(written)).toHaveLength(written.length);
        for (const word of findNumberWords(written)) expect(finite(word.value)).toBe(true);
        const error = readExcelError(written);
        if (error !== null) expect(error).toMatchObject({ kind: "failure", code: "excelError" });
      }),
      { numRuns: 500 },
    );
  });

  it("describeValue describes whatever was read without NaN, Infinity or undefined", () => {
    // NaN itself is left out: it is quoted as the cell holds it, as the next test shows.
    fc.assert(
      fc.property(fc.oneof(text, fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)), (raw) => {
        expect(describeValue(readCellValue(raw))).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a NaN handed over by a formula as unreadable, saying to check the formula", () => {
    expect(readCellValue(Number.NaN)).toMatchObject({ kind: "failure", code: "unreadable", message: expect.stringContaining("controllare la formula") });
  });

  it("number formats are classified, and serial dates are a date text or null", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.constant(undefined), fc.integer()), fc.double(), (format, serial) => {
        expect(["number", "percent", "euro", "date"]).toContain(classifyNumberFormat(format));
        const date = formatExcelSerialDate(serial);
        if (date !== null) expect(date).not.toMatch(/NaN|Invalid/);
      }),
    );
  });
});

describe("plan readers, on any text", () => {
  it("header matching, periods, polarities and objective kinds answer in their own vocabulary", () => {
    fc.assert(
      fc.property(text, text, (written, title) => {
        const match = matchHeader(written);
        if (match !== null) expect(typeof match.concept).toBe("string");
        const named = periodNamedIn(written);
        if (named !== undefined) expect(periodParts(named)).toBeDefined();
        expect([null, "increasing", "decreasing", "milestone"]).toContain(readWrittenPolarity(written));
        expect(["strategic", "operational"]).toContain(readObjectiveKind(written, title, title));
      }),
      { numRuns: 500 },
    );
  });

  it("codes and indicator numbers normalise to trimmed texts, stable when normalised again", () => {
    fc.assert(
      fc.property(text, (written) => {
        const code = codeKey(written);
        expect(codeKey(code)).toBe(code);
        expect(indicatorKey(written)).toBe(indicatorKey(written).trim());
        expect(cellText(written)).toBe(cellText(cellText(written)));
      }),
      { numRuns: 500 },
    );
  });
});
