import { en } from "../../../src/taskpane/i18n/en";
import { it as italian } from "../../../src/taskpane/i18n/it";
import { addinLanguage } from "../../../src/core/wording/addinLanguage";
import { fillPlaceholders, formatPercent } from "../../../src/taskpane/i18n/messages";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("the pane's message catalogues", () => {
  it("have the same keys in Italian and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(italian).sort());
  });

  it.each(Object.keys(italian) as (keyof typeof italian)[])("use the same placeholders in both languages: %s", (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(italian[key]));
    expect(en[key].trim()).not.toBe("");
  });

  it.each([
    ["it-IT", "it"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["en-AU", "en"],
    ["en-JM", "it"],
    ["de-DE", "it"],
    [undefined, "it"],
    ["", "it"],
  ])("picks %s -> %s", (language, locale) => {
    expect(addinLanguage(language)).toBe(locale);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fillPlaceholders("Passo {step} di {steps}", { step: 2, steps: 4 })).toBe("Passo 2 di 4");
    expect(fillPlaceholders("Dettaglio: {detail}", {})).toBe("Dettaglio: {detail}");
  });

  it("formats percentages the way each language writes them", () => {
    expect(formatPercent("it", 0.8955)).toBe("89,55%");
    expect(formatPercent("en", 0.8955)).toBe("89.55%");
  });
});
