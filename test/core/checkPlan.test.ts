import * as path from "node:path";
import { checkFile } from "../../src/cli/checkFile";
import { checkPlan, checkPlanSteps, readPlanStep, type PlanCheckPause } from "../../src/core/checkPlan";
import type { WorkbookGrids } from "../../src/core/plan/grid";
import { readPlan } from "../../src/core/plan/readPlan";
import { scorePlan } from "../../src/core/report/scorePlan";
import { validatePlan } from "../../src/core/rules/validatePlan";
import { MemoryWorkbook } from "../../src/port/MemoryWorkbook";
import { defaultPaneSettings } from "../../src/taskpane/settings/paneSettings";
import { runValidation } from "../../src/taskpane/session/runValidation";
import { readWorkbookFile } from "../../src/xlsx/readWorkbookFile";
import { planOfSize, syntheticPlan } from "../support/syntheticPlan";

const EXAMPLE = path.resolve(__dirname, "../../assets/piano-performance-2020.xlsx");
const noPlan: WorkbookGrids = { name: "vuota.xlsx", sheets: [{ sheet: "Foglio1", origin: "A1", values: [["Spesa"], [12]] }] };

describe("checkPlan, the one pipeline of the pane and the CLI", () => {
  const workbook = syntheticPlan({ objectives: 6, indicatorsPerObjective: 4, seed: 3, defectRate: 0.3 }).workbook;

  it("reads, validates and scores as the three core steps do one after the other", () => {
    const read = readPlan(workbook);
    if (!read.ok) throw new Error(read.message);
    const check = checkPlan(workbook);
    expect(check).toEqual({ ok: true, plan: read.plan, anomalies: validatePlan(read.plan), scores: scorePlan(read.plan) });
  });

  it("stops after reading and after validating, naming the step that comes next", () => {
    const steps = checkPlanSteps(workbook);
    const pauses: PlanCheckPause["next"][] = [];
    let step = steps.next();
    while (!step.done) {
      pauses.push(step.value.next);
      step = steps.next();
    }
    expect(pauses).toEqual(["validate", "score"]);
    expect(step.value).toEqual(checkPlan(workbook));
  });

  it("passes the reporting date and the settings asked for to every step", () => {
    const settings = { rules: { "pesi-indicatori": "off" as const } };
    const read = readPlan(workbook, { period: "30/6" });
    if (!read.ok) throw new Error(read.message);
    const check = checkPlan(workbook, { period: "30/6", settings });
    expect(check.ok && check.plan.period).toBe("30/6");
    expect(check.ok && check.anomalies).toEqual(validatePlan(read.plan, settings));
    const unchanged = checkPlan(workbook);
    expect(unchanged.ok && unchanged.anomalies.some((anomaly) => anomaly.rule === "pesi-indicatori")).toBe(true);
    expect(check.ok && check.anomalies.some((anomaly) => anomaly.rule === "pesi-indicatori")).toBe(false);
  });

  it("gives a workbook without a plan back as a value with the reader's message, without pausing", () => {
    const steps = checkPlanSteps(noPlan);
    const first = steps.next();
    expect(first.done).toBe(true);
    const read = readPlan(noPlan);
    expect(first.value).toEqual({ ok: false, message: !read.ok && read.message, recognition: !read.ok && read.recognition });
    expect(readPlanStep(noPlan)).toEqual(first.value);
  });

  it("reads the plan alone when only the first step is asked for", () => {
    const read = readPlan(workbook);
    expect(readPlanStep(workbook)).toEqual(read);
  });
});

describe("the pane and the CLI on the same workbook", () => {
  it.each([
    ["the example workbook (assets)", async () => {
      const read = await readWorkbookFile(EXAMPLE);
      if (!read.ok) throw new Error(read.message);
      return read.workbook;
    }],
    ["a synthetic plan of 300 indicators with defects", async () => planOfSize(300).workbook],
  ])("find the same anomalies and the same scores in %s", async (_name, load) => {
    const workbook = await load();
    const pane = await runValidation(new MemoryWorkbook(workbook.sheets), { ...defaultPaneSettings(), highlightOnValidate: false }, {
      onPhase: () => undefined,
      pause: async () => undefined,
    });
    const cli = checkPlan(workbook);
    if (pane.kind !== "done" || !cli.ok) throw new Error("no plan read");
    expect(pane.validation.anomalies).toEqual(cli.anomalies);
    expect(pane.validation.scores).toEqual(cli.scores);
    expect(pane.validation.anomalies.length).toBeGreaterThan(0);
  });

  it("the CLI's checkFile reports what checkPlan finds in the file", async () => {
    const read = await readWorkbookFile(EXAMPLE);
    if (!read.ok) throw new Error(read.message);
    const file = await checkFile(EXAMPLE, { locale: "it" });
    const check = checkPlan(read.workbook);
    if (!file.ok || !check.ok) throw new Error("no plan read");
    expect(file.anomalies).toEqual(check.anomalies);
    expect(file.scores).toEqual(check.scores);
  });
});
