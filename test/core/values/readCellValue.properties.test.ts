import fc from "fast-check";
import { formatItalianEuro, formatItalianNumber, formatItalianPercent, withSign } from "../../../src/core/wording/formatNumbers";
import { readCellValue } from "../../../src/core/values/readCellValue";
import type { CellValue } from "../../../src/core/values/valueTypes";

const KINDS = ["quantity", "threshold", "milestone", "placeholder", "failure"];

/** The invariants every read value keeps, whatever the input. */
function expectWellFormed(value: CellValue): void {
  expect(KINDS).toContain(value.kind);
  expect(typeof value.text).toBe("string");
  if (value.kind === "quantity" || value.kind === "threshold") {
    expect(Number.isFinite(value.value)).toBe(true);
    if (value.label !== undefined) expect(unopenedClosers(value.label)).toBe(0);
  }
  if (value.kind === "failure") {
    expect(value.message.length).toBeGreaterThan(0);
    for (const candidate of value.candidates ?? []) expect(Number.isFinite(candidate.value)).toBe(true);
  }
}

/** How many of the text's closing brackets close nothing opened before them in the text («eventi)» has 1). */
function unopenedClosers(text: string): number {
  let depth = 0;
  let unopened = 0;
  for (const character of text) {
    if ("([{".includes(character)) depth += 1;
    else if (")]}".includes(character)) {
      if (depth > 0) depth -= 1;
      else unopened += 1;
    }
  }
  return unopened;
}

/** Texts made of the pieces real plan cells are made of, in any order. */
const planLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom("almeno", "non oltre", "entro", "≥", "meno di", "oltre", "fino a", "n.", "un", "una", "un'", "due", "venti"),
      fc.constantFrom("€", "%", "euro", "milioni", "per cento", "eventi", "posizioni", "Avvio", "sì", "no", "-", "//"),
      fc.constantFrom("D.Lgs.", "33/2013", "art.", "22 luglio 2020", "nel", "2 semestre", "COVID-19", "#N/D", "(", ")", "\n"),
      fc.stringMatching(/^[-+\u2212]?\d{1,7}([.,]\d{1,4}){0,3}$/),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(" "));

describe("readCellValue, for any input", () => {
  it("never throws and always returns a well-formed value for anything", () => {
    fc.assert(fc.property(fc.anything(), (raw) => expectWellFormed(readCellValue(raw))), { numRuns: 500 });
  });

  it("never throws on any text, including full Unicode and grapheme clusters", () => {
    const texts = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
    fc.assert(fc.property(texts, (text) => expectWellFormed(readCellValue(text))), { numRuns: 1000 });
  });

  it("never throws on texts built from the pieces of real plan cells", () => {
    fc.assert(fc.property(planLikeText, (text) => expectWellFormed(readCellValue(text))), { numRuns: 1000 });
  });

  it("never yields NaN or Infinity, whatever the number and its format", () => {
    const formats = fc.constantFrom(undefined, "0,00%", "€ #.##0,00", "gg/mm/aaaa", "General", "0.00E+00");
    fc.assert(
      fc.property(fc.double(), formats, (raw, numberFormat) => expectWellFormed(readCellValue(raw, { numberFormat }))),
    );
  });

  it.each([
    ["400 digits", "9".repeat(400)],
    ["a 1999-digit number", "1".repeat(1999)],
    ["a 100.000-character text", "almeno 3 ".repeat(12_500)],
  ])("turns %s into a failure, not a quantity", (_case, text) => {
    expect(readCellValue(text)).toMatchObject({ kind: "failure", code: "unreadable" });
  });
});

/**
 * How far a number read back from its printed form may be from the original: half a unit of the last
 * printed place, plus the spacing of doubles at that magnitude (at 2,4·10¹¹ one unit in the last place is
 * 3·10⁻⁵, so «…,7498» cannot be stored closer than that to the printed decimal).
 */
function roundTripTolerance(value: number, halfLastPlace: number): number {
  return halfLastPlace + 4 * Number.EPSILON * Math.max(1, Math.abs(value));
}

