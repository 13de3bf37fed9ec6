import fc from "fast-check";
import { overlapWithBar } from "../../../src/taskpane/components/stickyClearance";

/** A bar 100 px tall stuck at the top of the viewport, and one 60 px tall at the bottom of a 700 px viewport. */
const TOP_BAR = { top: 0, bottom: 100 };
const BOTTOM_BAR = { top: 640, bottom: 700 };

describe("keeping a focused control clear of a sticky bar (WCAG 2.4.11)", () => {
  it.each([
    ["under the top bar", { top: 40, bottom: 72 }, "top", -68],
    ["half under the top bar", { top: 90, bottom: 122 }, "top", -18],
    ["just below the top bar, with room", { top: 120, bottom: 152 }, "top", 0],
    ["above the viewport (the browser brings it into view)", { top: -300, bottom: -268 }, "top", 0],
    ["under the bottom bar", { top: 650, bottom: 682 }, "bottom", 50],
    ["just above the bottom bar, with room", { top: 590, bottom: 622 }, "bottom", 0],
    ["below the viewport", { top: 900, bottom: 932 }, "bottom", 0],
  ] as const)("a control %s scrolls by %s", (_case, target, edge, expected) => {
    expect(overlapWithBar(target, edge === "top" ? TOP_BAR : BOTTOM_BAR, edge)).toBe(expected);
  });

  it("leaves every control clear of the bar once scrolled by the overlap", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom("top" as const, "bottom" as const), (top, height, edge) => {
        const bar = edge === "top" ? TOP_BAR : BOTTOM_BAR;
        const target = { top, bottom: top + height };
        const scroll = overlapWithBar(target, bar, edge);
        const moved = { top: target.top - scroll, bottom: target.bottom - scroll };
        expect(overlapWithBar(moved, bar, edge)).toBe(0);
      }),
    );
  });
});
