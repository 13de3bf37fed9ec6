import fc from "fast-check";
import { projectValueMismatch, readProjectValue, readRelevanceCoefficient } from "../../../src/core/values/readProjectValue";

/** The seed's line (Brescia 2020, objectives 1.4, 2.3, 2.4: «Valore economico del progetto (Fondo Dirigenti)»). */
const SEED_MANAGERS = "2% delle risorse stabili x ciascun punto rilevato 3.106 euro x 5 = 15.530 euro";
const SEED_STAFF = "1% delle risorse stabili x ciascun punto rilevato 4.469 euro x 5 = 22.345 euro";

describe("readProjectValue", () => {
  it.each([
    ["the seed's Fondo Dirigenti line", SEED_MANAGERS, { unitValue: 3106, coefficient: 5, total: 15530 }],
    ["the seed's Fondo Dipendenti line", SEED_STAFF, { unitValue: 4469, coefficient: 5, total: 22345 }],
    ["the euro sign after the amounts", "3.106 € x 5 = 15.530 €", { unitValue: 3106, coefficient: 5, total: 15530 }],
    ["the value per point and the points in words", "euro 3.106 per punto, 5 punti", { unitValue: 3106, coefficient: 5 }],
    ["the total first, the product in brackets", "15.530 euro (3.106 x 5)", { unitValue: 3106, coefficient: 5, total: 15530 }],
    ["the coefficient first", "5 x 3.106 euro = 15.530 euro", { unitValue: 3106, coefficient: 5, total: 15530 }],
    ["the word «coefficiente» and the × sign", "coefficiente 5 × € 3.106", { unitValue: 3106, coefficient: 5 }],
    ["cents and the € sign before", "€ 3.106,50 × 5 = € 15.532,50", { unitValue: 3106.5, coefficient: 5, total: 15532.5 }],
    ["the total alone", "15.530 euro", { total: 15530 }],
    ["the total and the coefficient", "15.530 euro, coefficiente 5", { coefficient: 5, total: 15530 }],
    ["«pari a» before the total", "3.106 euro per 5 punti, pari a 15.530 euro", { unitValue: 3106, coefficient: 5, total: 15530 }],
    ["a wrong total, read as written", "3.106 € x 5 = 15.000 €", { unitValue: 3106, coefficient: 5, total: 15000 }],
  ])("reads %s", (_case, text, figures) => {
    expect(readProjectValue(text)).toEqual({ ok: true, figures });
  });

  it.each([
    ["a text without amounts", "da definire", "noFigures"],
    ["a percentage only (how the point is obtained, not a figure of the product)", "2% delle risorse stabili", "noFigures"],
    ["four amounts", "1.000 euro, 2.500 euro, 3 punti, 7.500 euro", "tooMany"],
    ["a number written with two decimal commas", "3,106,5 euro x 5", "badNumber"],
  ])("says why it cannot read %s", (_case, text, problem) => {
    expect(readProjectValue(text)).toEqual({ ok: false, problem });
  });

  const amount = fc.integer({ min: 1, max: 999_999 });
  const points = fc.integer({ min: 1, max: 20 });
  /** An integer with the Italian thousands' dots, as clerks write euros: 15.530. */
  const euros = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const forms: ((unit: string, coefficient: number, total: string) => string)[] = [
    (unit, coefficient, total) => `${unit} euro x ${coefficient} = ${total} euro`,
    (unit, coefficient, total) => `${unit} € x ${coefficient} = ${total} €`,
    (unit, coefficient, total) => `${total} euro (${unit} x ${coefficient})`,
    (unit, coefficient, total) => `${coefficient} punti × € ${unit} = € ${total}`,
    (unit, coefficient, total) => `ciascun punto rilevato ${unit} euro x ${coefficient} = ${total} euro`,
  ];

  it("reads back any point value and coefficient written in any of the clerks' forms", () => {
    fc.assert(
      fc.property(amount, points, fc.constantFrom(...forms), (unit, coefficient, form) => {
        const text = form(euros(unit), coefficient, euros(unit * coefficient));
        const read = readProjectValue(text);
        expect(read).toEqual({ ok: true, figures: { unitValue: unit, coefficient, total: unit * coefficient } });
        if (read.ok) expect(projectValueMismatch(read.figures)).toBeNull();
      }),
    );
  });

  it("reports any total that is not the product", () => {
    fc.assert(
      fc.property(amount, points, fc.integer({ min: 1, max: 99_999 }), fc.boolean(), fc.constantFrom(...forms), (unit, coefficient, off, above, form) => {
        const product = unit * coefficient;
        const total = above ? product + off : Math.max(1, product - off);
        fc.pre(total !== product);
        const read = readProjectValue(form(euros(unit), coefficient, euros(total)));
        if (!read.ok) throw new Error("not read");
        expect(projectValueMismatch(read.figures)).toEqual({ product, total });
      }),
    );
  });
});

describe("readRelevanceCoefficient", () => {
  it.each([
    [
      "the seed's relevance",
      "RILEVANZA ALTA: Azioni dirette a dare attuazione a programmi regionali, nazionali o comunitari, azioni innovative di attuazione della riforma camerale o azioni strategiche individuate dalla Giunta camerale – COEFFICIENTE 5",
      5,
    ],
    ["a lower-case «coeff.»", "rilevanza media, coeff. 3", 3],
    ["a bare number", "4", 4],
    ["no number", "RILEVANZA ALTA", null],
    ["two numbers and no «coefficiente»", "livello 2 su 3", null],
  ])("reads %s", (_case, text, coefficient) => {
    expect(readRelevanceCoefficient(text)).toBe(coefficient);
  });
});

describe("projectValueMismatch", () => {
  it("is silent when a figure is missing, or when the difference is below half a cent", () => {
    expect(projectValueMismatch({ unitValue: 3106, coefficient: 5 })).toBeNull();
    expect(projectValueMismatch({ total: 15530 })).toBeNull();
    expect(projectValueMismatch({ unitValue: 0.1, coefficient: 3, total: 0.3 })).toBeNull();
  });
});
