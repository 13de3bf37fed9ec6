import fc from "fast-check";
import { SEVERITY_ORDER } from "../../../src/core/rules/anomaly";
import {
  defaultPaneSettings,
  serializePaneSettings,
  type PaneSettings,
} from "../../../src/taskpane/settings/paneSettings";
import { parsePaneSettings } from "../../../src/taskpane/settings/readStoredSettings";

function changed(): PaneSettings {
  const settings = defaultPaneSettings();
  return {
    reportingDate: "31/12",
    highlightOnValidate: false,
    revalidateOnChange: true,
    validation: {
      ...settings.validation,
      weightTolerancePoints: 0.5,
      criticalAchievement: 0.4,
      useBaseline: true,
      achievement: { cap: 1.2, threshold: 0.3 },
      rules: { "pesi-indicatori": "avviso", "polarita-dedotta": "off" },
    },
  };
}

describe("the pane's settings in the document", () => {
  it("come back exactly as saved", () => {
    const settings = changed();
    expect(parsePaneSettings(JSON.parse(JSON.stringify(serializePaneSettings(settings))))).toEqual(settings);
  });

  it("default to highlighting on, automatic reporting date and no re-validation on edits", () => {
    expect(parsePaneSettings({})).toEqual(defaultPaneSettings());
    expect(defaultPaneSettings()).toMatchObject({ reportingDate: "auto", highlightOnValidate: true, revalidateOnChange: false });
  });

  it.each([
    ["a reporting date that is not one", { reportingDate: "31/2" }],
    ["a reporting date not written as a key", { reportingDate: "31/07/2013" }],
    ["a tolerance in words", { validation: { weightTolerancePoints: "molta" } }],
    ["a negative critical achievement", { validation: { criticalAchievement: -1 } }],
    ["an unknown severity", { validation: { rules: { "pesi-indicatori": "grave" } } }],
    ["a switch as text", { highlightOnValidate: "sì" }],
    ["validation that is not an object", { validation: [1, 2] }],
  ])("ignore %s and keep the default", (_what, stored) => {
    expect(parsePaneSettings(stored as Record<string, unknown>)).toEqual(defaultPaneSettings());
  });

  it("never break the pane, whatever the document holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (stored, validation) => {
        const settings = parsePaneSettings({ ...stored, validation });
        const { weightTolerancePoints, criticalAchievement } = settings.validation;
        expect(Number.isFinite(weightTolerancePoints) && weightTolerancePoints >= 0).toBe(true);
        expect(criticalAchievement >= 0 && criticalAchievement <= 1).toBe(true);
        expect(["auto", "30/6", "31/12"]).toContain(settings.reportingDate);
        for (const value of Object.values(settings.validation.rules)) expect([...SEVERITY_ORDER, "off"]).toContain(value);
      }),
    );
  });
});
