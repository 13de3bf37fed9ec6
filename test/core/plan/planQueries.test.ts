import { codeKey, codeKeyer, codeSkeleton } from "../../../src/core/plan/planCodes";
import { indexPlan } from "../../../src/core/plan/planQueries";
import { memoByPlan } from "../../../src/core/memo";
import { indicatorWeightGroups, managerWeightGroups } from "../../../src/core/plan/weightGroups";
import { buildPlan } from "../rules/planBuilder";

describe("plan lookups", () => {
  it.each([
    [" 1.1 ", "1.1"],
    ["strat", "STRAT"],
    ["as  -\tstrat", "AS - STRAT"],
    ["1.1 :", "1.1"],
    ["! :", "!"],
    ["ob.\u00a01", "OB. 1"],
  ])("normalises the code %p as %p", (code, expected) => {
    expect(codeKey(code)).toBe(expected);
  });

  it.each(["1,2", "1.2.", " 1 . 2 ", "1.2"])("reduces the code %p to the skeleton 12, to suggest the code meant", (code) => {
    expect(codeSkeleton(code)).toBe("12");
  });

  it("normalises each code as codeKey does, remembering only the last one", () => {
    const codeKey = codeKeyer();
    const codes = ["1.1", "1.1", " 1.1", "strat", "strat", "1.1", "as\tstrat"];
    expect(codes.map(codeKey)).toEqual(codes.map(codeKey));
  });

  it("finds the indicators of an objective however its code is spaced or cased", () => {
    const plan = buildPlan({
      objectives: [{ code: "STRAT", kind: "strategic" }, { code: "1.1" }],
      indicators: [{ objective: "strat" }, { objective: "STRAT " }, { objective: "1.1" }],
    });
    const index = indexPlan(plan);
    expect(index.indicators("Strat").map((indicator) => indicator.objectiveCode)).toEqual(["strat", "STRAT "]);
    expect(index.indicator(" 1.1", "Indicatore 1")?.objectiveCode).toBe("1.1");
  });
});

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
