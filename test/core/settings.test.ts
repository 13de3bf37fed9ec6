import { RULE_IDS } from "../../src/core/rules/ruleCatalogue";
import { defaultValidationSettings, mergeSettings, settingsRecord } from "../../src/core/settings";
import { resolveSettings } from "../../src/core/readSettings";

describe("resolveSettings", () => {
  it("merges a valid configuration over the defaults, keeping what it does not mention", () => {
    const { settings, errors } = resolveSettings({ criticalAchievement: "40%", rules: { "polarita-dedotta": "off", "pesi-indicatori": "warning" }, achievement: { tetto: "120%" } }, RULE_IDS);
    expect(errors).toEqual([]);
    expect(settings.criticalAchievement).toBe(0.4);
    expect(settings.rules).toEqual({ "polarita-dedotta": "off", "pesi-indicatori": "avviso" });
    expect(settings.achievement.cap).toBe(1.2);
    expect(settings.weightTolerancePoints).toBe(defaultValidationSettings.weightTolerancePoints);
  });

  it("accepts Italian keys and Italian decimals", () => {
    const { settings, errors } = resolveSettings({ tolleranzaPesi: "0,2", sogliaCritica: 0.3, regole: { "valore-ambiguo": "avviso" }, usaBaseline: true }, RULE_IDS);
    expect(errors).toEqual([]);
    expect([settings.weightTolerancePoints, settings.criticalAchievement, settings.rules["valore-ambiguo"], settings.useBaseline]).toEqual([0.2, 0.3, "avviso", true]);
  });

  it.each([
    [{ rules: { "pesi-indicatore": "avviso" } }, "rules.pesi-indicatore", "Regola sconosciuta «pesi-indicatore»: forse «pesi-indicatori»?"],
    [{ rules: { "pesi-indicatori": "grave" } }, "rules.pesi-indicatori", "Gravità non valida per «pesi-indicatori»: «grave»"],
    [{ criticalAchievement: 50 }, "criticalAchievement", "tra 0 e 1 (es. 0,5) o tra 0% e 100%, non «50»"],
    [{ weightTolerancePoints: "tanta" }, "weightTolerancePoints", "non «tanta»"],
    [{ deviationTolerance: -0.1 }, "deviationTolerance", "non «-0.1»"],
    [{ achievement: { cap: 0 } }, "achievement", "il tetto deve essere un numero maggiore di 0"],
    [{ achievement: { soglia: "80%", tetto: "70%" } }, "achievement", "la soglia 80% supera il tetto 70%"],
    [{ achievement: { bonus: 1 } }, "achievement.bonus", "Opzione sconosciuta «bonus»"],
    [{ useBaseline: "sì" }, "useBaseline", "true o false"],
    [{ colori: true }, "colori", "Impostazione sconosciuta «colori»"],
    [{ rules: ["off"] }, "rules", "deve essere un oggetto"],
  ])("reports %j as an error and keeps the default", (input, path, message) => {
    const { settings, errors } = resolveSettings(input, RULE_IDS);
    expect(errors.map((e) => e.path)).toEqual([path]);
    expect(errors[0]?.message).toContain(message);
    expect(settings).toEqual(resolveSettings({}, RULE_IDS).settings);
  });

  it("keeps the valid parts of a configuration with errors", () => {
    const { settings, errors } = resolveSettings({ rules: { "pesi-indicatori": "info", "non-esiste": "off" }, criticalAchievement: 2 }, RULE_IDS);
    expect(errors).toHaveLength(2);
    expect(settings.rules).toEqual({ "pesi-indicatori": "info" });
    expect(settings.criticalAchievement).toBe(0.5);
  });

  it.each([null, 42, "off", [1, 2], undefined])("never throws on %j, explaining the expected shape", (input) => {
    const { settings, errors } = resolveSettings(input, RULE_IDS);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain("oggetto JSON");
    expect(settings.criticalAchievement).toBe(0.5);
  });
});

describe("the settings record", () => {
  it("reads back, without errors, exactly the settings it was written from", () => {
    const settings = mergeSettings({ criticalAchievement: 0.4, useBaseline: true, achievement: { cap: 1.2, threshold: 0.3 }, rules: { "polarita-dedotta": "off" } });
    const { settings: read, errors } = resolveSettings(settingsRecord(settings), RULE_IDS);
    expect(errors).toEqual([]);
    expect(read).toEqual(settings);
  });

  it("reads back a scoring profile too, written in the profile's Italian keys", () => {
    const written = resolveSettings(
      { metodo: "rapporto", metodoDecrescente: "baseline", fasce: "60% → proporzionale; 95% → 100%", stati: { raggiunto: "95%", parziale: "60%" }, aggregazione: "tutti-raggiunti", quotaIndicatoriPropri: "40%", convenzioneScostamento: "realizzato-meno-atteso" },
      RULE_IDS,
    ).settings;
    const record = settingsRecord(written);
    expect(record).toMatchObject({ metodo: "rapporto", metodoDecrescente: "baseline", fasce: "60% → proporzionale; 95% → 100%", stati: { raggiunto: "95%" }, criticalAchievement: 0.6 });
    const { settings: read, errors } = resolveSettings(record, RULE_IDS);
    expect(errors).toEqual([]);
    expect(JSON.stringify(read)).toBe(JSON.stringify(written));
  });

  it("writes no profile key for the default profile", () => {
    expect(Object.keys(settingsRecord(defaultValidationSettings))).toEqual(["weightTolerancePoints", "criticalAchievement", "deviationTolerance", "useBaseline", "achievement", "rules"]);
  });

  it.each([
    [{ massimo: "50%", minimo: "60%" }, "«massimo» e «minimo»: Opzione non valida: la soglia 60% supera il tetto 50%."],
    [{ fasce: "sessanta" }, "«fasce» deve essere un elenco di fasce"],
  ])("names the profile key at fault in %j and keeps the default", (input, message) => {
    const { settings, errors } = resolveSettings(input, RULE_IDS);
    expect(errors.map((e) => e.message).join(" | ")).toContain(message);
    expect(settings.achievement.cap).toBe(1);
    expect(settings.profile.bands).toBeNull();
  });

  it("merges nested parts without changing its inputs", () => {
    const base = mergeSettings({ rules: { "pesi-indicatori": "info" } });
    const merged = mergeSettings({ rules: { "polarita-dedotta": "off" }, achievement: { threshold: 0.2 } }, base);
    expect(merged.rules).toEqual({ "pesi-indicatori": "info", "polarita-dedotta": "off" });
    expect(merged.achievement).toEqual({ cap: 1, threshold: 0.2 });
    expect(base.rules).toEqual({ "pesi-indicatori": "info" });
  });
});
