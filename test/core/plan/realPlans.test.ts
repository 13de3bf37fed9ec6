/**
 * Real published plans and reports of Italian public bodies, transcribed in test/fixtures/real (see
 * each folder's source.md), read, checked and scored end to end: every key of expected.json is a
 * claim about what the product must find in that document.
 *
 * The plan model is changing (the reporting date becomes a canonical date string with its source,
 * indicators get a dimension, targets and results are keyed by canonical dates, multi-year grids get
 * their year columns). Every access to those fields goes through `modelView` below, and nowhere else:
 * adapt it there when the model lands.
 */
import { evaluateIndicator } from "../../../src/core/calc/evaluateIndicator";
import { codeKey } from "../../../src/core/plan/planCodes";
import type { Indicator, Plan, PlanCell } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { reportingDateText } from "../../../src/core/plan/reportingDate";
import { scorePlan } from "../../../src/core/report/scorePlan";
import type { Anomaly } from "../../../src/core/rules/anomaly";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import type { CellValue } from "../../../src/core/values/valueTypes";
import { type IndicatorCheck, REAL_PLANS } from "./realPlanFixtures";

/** The one adapter between these tests and the plan model. */
function modelView(plan: Plan) {
  const filled = plan.indicators.some((indicator) => Object.values(indicator.results).some((cell) => cell !== undefined && cell.value.kind !== "placeholder" && !(cell.value.kind === "quantity" && cell.value.value === 0)));
  const reportingDate = plan.periodSource === "given" || plan.periodSource === "title" || filled ? reportingDateText(plan) : null;
  type Cells = Record<string, PlanCell | undefined>;
  const inYear = (cells: Cells, year: string) => Object.entries(cells).find(([key]) => key === year || key.endsWith(`/${year}`))?.[1];
  const at = (cells: Cells, year?: string) => (year !== undefined ? inYear(cells, year) : cells[plan.period]);
  const keyedYears = plan.indicators.flatMap((i) => [...Object.keys(i.targets), ...Object.keys(i.results)]).flatMap((key) => key.match(/\d{4}/g) ?? []);
  return {
    /** The reporting date as shown ("31/7/2013"), or null when the plan is one of targets only (no result written). */
    reportingDate,
    reportingDateSource: plan.periodSource,
    /** The years of the per-year columns the reader recognised (the years its keys carry). */
    yearColumns: [...new Set(keyedYears)].sort(),
    dimension: (indicator: Indicator) => indicator.dimension,
    /** The target at the reporting date, or in `year`. */
    target: (indicator: Indicator, year?: string) => at(indicator.targets as Cells, year),
    result: (indicator: Indicator, year?: string) => at(indicator.results as Cells, year),
  };
}

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
const sameCode = (a: string | undefined, b: string) => a !== undefined && codeKey(a) === codeKey(b);

function figure(value: CellValue | undefined): number | undefined {
  return value !== undefined && (value.kind === "quantity" || value.kind === "threshold") ? value.value : undefined;
}

interface Checked {
  plan: Plan;
  anomalies: Anomaly[];
  scores: ReturnType<typeof scorePlan>;
}

function check(workbook: Parameters<typeof readPlan>[0]): Checked {
  const read = readPlan(workbook);
  if (!read.ok) throw new Error(`no plan read: ${read.message}`);
  return { plan: read.plan, anomalies: validatePlan(read.plan), scores: scorePlan(read.plan) };
}

function findIndicator(plan: Plan, wanted: IndicatorCheck): Indicator {
  const found = plan.indicators.find(
    (i) => sameCode(i.objectiveCode, wanted.objective) && (wanted.number === undefined || i.number === wanted.number) && squeeze(i.name).includes(squeeze(wanted.name)),
  );
  if (!found) {
    const seen = plan.indicators.map((i) => `${i.objectiveCode} / ${i.number} / ${i.name}`).join("\n  ");
    throw new Error(`no indicator «${wanted.name}» (objective ${wanted.objective}, number ${wanted.number ?? "-"}) among:\n  ${seen}`);
  }
  return found;
}

function describeCheck(c: IndicatorCheck): string {
  const figures = (["target", "result", "deviation", "achievement", "weight"] as const).filter((key) => c[key] !== undefined).map((key) => `${key} ${c[key]}`);
  const more = [c.year && `in ${c.year}`, c.polarity, c.dimension && `dimension «${c.dimension}»`, ...figures].filter(Boolean).join(", ");
  return `reads «${c.name}» of objective ${c.objective}${c.number ? ` (${c.number})` : ""}: ${more}`;
}

