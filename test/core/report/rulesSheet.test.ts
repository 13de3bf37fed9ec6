/**
 * The «Regole di valutazione» sheet: written from the settings in force, read back to the same
 * settings, edited by hand as a clerk writes («120%», «rapporto», cells Excel turned into numbers),
 * unknown rows named with their cell, and owned by the add-in without being a sheet a validation replaces.
 */
import type { WorkbookGrids } from "../../../src/core/plan/grid";
import { rulesSheetContent, settingsFromRulesSheet } from "../../../src/core/report/rulesSheet";
import { isOwnSheet, isReportSheetName, RULES_SHEET } from "../../../src/core/reportSheets";
import { RULE_IDS } from "../../../src/core/rules/ruleCatalogue";
import { defaultValidationSettings, type ValidationSettings } from "../../../src/core/settings";
import { resolveSettings } from "../../../src/core/readSettings";

function workbookWith(rows: unknown[][]): WorkbookGrids {
  return { name: "piano.xlsx", sheets: [{ sheet: RULES_SHEET, origin: "A1", values: rows }] };
}

function settingsOf(keys: Record<string, unknown>): ValidationSettings {
  const resolved = resolveSettings(keys, RULE_IDS);
  expect(resolved.errors).toEqual([]);
  return resolved.settings;
}

describe("the «Regole di valutazione» sheet", () => {
  it.each([
    ["the defaults", {}],
    ["a full profile", { metodo: "rapporto", metodoDecrescente: "baseline", massimo: "120%", minimo: "30%", fasce: "0% → 0%; 60% → proporzionale; 95% → 100%", stati: { raggiunto: "95%", parziale: "60%" }, aggregazione: "tutti-raggiunti", quotaIndicatoriPropri: "40%", convenzioneScostamento: "realizzato-meno-atteso" }],
    ["a preset", { preset: "ecocerved-2023" }],
  ])("reads back what it writes for %s", (_label, keys) => {
    const settings = settingsOf(keys);
    const read = settingsFromRulesSheet(workbookWith(rulesSheetContent(settings).rows), RULE_IDS);
    expect(read.errors).toEqual([]);
    expect(read.found).toBe(true);
    const { source: _written, ...profile } = settings.profile;
    const { source, ...readProfile } = read.settings.profile;
    expect({ ...readProfile, bands: readProfile.bands && [...readProfile.bands] }).toEqual({ ...profile, bands: profile.bands && [...profile.bands] });
    expect(read.settings.achievement).toMatchObject({ cap: settings.achievement.cap, threshold: settings.achievement.threshold ?? 0 });
    expect(read.settings.criticalAchievement).toBe(settings.criticalAchievement);
    expect(source).toMatch(/^foglio «Regole di valutazione»/);
  });

  it("reads a sheet edited by hand: blank rows keep the default, Excel's numbers for percentages, labels in any case", () => {
    const read = settingsFromRulesSheet(
      workbookWith([
        ["Regole di valutazione (profilo di punteggio)"],
        ["Regola", "Valore"],
        ["massimo (TETTO)", 1.2],
        ["Metodo per gli indicatori decrescenti", "Rapporto"],
        ["Fasce di punteggio", ""],
      ]),
      RULE_IDS,
    );
    expect(read.errors).toEqual([]);
    expect(read.settings.achievement).toMatchObject({ cap: 1.2, methods: { decreasing: "ratio" } });
    expect(read.settings.profile.bands).toBeNull();
  });

  it("names an unknown row by its cell, and a bad value by its key", () => {
    const read = settingsFromRulesSheet(workbookWith([["Regole di valutazione (profilo di punteggio)"], ["Tetto massimo", "120%"], ["Massimo (tetto)", "tanto"]]), RULE_IDS);
    expect(read.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      expect.stringContaining("Regole di valutazione!A2: Regola sconosciuta «Tetto massimo»"),
      "Regole di valutazione: massimo: «massimo» deve essere una percentuale maggiore di 0% e fino a 1.000% (es. \"100%\"), non «tanto».",
    ]);
  });

  it("is absent from a workbook without it: the defaults, nothing found", () => {
    const read = settingsFromRulesSheet({ name: "x", sheets: [] }, RULE_IDS);
    expect(read).toEqual({ settings: defaultValidationSettings, errors: [], found: false });
  });

  it("is ours for ownership, but not a sheet a validation replaces", () => {
    expect(isOwnSheet(RULES_SHEET, { firstRow: ["Regole di valutazione (profilo di punteggio)"] })).toBe(true);
    expect(isOwnSheet(RULES_SHEET, { firstRow: ["Le mie regole"] })).toBe(false);
    expect(isReportSheetName(RULES_SHEET)).toBe(false);
  });
});
