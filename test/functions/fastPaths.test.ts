/**
 * The functions' fast paths answer as the general path does: plain numbers go straight to the core's
 * arithmetic (indicatorFigures) instead of being read as values first, and argument texts are read once
 * per distinct content in a bounded cache shared across calls.
 */
import fc from "fast-check";
import { evaluateIndicator } from "../../src/core/calc/evaluateIndicator";
import { readCellValue } from "../../src/core/values/readCellValue";
import { answer, fromCalcFailure } from "../../src/functions/cellAnswer";
import { evaluateIndicatorCells } from "../../src/functions/indicatorArguments";
import { readArgumentValue } from "../../src/functions/valueArgument";
import { cachedValueCount, MAX_ENTRIES, readCachedValue } from "../../src/functions/valueCache";
import type { Polarity } from "../../src/core/plan/polarity";

const POLARITY_WORDS: Record<string, Polarity> = { crescente: "increasing", decrescente: "decreasing", milestone: "milestone" };

const figure = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -100_000, max: 100_000 }).map((cents) => cents / 100), fc.constantFrom(0, -0, 1, -1));

describe("plain numbers: straight to the core's arithmetic, with the general path's answer", () => {
  it("gives every result, target, baseline, polarity and option the answer of reading the numbers first", () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.option(figure, { nil: undefined }),
        fc.constantFrom("crescente", "decrescente", "milestone"),
        fc.option(fc.record({ cap: fc.constantFrom(1, 1.2, 0.5), threshold: fc.constantFrom(0, 0.3, 0.6) }), { nil: undefined }),
        (result, target, baseline, polarity, options) => {
          const general = evaluateIndicator(
            { result: readCellValue(result), target: readCellValue(target), polarity: POLARITY_WORDS[polarity] as Polarity, ...(baseline === undefined ? {} : { baseline: readCellValue(baseline) }) },
            options,
          );
          const expected = general.ok ? answer(general.value) : fromCalcFailure(general);
          expect(evaluateIndicatorCells({ result, target, polarity, baseline }, options)).toEqual(expected);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe("argument values read once per distinct content, in a bounded cache", () => {
  const texts = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("89,55%", "€ 6.190.000,00", "2.870 campioni", "almeno 300 dispositivi", "//", "sì", "Avvio", "#N/D", "2301 iscritti e 1361 partecipanti"));

  it("reads a text or a number as the core reader does, the first time and every time after", () => {
    fc.assert(
      fc.property(fc.oneof(texts, figure), (content) => {
        const expected = readCellValue(content);
        expect(readCachedValue(content)).toEqual(expected);
        expect(readCachedValue(content)).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it("answers an argument with the reader's value, or its message naming the argument", () => {
    expect(readArgumentValue("89,55%", "risultato")).toEqual(answer(readCellValue("89,55%")));
    expect(readArgumentValue("1,800,000", "target")).toMatchObject({ ok: false, failure: { kind: "invalidValue", message: expect.stringMatching(/^target: /) } });
  });

  it("keeps no more than its bound of distinct contents, however many it reads", () => {
    for (let i = 0; i < MAX_ENTRIES + 500; i += 1) readCachedValue(`${i} eventi`);
    expect(cachedValueCount()).toBeLessThanOrEqual(MAX_ENTRIES);
    expect(readCachedValue(`${MAX_ENTRIES + 499} eventi`)).toEqual(readCellValue(`${MAX_ENTRIES + 499} eventi`));
  });
});