describe.each(REAL_PLANS)("the real plan $slug", ({ workbook, expected }) => {
  let checked: Checked | undefined;
  const get = (): Checked => {
    checked ??= check(workbook);
    return checked;
  };

  it("is read as a plan", () => {
    const read = readPlan(workbook);
    expect(read.ok ? "plan" : read.message).toBe("plan");
  });

  if (expected.reportingDate !== undefined) {
    const where = expected.reportingDate === null ? "has no reporting date: it is a plan with targets only" : `is read at ${expected.reportingDate}`;
    it(where, () => {
      expect(modelView(get().plan).reportingDate).toBe(expected.reportingDate);
    });
  }

  if (expected.reportingDateSource !== undefined) {
    it(`takes the reporting date from the ${expected.reportingDateSource}`, () => {
      expect(modelView(get().plan).reportingDateSource).toBe(expected.reportingDateSource);
    });
  }

  if (expected.objectives !== undefined) {
    it(`finds ${expected.objectives} objective(s) with indicators`, () => {
      const { plan } = get();
      const scored = plan.objectives.filter((o) => plan.indicators.some((i) => sameCode(i.objectiveCode, o.code)));
      expect(scored.map((o) => o.code)).toHaveLength(expected.objectives ?? 0);
    });
  }

  if (expected.indicators !== undefined) {
    it(`finds ${expected.indicators} indicators, and no title, section, header or total row among them`, () => {
      expect(get().plan.indicators.map((i) => `${i.objectiveCode} / ${i.number} / ${i.name}`)).toHaveLength(expected.indicators ?? 0);
    });
  }

  if (expected.objectiveCodes !== undefined) {
    it(`reads the objective codes ${expected.objectiveCodes.join(", ")}`, () => {
      const { plan } = get();
      const codes = [...new Set(plan.indicators.map((i) => codeKey(i.objectiveCode)))].sort();
      expect(codes).toEqual([...(expected.objectiveCodes ?? [])].map(codeKey).sort());
    });
  }

  if (expected.yearColumns !== undefined) {
    it(`recognises the year columns ${expected.yearColumns.join(", ")}`, () => {
      expect(modelView(get().plan).yearColumns).toEqual(expect.arrayContaining(expected.yearColumns ?? []));
    });
  }

  const checks = expected.indicatorChecks ?? [];
  if (checks.length > 0) {
    it.each(checks.map((c) => [describeCheck(c), c] as const))("%s", (_title, wanted) => {
      const { plan, scores } = get();
      const view = modelView(plan);
      const indicator = findIndicator(plan, wanted);
      const target = view.target(indicator, wanted.year);
      const result = view.result(indicator, wanted.year);
      if (wanted.dimension !== undefined) expect(view.dimension(indicator)).toBe(wanted.dimension);
      if (wanted.polarity !== undefined) expect(indicator.polarity).toBe(wanted.polarity);
      if (wanted.target !== undefined) expect(figure(target?.value)).toBeCloseTo(wanted.target, 4);
      if (wanted.result !== undefined) expect(figure(result?.value)).toBeCloseTo(wanted.result, 4);
      if (wanted.deviation !== undefined) {
        const evaluation = target && result ? evaluateIndicator({ result: result.value, target: target.value, polarity: indicator.polarity }) : undefined;
        expect(evaluation?.ok ? evaluation.value.deviation : evaluation?.message ?? "no target or result").toBeCloseTo(wanted.deviation, 4);
      }
      const score = scores.indicators.find((s) => sameCode(s.objective, indicator.objectiveCode) && s.indicator === indicator.number && s.name === indicator.name);
      if (wanted.achievement !== undefined) expect(score?.achievement ?? score?.explanation ?? "not scored").toBeCloseTo(wanted.achievement, 4);
      if (wanted.weight !== undefined) expect(score?.weight ?? "no weight").toBeCloseTo(wanted.weight, 4);
    });
  }

  const mustAppear = expected.mustAppear ?? [];
  if (mustAppear.length > 0) {
    it.each(mustAppear)("reports $rule on objective $objective, indicator $indicator ($why)", (wanted) => {
      const found = get().anomalies.filter(
        (a) => a.rule === wanted.rule && (wanted.objective === undefined || sameCode(a.objective, wanted.objective)) && (wanted.indicator === undefined || a.indicator === wanted.indicator),
      );
      expect(found.map((a) => a.rule)).toContain(wanted.rule);
    });
  }

  const notErrors = expected.mustNotAppearAsError ?? [];
  if (notErrors.length > 0) {
    it(`raises none of these as an error: ${notErrors.join(", ")}`, () => {
      const false_ = get().anomalies.filter((a) => a.severity === "errore" && notErrors.includes(a.rule));
      expect(false_.map((a) => `${a.rule} ${a.objective ?? ""}/${a.indicator ?? ""} ${a.cell}: ${a.message}`)).toEqual([]);
    });
  }
});
