import fc from "fast-check";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, luminance, themeKindOf, type OfficeThemeColors } from "../../src/taskpane/paneTheme";
import { officeThemeSource } from "../../src/taskpane/officeStartup";
import { previewTheme } from "../../src/preview/officeThemes";
import type { PaneVisibility } from "../../src/taskpane/session/sharedRuntime";

describe("the pane's theme from Office's", () => {
  it.each<[string, OfficeThemeColors | undefined, "light" | "dark"]>([
    ["no theme (Office too old, or no Office)", undefined, "light"],
    ["White", { themeId: 3, isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" }, "light"],
    ["Colorful", { themeId: 1, isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" }, "light"],
    ["Dark Gray", { themeId: 2, isDarkTheme: true, bodyBackgroundColor: "#444444" }, "dark"],
    ["Black", { themeId: 0, isDarkTheme: true, bodyBackgroundColor: "#262626" }, "dark"],
    ["isDarkTheme over a light-looking colour", { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, "dark"],
    ["the theme's id without isDarkTheme", { themeId: 0 }, "dark"],
    ["the theme's name without isDarkTheme", { themeId: "DarkGray" }, "dark"],
    ["an unknown id, a dark body", { themeId: 9, bodyBackgroundColor: "#1F1F1F" }, "dark"],
    ["only a dark body colour", { bodyBackgroundColor: "#000" }, "dark"],
    ["only a light body colour", { bodyBackgroundColor: "#f3f2f1" }, "light"],
    ["a colour that is not a colour", { bodyBackgroundColor: "nero" }, "light"],
  ])("%s gives the %s theme", (_case, theme, kind) => {
    expect(themeKindOf(theme)).toBe(kind);
  });

  it.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
  ] as const)("the %s kind is Fluent's web theme", (kind, theme) => {
    expect(fluentTheme(kind)).toBe(theme);
  });

  it.each([
    ["#FFFFFF", 1],
    ["#000000", 0],
    ["#fff", 1],
    ["808080", 0.2158605],
  ])("reads the luminance of %s", (color, expected) => {
    expect(luminance(color)).toBeCloseTo(expected, 6);
  });

  it.each(["", "#12345", "#GGGGGG", "rgb(0,0,0)", "#1234567"])("reads no luminance from %j", (color) => {
    expect(luminance(color)).toBeUndefined();
  });

  it("decides from the body colour alone: dark exactly when its luminance is below 0,2, always within 0..1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (value) => {
        const color = `#${value.toString(16).padStart(6, "0")}`;
        const level = luminance(color);
        expect(level).toBeGreaterThanOrEqual(0);
        expect(level).toBeLessThanOrEqual(1);
        expect(themeKindOf({ bodyBackgroundColor: color })).toBe((level ?? 1) < 0.2 ? "dark" : "light");
      }),
    );
  });
});

describe("Office's theme in Excel", () => {
  function visibilityByHand(): PaneVisibility & { show(visible: boolean): void } {
    const listeners = new Set<(visible: boolean) => void>();
    return {
      visible: () => true,
      onChange: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      show: (visible) => listeners.forEach((listener) => listener(visible)),
    };
  }

  it("is read again each time the pane is shown, not when it is hidden", () => {
    let theme: OfficeThemeColors = { isDarkTheme: false };
    const visibility = visibilityByHand();
    const source = officeThemeSource(() => theme, visibility);
    const seen: string[] = [];
    const stop = source.onChange?.(() => seen.push(themeKindOf(source.current())));
    theme = { isDarkTheme: true };
    visibility.show(false);
    expect(seen).toEqual([]);
    visibility.show(true);
    expect(seen).toEqual(["dark"]);
    stop?.();
    visibility.show(true);
    expect(seen).toEqual(["dark"]);
  });

  it("is no theme (light) when reading Office's throws", () => {
    const source = officeThemeSource(() => {
      throw new ReferenceError("Office is not defined");
    }, visibilityByHand());
    expect(source.current()).toBeUndefined();
    expect(themeKindOf(source.current())).toBe("light");
  });
});

describe("the preview's ?theme=", () => {
  it.each([
    ["dark", "dark"],
    ["black", "dark"],
    ["DarkGray", "dark"],
    ["light", "light"],
    ["white", "light"],
    ["colorful", "light"],
    [null, "light"],
    ["<script>", "light"],
  ] as const)("%s shows the pane %s", (parameter, kind) => {
    expect(themeKindOf(previewTheme(parameter))).toBe(kind);
  });
});
