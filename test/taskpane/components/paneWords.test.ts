import { countWords, verdictSentence, warningsAndInfos } from "../../../src/taskpane/components/paneWords";
import { en } from "../../../src/taskpane/i18n/en";
import { it as italian } from "../../../src/taskpane/i18n/it";
import { createTranslator } from "../../../src/taskpane/i18n/messages";

const IT = { t: createTranslator(italian), locale: "it" as const };
const EN = { t: createTranslator(en), locale: "en" as const };

describe("the results in words", () => {
  it.each([
    [IT, "errore", 1, "1 errore"],
    [IT, "errore", 3, "3 errori"],
    [IT, "avviso", 1042, "1.042 avvisi"],
    [IT, "info", 0, "0 info"],
    [EN, "errore", 1, "1 error"],
    [EN, "avviso", 1042, "1,042 warnings"],
  ] as const)("counts %#: %s %i -> %s", (words, severity, count, text) => {
    expect(countWords(words, severity, count)).toBe(text);
  });

  it.each([
    [IT, { avviso: 0, info: 0 }, "nessun avviso"],
    [IT, { avviso: 2, info: 0 }, "2 avvisi"],
    [IT, { avviso: 2, info: 1 }, "2 avvisi e 1 info"],
    [EN, { avviso: 0, info: 3 }, "no warnings and 3 info"],
  ] as const)("says warnings and infos %#: %j -> %s", (words, counts, text) => {
    expect(warningsAndInfos(words, counts)).toBe(text);
  });

  it.each([
    [IT, { kind: "notReady", errors: 3 }, "Piano non pronto: 3 errori"],
    [IT, { kind: "notReady", errors: 1 }, "Piano non pronto: 1 errore"],
    [IT, { kind: "empty" }, "Piano senza indicatori: niente da controllare"],
    [IT, { kind: "ready", warnings: 2, infos: 0 }, "Pronto per l'OIV: nessun errore, 2 avvisi"],
    [IT, { kind: "ready", warnings: 0, infos: 0 }, "Pronto per l'OIV: nessun errore, nessun avviso"],
    [EN, { kind: "notReady", errors: 1200 }, "Plan not ready: 1,200 errors"],
    [EN, { kind: "ready", warnings: 1, infos: 0 }, "Ready for the OIV: no errors, 1 warning"],
  ] as const)("gives the verdict %#: %j -> %s", (words, verdict, text) => {
    expect(verdictSentence(words, verdict)).toBe(text);
  });
});
