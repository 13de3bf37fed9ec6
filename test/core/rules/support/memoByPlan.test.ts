import { memoByPlan } from "../../../../src/core/rules/support/memoByPlan";
import { indexPlan } from "../../../../src/core/rules/support/planIndex";
import { indicatorWeightGroups, managerWeightGroups } from "../../../../src/core/rules/support/weightGroups";
import { buildPlan } from "../planBuilder";

describe("memoByPlan", () => {
  it("builds a plan's lookup once, however many rules ask for it", () => {
    const build = jest.fn((plan: { indicators: unknown[] }) => plan.indicators.length);
    const count = memoByPlan(build);
    const plan = buildPlan({ indicators: [{ objective: "1.1" }, { objective: "1.1", number: "2" }] });
    expect([count(plan), count(plan), count(plan)]).toEqual([2, 2, 2]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("builds it afresh for another plan, even one with the same content", () => {
    const build = jest.fn(() => ({}));
    const lookup = memoByPlan(build);
    const spec = { indicators: [{ objective: "1.1" }] };
    expect(lookup(buildPlan(spec))).not.toBe(lookup(buildPlan(spec)));
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("gives every rule of one validation the same plan index and weight groups", () => {
    const plan = buildPlan({ indicators: [{ objective: "1.1", weight: "70%" }, { objective: "1.1", number: "2", weight: "30%" }] });
    expect(indexPlan(plan)).toBe(indexPlan(plan));
    expect(indicatorWeightGroups(plan)).toBe(indicatorWeightGroups(plan));
    expect(managerWeightGroups(plan)).toBe(managerWeightGroups(plan));
    expect(indicatorWeightGroups(plan)[0]?.members.map((member) => member.indicator)).toEqual(["1", "2"]);
  });
});
