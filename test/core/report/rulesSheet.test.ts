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
import fc from "fast-check";
import { readRewardRules } from "../../../src/core/report/readRewardRules";
import type { RewardRules } from "../../../src/core/report/rewards";

function rewardRulesOf(input: Record<string, unknown>): RewardRules {
  const reading = readRewardRules(input);
  expect(reading.errors).toEqual([]);
  if (reading.rules === null) throw new Error("no reward rules");
  return reading.rules;
}

/** Reward rules as plain data (checked bands carry a mark). */
function plainRewards(rules: RewardRules | null): unknown {
  return rules === null ? null : { ...rules, bands: [...rules.bands] };
}

/** The rows a clerk writes: the title, then the given rows. */
function sheetOf(...rows: unknown[][]): WorkbookGrids {
  return workbookWith([["Regole di valutazione (profilo di punteggio)"], ["Regola", "Valore", "Valori ammessi"], ...rows]);
}

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
    ["a full profile", { metodo: "rapporto", metodoDecrescente: "baseline", massimo: "120%", minimo: "30%", milestoneParziale: "50%", fasce: "0% → 0%; 60% → proporzionale; 95% → 100%", stati: { raggiunto: "95%", parziale: "60%" }, aggregazione: "tutti-raggiunti", quotaIndicatoriPropri: "40%", convenzioneScostamento: "realizzato-meno-atteso" }],
    ["a preset", { preset: "ecocerved-2023" }],
  ])("reads back what it writes for %s", (_label, keys) => {
    const settings = settingsOf(keys);
    const read = settingsFromRulesSheet(workbookWith(rulesSheetContent(settings).rows), RULE_IDS);
    expect(read.errors).toEqual([]);
    expect(read.found).toBe(true);
    const { source: _written, ...profile } = settings.profile;
    const { source, ...readProfile } = read.settings.profile;
    expect({ ...readProfile, bands: readProfile.bands && [...readProfile.bands] }).toEqual({ ...profile, bands: profile.bands && [...profile.bands] });
    expect(read.settings.achievement).toMatchObject({ cap: settings.achievement.cap, threshold: settings.achievement.threshold ?? 0, milestonePartial: settings.achievement.milestonePartial ?? 0 });
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
        ["milestone avviata (credito parziale)", 0.5],
        ["Fasce di punteggio", ""],
      ]),
      RULE_IDS,
    );
    expect(read.errors).toEqual([]);
    expect(read.settings.achievement).toMatchObject({ cap: 1.2, methods: { decreasing: "ratio" }, milestonePartial: 0.5 });
    expect(read.settings.profile.bands).toBeNull();
  });

  it("takes a title written as the sheet's name, in any case, for a title, not an unknown rule", () => {
    const read = settingsFromRulesSheet(workbookWith([["REGOLE DI VALUTAZIONE"], ["regola", "valore"], ["Massimo (tetto)", "120%"]]), RULE_IDS);
    expect(read.errors).toEqual([]);
    expect(read.settings.achievement).toMatchObject({ cap: 1.2 });
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
    expect(read).toEqual({ settings: defaultValidationSettings, rewards: null, errors: [], found: false });
  });

  it("is ours for ownership, but not a sheet a validation replaces", () => {
    expect(isOwnSheet(RULES_SHEET, { firstRow: ["Regole di valutazione (profilo di punteggio)"] })).toBe(true);
    expect(isOwnSheet(RULES_SHEET, { firstRow: ["Le mie regole"] })).toBe(false);
    expect(isReportSheetName(RULES_SHEET)).toBe(false);
  });

  describe("its reward rules («Premi» rows and the people's table)", () => {
    it.each([
      ["bands alone", { premi: [{ da: "60%", quota: "proporzionale" }, { da: "95%", quota: "100%" }] }],
      ["the Agenzia's bands with shares per point, a project fund, pro-rata and classes", { premi: "0% → 0%; 90% → 60% + 1% per punto; 110,1% → 80,1% + 0,715% per punto; 131% → 100%", fondo: { valorePunto: 3106, punti: 5 }, ripartizione: "pro-quota", classi: ["95%", "70%"] }],
      ["a fund in euro and people", { premi: "0% → 100%", fondo: "€ 116.325,12", persone: [{ nome: "dr Massimo Ziletti", peso: "40%" }, { nome: "Mario Rossi", punteggio: "85%", premio: "€ 1.000", coefficiente: 0.9 }] }],
      ["a condition: the on/off objective and its minimum", { premi: "0% → proporzionale", condizione: { obiettivo: "AS-STRAT", minimo: "90%" } }],
    ])("reads back the reward rules it writes: %s", (_label, input) => {
      const rules = rewardRulesOf(input);
      const read = settingsFromRulesSheet(workbookWith(rulesSheetContent(defaultValidationSettings, rules).rows), RULE_IDS);
      expect(read.errors).toEqual([]);
      expect(plainRewards(read.rewards)).toEqual(plainRewards(rules));
    });

    it("writes the reward rows empty and the people's header alone when there are no reward rules, and reads them as none", () => {
      const content = rulesSheetContent(defaultValidationSettings);
      expect(content.rows.slice(-7)).toEqual([
        ["Premi", "", expect.stringContaining("60% → proporzionale; 90% → 60% + 1% per punto")],
        ["Fondo", "", expect.stringContaining("3.106 € x 5 punti")],
        ["Ripartizione", "", expect.stringContaining("pro-quota")],
        ["Classi", "", expect.stringContaining("90%; 60%")],
        ["Condizione", "", expect.stringContaining("1.1 almeno 100%")],
        [],
        ["Persona", "Peso", "Premio pieno", "Coefficiente", "Punteggio"],
      ]);
      const read = settingsFromRulesSheet(workbookWith(content.rows), RULE_IDS);
      expect(read.errors).toEqual([]);
      expect(read.rewards).toBeNull();
    });

    it("writes the rules in force as a clerk reads them", () => {
      const rules = rewardRulesOf({ premi: "60% → proporzionale; 95% → 100%", fondo: { valorePunto: "3.106", punti: 5 }, persone: [{ nome: "dr Rossi", peso: "25%", coefficiente: 0.9 }] });
      const rows = rulesSheetContent(defaultValidationSettings, rules).rows;
      const valueOf = (label: string) => rows.find((row) => row[0] === label)?.[1];
      expect([valueOf("Premi"), valueOf("Fondo"), valueOf("Ripartizione"), valueOf("Classi")]).toEqual(["60% → proporzionale; 95% → 100%", "€ 3.106,00 x 5 punti", "quota", "90%; 60%"]);
      expect(rows.at(-1)).toEqual(["dr Rossi", "25%", "", "0,9", ""]);
    });

    it("reads a sheet edited by hand: Excel's numbers in the people's table, columns in another order, blank rows, labels in any case", () => {
      const read = settingsFromRulesSheet(
        sheetOf(
          ["Massimo (tetto)", 1.2],
          ["PREMI", "60% -> proporzionale\n95% -> 100%"],
          ["fondo", 15530],
          ["Classi", "90%;60%"],
          ["condizione", "obiettivo 2.2 ≥ 100%"],
          [],
          ["Persona", "Punteggio", "Peso"],
          ["dr Rossi", null, 0.25],
          [],
          ["Bianchi", 0.85, 0.1],
        ),
        RULE_IDS,
      );
      expect(read.errors).toEqual([]);
      expect(read.settings.achievement).toMatchObject({ cap: 1.2 });
      expect(plainRewards(read.rewards)).toEqual({
        bands: [{ from: 0.6, score: "proportional" }, { from: 0.95, score: 1 }],
        fund: { amount: 15530 },
        split: "share",
        classes: [0.9, 0.6],
        condition: { objective: "2.2", minimum: 1 },
        people: [{ name: "dr Rossi", weight: 0.25 }, { name: "Bianchi", score: 0.85, weight: 0.1 }],
      });
    });

    it.each<[string, unknown[][], string]>([
      ["bands that are not bands", [["Premi", "tutti al 100%"]], "Regole di valutazione: premi: «premi» deve essere un elenco di fasce"],
      ["a fund without bands", [["Fondo", "€ 1.000"]], "Regole di valutazione: fondo: «fondo» serve solo con le fasce dei premi"],
      ["a project fund with bad points", [["Premi", "0% → 100%"], ["Fondo", "3.106 € x tanti punti"]], "Regole di valutazione: fondo.punti: I punti del progetto devono essere un numero non negativo (es. 5), non «tanti»."],
      ["a person's weight written without «%»", [["Premi", "0% → 100%"], [], ["Persona", "Peso"], ["dr Rossi", 25]], "Regole di valutazione!A6: Il peso di «dr Rossi»: «25» senza «%» vale 2.500%; per 25 punti scrivere \"25%\"."],
      ["a person without a name", [["Premi", "0% → 100%"], ["Persona", "Peso"], ["dr Rossi", "10%"], [null, "10%"]], "Regole di valutazione!A6: La 2ª persona deve avere un «nome»"],
    ])("names %s with an Italian message, and gives no reward rules", (_case, rows, message) => {
      const read = settingsFromRulesSheet(sheetOf(...rows), RULE_IDS);
      expect(read.rewards).toBeNull();
      expect(read.errors.map((error) => `${error.path}: ${error.message}`)).toContainEqual(expect.stringContaining(message));
    });

    it("names an unknown column of the people's table by its cell, and reads the other columns", () => {
      const read = settingsFromRulesSheet(sheetOf(["Premi", "0% → 100%"], ["Persona", "Quota", "Peso"], ["dr Rossi", "10%", "20%"]), RULE_IDS);
      expect(read.errors).toEqual([
        {
          path: "Regole di valutazione!B4",
          message: "Colonna sconosciuta «Quota» nella tabella delle persone del foglio «Regole di valutazione»: le colonne sono «Persona», «Peso», «Premio pieno», «Coefficiente», «Punteggio».",
        },
      ]);
      expect(read.rewards?.people).toEqual([{ name: "dr Rossi", weight: 0.2 }]);
    });

    it("keeps wrong reward rows as written, so that the sheet written again does not lose them", () => {
      const read = settingsFromRulesSheet(sheetOf(["Premi", "60% → 80%; 90% → 70%"], ["Fondo", 15530], [], ["Persona", "Peso"], ["dr Rossi", "25%"]), RULE_IDS);
      expect(read.rewards).toBeNull();
      expect(read.unreadRewards).toEqual({ premi: "60% → 80%; 90% → 70%", fondo: 15530, persone: [{ nome: "dr Rossi", peso: "25%" }] });
      const rows = rulesSheetContent(read.settings, read.rewards, read.unreadRewards).rows;
      expect(rows.find((row) => row[0] === "Premi")?.[1]).toBe("60% → 80%; 90% → 70%");
      expect(rows.find((row) => row[0] === "Fondo")?.[1]).toBe(15530);
      expect(rows.at(-1)).toEqual(["dr Rossi", "25%", "", "", ""]);
    });

    it("reads back through the sheet any bands, fund and people it writes (property)", () => {
      const percent = fc.integer({ min: 0, max: 15_000 }).map((n) => `${(n / 100).toString().replace(".", ",")}%`);
      const band = fc.record({ da: percent, quota: fc.oneof(fc.constant("proporzionale"), fc.integer({ min: 0, max: 10_000 }).map((n) => `${(n / 100).toString().replace(".", ",")}%`)) });
      const fund = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100), fc.record({ valorePunto: fc.integer({ min: 0, max: 100_000 }), punti: fc.integer({ min: 0, max: 50 }) }));
      const person = fc.record({ nome: fc.stringMatching(/^[A-Za-z][A-Za-z .']{0,20}$/), peso: percent }, { requiredKeys: ["nome"] });
      fc.assert(
        fc.property(fc.array(band, { minLength: 1, maxLength: 4 }), fund, fc.uniqueArray(person, { maxLength: 3, selector: (p) => p.nome.trim().replace(/\s+/g, " ").toLowerCase() }), (premi, fondo, persone) => {
          const reading = readRewardRules({ premi, fondo, persone });
          fc.pre(reading.rules !== null);
          const rules = reading.rules;
          if (rules === null) return;
          const read = settingsFromRulesSheet(workbookWith(rulesSheetContent(defaultValidationSettings, rules).rows), RULE_IDS);
          expect(read.errors).toEqual([]);
          expect(plainRewards(read.rewards)).toEqual(plainRewards(rules));
        }),
      );
    });
  });
});
