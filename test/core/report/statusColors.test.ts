import { contrastRatio } from "../../support/contrast";
import { STATUS_COLORS, STATUSES } from "../../../src/core/report/statusColors";

describe("the status fills of the Riepilogo", () => {
  it.each(STATUSES)("keep black text legible on «%s» (contrast above 7:1)", (status) => {
    expect(contrastRatio(STATUS_COLORS[status].fill, STATUS_COLORS[status].text)).toBeGreaterThan(7);
  });

  it("give each status its own fill", () => {
    expect(new Set(STATUSES.map((status) => STATUS_COLORS[status].fill)).size).toBe(STATUSES.length);
  });
});
