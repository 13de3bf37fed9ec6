import fc from "fast-check";
import { defaultPaneSettings } from "../../../src/taskpane/settings/paneSettings";
import { fieldLimits, fromDraft, toDraft, type SettingsDraft } from "../../../src/taskpane/settings/settingsDraft";

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
    ["decreasingMethod", "proporzionale"],
    ["achieved", "0"],
    ["achieved", ""],
    ["milestonePartial", "101"],
    ["ownShare", "tanto"],
  ] as const)("refuses %s «%s» and names the field", (field, text) => {
    expect(fromDraft(draftWith({ [field]: text }), base)).toEqual({ ok: false, invalid: [field] });
  });

  it("shows the other profile fields at their defaults: «Raggiunto» from 100%, a started milestone 0, the decreasing method as the method, the plan's own share", () => {
    expect(toDraft(base, ",")).toMatchObject({ achieved: "100", milestonePartial: "0", decreasingMethod: "", ownShare: "" });
  });

  it.each<[string, Partial<SettingsDraft>, Record<string, unknown>]>([
    ["a ratio for decreasing indicators only", { decreasingMethod: "rapporto" }, { achievement: { cap: 1, methods: { decreasing: "ratio" } } }],
    ["a linear method with a ratio for decreasing indicators", { method: "lineare", decreasingMethod: "rapporto" }, { achievement: { cap: 1, methods: { increasing: "linear", decreasing: "ratio" } } }],
    ["«Raggiunto» from 95%", { achieved: "95" }, { profile: expect.objectContaining({ achieved: 0.95 }) }],
    ["half credit for a started milestone", { milestonePartial: "50" }, { achievement: { cap: 1, milestonePartial: 0.5 } }],
    ["the strategic objective's own indicators at 30%", { ownShare: "30" }, { profile: expect.objectContaining({ strategicOwnShare: 0.3 }) }],
  ])("reads %s and shows it back as typed", (_label, patch, expected) => {
    const reading = fromDraft(draftWith(patch), base);
    if (!reading.ok) throw new Error(`refused: ${reading.invalid.join(", ")}`);
    expect(reading.settings.validation).toMatchObject(expected);
    expect(toDraft(reading.settings, ",")).toMatchObject(patch);
  });

  it("keeps a decreasing method that differs from the method when the form is saved unchanged", () => {
    const stored = { ...base, validation: { ...base.validation, achievement: { cap: 1, methods: { increasing: "linear" as const, decreasing: "ratio" as const } } } };
    const reading = fromDraft(toDraft(stored, ","), stored);
    expect(reading.ok && reading.settings.validation.achievement.methods).toEqual({ increasing: "linear", decreasing: "ratio" });
  });

  it("refuses «Parzialmente raggiunto» above «Raggiunto», saying the limit the «Raggiunto» field sets", () => {
    const draft = draftWith({ achieved: "80", critical: "90" });
    expect(fromDraft(draft, base)).toEqual({ ok: false, invalid: ["critical"] });
    expect(fieldLimits("critical", draft)).toEqual({ min: 0, max: 80 });
  });
});