describe("reading back a number written the Italian way", () => {
  const amount = fc.double({ min: -1e12, max: 1e12, noNaN: true });
  const decimals = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });

  it("reads back 245.817.038.383,7498 within a double's precision of the number it was printed from", () => {
    const read = readCellValue(formatItalianNumber(245817038383.74985, 4));
    expect(read).toMatchObject({ kind: "quantity", text: "245.817.038.383,7498" });
    if (read.kind === "quantity") expect(Math.abs(read.value - 245817038383.74985)).toBeLessThanOrEqual(roundTripTolerance(245817038383.74985, 0.00005));
  });

  it("reads formatItalianNumber's writing back as the number, to the printed decimals", () => {
    fc.assert(
      fc.property(amount, decimals, (value, places) => {
        const read = readCellValue(formatItalianNumber(value, places));
        expect(read).toMatchObject({ kind: "quantity", unit: "number" });
        if (read.kind === "quantity") expect(Math.abs(read.value - value)).toBeLessThanOrEqual(roundTripTolerance(value, 0.5 * 10 ** -(places ?? 2)));
      }),
    );
  });

  it("reads formatItalianPercent's writing back as the fraction", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), decimals, (fraction, places) => {
        const read = readCellValue(formatItalianPercent(fraction, places));
        expect(read).toMatchObject({ kind: "quantity", unit: "percent" });
        if (read.kind === "quantity") {
          expect(Math.abs(read.value - fraction)).toBeLessThanOrEqual(roundTripTolerance(fraction, (0.5 * 10 ** -(places ?? 2)) / 100));
        }
      }),
    );
  });

  it("reads a bound written after the amount («90% o più», «30 giorni o meno») as the same bound written before it", () => {
    const written = fc.constantFrom(
      (value: number) => formatItalianNumber(value, 0),
      (value: number) => formatItalianPercent(value / 100, 0),
      (value: number) => `${formatItalianNumber(value, 0)} giorni`,
    );
    const bounds = fc.constantFrom(["o più", "almeno"], ["o superiore", "almeno"], ["o meno", "non oltre"], ["o inferiore", "non oltre"]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), written, bounds, (value, write, [after, before]) => {
        const trailing = readCellValue(`${write(value)} ${after}`);
        const leading = readCellValue(`${before} ${write(value)}`);
        expect(leading.kind).toBe("threshold");
        expect(trailing).toMatchObject({ kind: leading.kind, value: (leading as { value: number }).value, comparator: (leading as { comparator: string }).comparator });
      }),
    );
  });

  it("reads a plus glued after an amount («95%+», «10+») as «almeno» before it", () => {
    const written = fc.constantFrom(
      (value: number) => formatItalianNumber(value, 0),
      (value: number) => formatItalianPercent(value / 100, 0),
      (value: number) => formatItalianEuro(value),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), written, (value, write) => {
        const leading = readCellValue(`almeno ${write(value)}`);
        expect(readCellValue(`${write(value)}+`)).toMatchObject({ kind: "threshold", comparator: "atLeast", value: (leading as { value: number }).value });
      }),
    );
  });

  it("reads an amount with a time limit («≥ 95% entro 30 giorni») as the amount alone, the limit in its label", () => {
    const limits = fc.constantFrom("entro {n} giorni", "entro {n} gg", "in {n} giorni lavorativi", "entro il termine di {n} giorni", "entro {n} mesi");
    const amounts = fc.constantFrom((percent: string) => `≥ ${percent}`, (percent: string) => `${percent} delle pratiche`, (percent: string) => `almeno il ${percent}`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 365 }), limits, amounts, fc.boolean(), (hundredths, days, limit, amount, limitFirst) => {
        const percent = formatItalianPercent(hundredths / 10_000, 2);
        const time = limit.replace("{n}", String(days));
        const text = limitFirst ? `${time}, ${amount(percent)}` : `${amount(percent)} ${time}`;
        const alone = readCellValue(amount(percent));
        expect(readCellValue(text)).toMatchObject({ kind: alone.kind, value: (alone as { value: number }).value, unit: "percent" });
      }),
    );
  });

  it("reads an amount per mille («5‰», «0,5 per mille») as a tenth of that percentage", () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), decimals, fc.constantFrom("‰", " ‰", " per mille"), (perMille, places, sign) => {
        const written = formatItalianNumber(perMille, places);
        const read = readCellValue(`${written}${sign}`);
        const back = readCellValue(written);
        if (back.kind !== "quantity") throw new Error(`${written} not read as an amount`);
        expect(read).toMatchObject({ kind: "quantity", unit: "percent" });
        if (read.kind === "quantity") expect(read.value).toBeCloseTo(back.value / 1000, 12);
      }),
    );
  });

  it("reads formatItalianEuro's writing back as the amount in euro, to the cent", () => {
    fc.assert(
      fc.property(amount, (value) => {
        const read = readCellValue(formatItalianEuro(value));
        expect(read).toMatchObject({ kind: "quantity", unit: "euro" });
        if (read.kind === "quantity") expect(Math.abs(read.value - value)).toBeLessThanOrEqual(roundTripTolerance(value, 0.005));
      }),
    );
  });

  it("reads an amount in brackets, as accounts write a negative, as the amount with a minus sign", () => {
    const positive = fc.double({ min: 0.01, max: 1e12, noNaN: true });
    const written = fc.constantFrom(
      (value: number) => formatItalianNumber(value, 2),
      (value: number) => formatItalianEuro(value),
      (value: number) => formatItalianPercent(value, 2),
    );
    fc.assert(
      fc.property(positive, written, (value, write) => {
        const plain = readCellValue(write(value));
        const bracketed = readCellValue(`(${write(value)})`);
        if (plain.kind !== "quantity") throw new Error(`${write(value)} not read as an amount`);
        expect(bracketed).toMatchObject({ kind: "quantity", unit: plain.unit, value: -plain.value });
      }),
    );
  });

  it("reads a signed deviation back with its sign", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (fraction) => {
        const read = readCellValue(withSign(formatItalianPercent(fraction, 2), fraction));
        expect(read).toMatchObject({ kind: "quantity", unit: "percent" });
        if (read.kind === "quantity") expect(Math.abs(read.value - fraction)).toBeLessThanOrEqual(roundTripTolerance(fraction, 0.00005));
      }),
    );
  });

  it("reads a percentage stored as Excel stores it (a fraction with a % format) as that fraction", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (fraction) => {
        expect(readCellValue(fraction, { numberFormat: "0,00%" })).toMatchObject({
          kind: "quantity",
          unit: "percent",
          value: Object.is(fraction, -0) ? 0 : fraction,
        });
      }),
    );
  });
});
