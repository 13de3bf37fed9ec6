import { HIGHLIGHT_COLORS, STATUS_COLORS, STATUSES, toArgb } from "../../../src/core/report/cellColors";
import { contrastRatio, relativeLuminance } from "../../support/contrast";
import { SEVERITY_ORDER } from "../../../src/core/rules/anomaly";

describe("highlight colours", () => {
  it.each(SEVERITY_ORDER)("keeps black text on the %s fill at AAA contrast (7:1 or more)", (severity) => {
    const colour = HIGHLIGHT_COLORS[severity];
    expect(contrastRatio("#000000", colour.fill)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(colour.text, colour.fill)).toBeGreaterThanOrEqual(7);
  });

  it.each(SEVERITY_ORDER)("gives the %s accent at least 4.5:1 against its fill and white", (severity) => {
    const colour = HIGHLIGHT_COLORS[severity];
    expect(contrastRatio(colour.accent, colour.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colour.accent, "#FFFFFF")).toBeGreaterThanOrEqual(4.5);
  });

  it("gives every severity its own fill, differing in lightness too", () => {
    const luminances = SEVERITY_ORDER.map((severity) => relativeLuminance(HIGHLIGHT_COLORS[severity].fill));
    expect(new Set(SEVERITY_ORDER.map((severity) => HIGHLIGHT_COLORS[severity].fill)).size).toBe(3);
    for (let i = 0; i < luminances.length; i += 1) {
      for (let j = i + 1; j < luminances.length; j += 1) {
        expect(Math.abs((luminances[i] ?? 0) - (luminances[j] ?? 0))).toBeGreaterThan(0.02);
      }
    }
  });

  it.each([
    ["#000000", "#FFFFFF", 21],
    ["#777777", "#FFFFFF", 4.48],
  ])("measures contrast between %s and %s as %p", (first, second, ratio) => {
    expect(contrastRatio(first, second)).toBeCloseTo(ratio, 2);
  });

  it("converts to the ARGB form ExcelJS uses", () => {
    expect(toArgb("#f4c7c3")).toBe("FFF4C7C3");
  });
});

describe("the status fills of the Riepilogo", () => {
  it.each(STATUSES)("keep black text legible on «%s» (contrast above 7:1)", (status) => {
    expect(contrastRatio(STATUS_COLORS[status].fill, STATUS_COLORS[status].text)).toBeGreaterThan(7);
  });

  it("give each status its own fill", () => {
    expect(new Set(STATUSES.map((status) => STATUS_COLORS[status].fill)).size).toBe(STATUSES.length);
  });
});
