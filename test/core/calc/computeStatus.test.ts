import { computeStatus } from "../../../src/core/calc/computeStatus";
import type { Outcome, Status } from "../../../src/core/calc/calcTypes";

const achieved = (value: number): Outcome<number> => ({ ok: true, value, explanation: "" });

describe("computeStatus: Raggiunto, Parzialmente raggiunto, Non raggiunto, Non valutabile", () => {
  it.each<[string, Outcome<number>, number | undefined, Status]>([
    ["100%", achieved(1), undefined, "Raggiunto"],
    ["120% (a cap above 100%)", achieved(1.2), undefined, "Raggiunto"],
    ["100% up to floating-point noise", achieved(0.9999999999999999), undefined, "Raggiunto"],
    ["99,99%, which is not 100%", achieved(0.9999), undefined, "Parzialmente raggiunto"],
    ["6,06% (2.2 ind. 2) with no threshold", achieved(0.0606), undefined, "Parzialmente raggiunto"],
    ["6,06% below a 50% threshold", achieved(0.0606), 0.5, "Non raggiunto"],
    ["50% on a 50% threshold", achieved(0.5), 0.5, "Parzialmente raggiunto"],
    ["0%", achieved(0), undefined, "Non raggiunto"],
    ["0% with a threshold of 0", achieved(0), 0, "Non raggiunto"],
    ["a placeholder result", { ok: false, code: "notEvaluable", message: "Risultato non ancora disponibile ('//')." }, undefined, "Non valutabile"],
    ["incompatible values", { ok: false, code: "incompatible", message: "..." }, undefined, "Non valutabile"],
    ["a NaN that should never arrive", achieved(NaN), undefined, "Non valutabile"],
    ["a NaN threshold, read as 0", achieved(0.3), NaN, "Parzialmente raggiunto"],
    ["a negative threshold, read as 0", achieved(0.3), -1, "Parzialmente raggiunto"],
    ["a threshold of 100% leaves no partial state", achieved(0.99), 1, "Non raggiunto"],
  ])("reports %s as %p", (_label, outcome, threshold, status) => {
    expect(computeStatus(outcome, threshold)).toBe(status);
  });
});
