import fc from "fast-check";
import { defaultPaneSettings } from "../../../src/taskpane/settings/paneSettings";
import { fromDraft, toDraft, type SettingsDraft } from "../../../src/taskpane/settings/settingsDraft";

const base = defaultPaneSettings();

function draftWith(patch: Partial<SettingsDraft>): SettingsDraft {
  return { ...toDraft(base, ","), ...patch };
}

describe("the settings form", () => {
  it("shows the defaults as a clerk reads them: 0,1 points, 100% cap, 50% critical, no threshold", () => {
    expect(toDraft(base, ",")).toMatchObject({ weightTolerance: "0,1", cap: "100", critical: "50", threshold: "" });
    expect(toDraft(base, ".")).toMatchObject({ weightTolerance: "0.1" });
  });

  it.each([
    ["cap", "120", { achievement: { cap: 1.2 } }],
    ["cap", "112,5", { achievement: { cap: 1.125 } }],
    ["threshold", "30", { achievement: { cap: 1, threshold: 0.3 } }],
    ["critical", "40", { criticalAchievement: 0.4 }],
    ["weightTolerance", "0,5", { weightTolerancePoints: 0.5 }],
    ["weightTolerance", "0.5", { weightTolerancePoints: 0.5 }],
  ] as const)("reads %s %s", (field, text, expected) => {
    const reading = fromDraft(draftWith({ [field]: text }), base);
    expect(reading.ok && reading.settings.validation).toMatchObject(expected);
  });

  it.each([
    ["cap", "99"],
    ["cap", "abc"],
    ["threshold", "101"],
    ["critical", "-1"],
    ["weightTolerance", "11"],
    ["weightTolerance", ""],
  ] as const)("refuses %s %s and names the field", (field, text) => {
    expect(fromDraft(draftWith({ [field]: text }), base)).toEqual({ ok: false, invalid: [field] });
  });

  it("removes a threshold that is emptied", () => {
    const withThreshold = { ...base, validation: { ...base.validation, achievement: { cap: 1, threshold: 0.3 } } };
    const reading = fromDraft({ ...toDraft(withThreshold, ","), threshold: "" }, withThreshold);
    expect(reading.ok && reading.settings.validation.achievement).toEqual({ cap: 1 });
  });

  it("gives back the settings it was shown, for any valid settings", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 100, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        (tolerance, cap, critical) => {
          const settings = {
            ...base,
            validation: { ...base.validation, weightTolerancePoints: tolerance / 100, achievement: { cap: cap / 100 }, criticalAchievement: critical / 100 },
          };
          const reading = fromDraft(toDraft(settings, ","), settings);
          expect(reading.ok && reading.settings.validation.weightTolerancePoints).toBeCloseTo(tolerance / 100, 10);
          expect(reading.ok && reading.settings.validation.achievement.cap).toBeCloseTo(cap / 100, 10);
          expect(reading.ok && reading.settings.validation.criticalAchievement).toBeCloseTo(critical / 100, 10);
        },
      ),
    );
  });
});

describe("the scoring profile's fields in the settings form", () => {
  it("shows the default profile: the default method, no bands, media-pesata, positivo-meglio", () => {
    expect(toDraft(base, ",")).toMatchObject({ method: "", bands: "", aggregation: "media-pesata", convention: "positivo-meglio" });
  });

  it("reads the method, the bands as text, the aggregation and the convention, and shows them back as written", () => {
    const draft = draftWith({ method: "rapporto", bands: "60% → proporzionale; 95% → 100%", aggregation: "tutti-raggiunti", convention: "realizzato-meno-atteso" });
    const reading = fromDraft(draft, base);
    if (!reading.ok) throw new Error(`refused: ${reading.invalid.join(", ")}`);
    const { validation } = reading.settings;
    expect(validation.achievement.methods).toEqual({ increasing: "ratio", decreasing: "ratio" });
    expect([...(validation.profile.bands ?? [])]).toEqual([{ from: 0.6, score: "proportional" }, { from: 0.95, score: 1 }]);
    expect(validation.profile).toMatchObject({ aggregation: "allMet", deviationConvention: "resultMinusTarget" });
    expect(toDraft(reading.settings, ",")).toMatchObject({ method: "rapporto", bands: "60% → proporzionale; 95% → 100%", aggregation: "tutti-raggiunti", convention: "realizzato-meno-atteso" });
  });

  it.each([
    ["bands", "95% → 100%; 60% → proporzionale"],
    ["bands", "sessanta"],
    ["method", "proporzionale"],
  ] as const)("refuses %s «%s» and names the field", (field, text) => {
    expect(fromDraft(draftWith({ [field]: text }), base)).toEqual({ ok: false, invalid: [field] });
  });
});
