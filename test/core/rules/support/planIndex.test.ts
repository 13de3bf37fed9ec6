import { codeKey, codeKeyer, codeSkeleton } from "../../../../src/core/plan/planCodes";
import { indexPlan } from "../../../../src/core/rules/support/planIndex";
import { buildPlan } from "../planBuilder";

describe("plan lookups", () => {
  it.each([
    [" 1.1 ", "1.1"],
    ["strat", "STRAT"],
    ["as  -\tstrat", "AS - STRAT"],
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
