import { computeProjectValue } from "../../../src/core/calc/computeProjectValue";
import { seedObjectives } from "./seedPlan";

describe("computeProjectValue: valore economico of a project", () => {
  const funds = seedObjectives.flatMap((objective) => (objective.valoreEconomico ?? []).map((fund) => [objective.code, fund.fondo, fund] as const));

  it("finds the seed's project values", () => {
    expect(funds.length).toBeGreaterThanOrEqual(7);
  });

  it.each(funds)("reproduces %s %s: unit × points = the total printed in the seed", (_code, _fund, fund) => {
    expect(computeProjectValue(fund.unit, fund.coefficient)).toMatchObject({ ok: true, value: fund.total });
  });

  it("explains the seed's 'Fondo Dirigenti': 3.106 euro × 5 = 15.530 euro", () => {
    expect(computeProjectValue(3106, 5)).toEqual({ ok: true, value: 15530, explanation: "€ 3.106,00 × 5 = € 15.530,00" });
  });

  it("earns the share of the value given by the achievement", () => {
    expect(computeProjectValue(3106, 5, 0.8)).toEqual({ ok: true, value: 12424, explanation: "€ 3.106,00 × 5 × 80% = € 12.424,00" });
  });

  it("never pays beyond the project value: an achievement of 130% counts 100%, and says so", () => {
    expect(computeProjectValue(3106, 5, 1.3)).toEqual({
      ok: true,
      value: 15530,
      explanation: "€ 3.106,00 × 5 × 100% = € 15.530,00 (raggiungimento 130% limitato al 100%)",
    });
  });

  it.each<[string, number, number, number | undefined, string]>([
    ["a negative unit value", -3106, 5, undefined, "il valore del punto deve essere un numero finito non negativo, non -3.106"],
    ["a NaN coefficient", 3106, NaN, undefined, "il numero di punti deve essere un numero finito non negativo, non NaN"],
    ["a negative achievement", 3106, 5, -0.1, "il raggiungimento deve essere un numero finito non negativo, non -10%"],
    ["an infinite achievement", 3106, 5, Infinity, "il raggiungimento deve essere un numero finito non negativo, non infinito"],
  ])("refuses %s", (_label, unit, coefficient, achievement, message) => {
    expect(computeProjectValue(unit, coefficient, achievement)).toEqual({ ok: false, code: "invalidArgument", message: `Valore del progetto non calcolabile: ${message}.` });
  });

  it("refuses a value too large to be finite", () => {
    expect(computeProjectValue(Number.MAX_VALUE, 2)).toMatchObject({ ok: false, code: "invalidArgument" });
  });
});
