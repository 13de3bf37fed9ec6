/**
 * The pane reads the real plans (test/fixtures/real) with the same code as the command line: each
 * workbook.json is put in the in-memory workbook the pane uses in tests and in the preview, the
 * pane's session opens on it and validates it, and what the pane shows (the overview before
 * validating, the plan and the anomalies after) is what readPlan and validatePlan give on the same
 * grids directly; the same workbook written to an .xlsx and checked with `perf-check --json` gives
 * the same objectives, indicators, reporting date and anomaly counts.
 */
import * as path from "node:path";
import type { JsonReport } from "../../../src/cli/formatJsonReport";
import { writeWorkbookFile } from "../../../src/cli/writeWorkbook";
import type { Plan } from "../../../src/core/plan/planModel";
import { readPlan } from "../../../src/core/plan/readPlan";
import { reportingDateText } from "../../../src/core/plan/reportingDate";
import type { Anomaly, Severity } from "../../../src/core/rules/anomaly";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import { PlanSession } from "../../../src/taskpane/session/planSession";
import type { PlanOverview, PaneValidation } from "../../../src/taskpane/session/sessionState";
import { runCli, temporaryFolder } from "../../cli/support/cliRunner";
import { REAL_PLANS, sheetContentOf } from "../../core/plan/realPlanFixtures";
import { viewOf } from "../support/sessionViews";


function severityCounts(severities: readonly Severity[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { errore: 0, avviso: 0, info: 0 };
  for (const severity of severities) counts[severity] += 1;
  return counts;
}

/** An anomaly by what it says, without the words: rule, severity, place, objective and indicator. */
const anomalyKey = (a: { rule: string; severity: Severity; sheet: string; cell: string; objective?: string | null; indicator?: string | null }) =>
  [a.rule, a.severity, `${a.sheet}!${a.cell}`, a.objective ?? "", a.indicator ?? ""].join(" | ");

describe.each(REAL_PLANS)("the pane on the real plan $slug", ({ slug, workbook }) => {
  let ready: PlanOverview;
  let results: { overview: PlanOverview; validation: PaneValidation };
  let direct: { plan: Plan; anomalies: Anomaly[] };
  let report: JsonReport;
  let highlighted: string[];

  beforeAll(async () => {
    const memory = new MemoryWorkbook(workbook.sheets);
    const session = new PlanSession({ port: memory });
    await session.start();
    ready = viewOf(session.state, "ready").overview;
    await session.validate();
    results = viewOf(session.state, "results");
    session.dispose();
    highlighted = memory.snapshot().highlights.map((h) => `${h.sheet}!${h.address}`);

    const read = readPlan(workbook);
    if (!read.ok) throw new Error(`no plan read: ${read.message}`);
    direct = { plan: read.plan, anomalies: validatePlan(read.plan) };

    const file = path.join(await temporaryFolder("perf-check-pane-"), `${slug}.xlsx`);
    await writeWorkbookFile(file, workbook.sheets.map(sheetContentOf));
    const run = await runCli([file, "--json"]);
    report = JSON.parse(run.stdout) as JsonReport;
  });

  it("opens on the objectives and indicators the reader finds, by kind", () => {
    const { objectives, indicators } = direct.plan;
    expect({
      strategic: ready.strategicObjectives,
      operational: ready.operationalObjectives,
      indicators: ready.indicators,
    }).toEqual({
      strategic: objectives.filter((o) => o.kind === "strategic").length,
      operational: objectives.filter((o) => o.kind === "operational").length,
      indicators: indicators.length,
    });
  });

  it("shows the reporting date the reader finds, and where it comes from", () => {
    const { plan } = direct;
    const expected = { period: plan.period, periodDetected: plan.periodDetected, periodSource: plan.periodSource, reportingDate: reportingDateText(plan) };
    expect(ready).toMatchObject(expected);
    expect(results.overview).toMatchObject(expected);
  });

  it("names as plan sheets the sheets the reader recognised", () => {
    expect(ready.planSheets).toEqual(workbook.sheets.map((grid) => grid.sheet).filter((sheet) => direct.plan.recognition.some((r) => r.sheet === sheet)));
  });

  it("validates the same objectives and indicators, in the same order", () => {
    const { plan } = results.validation;
    expect(plan.objectives.map((o) => [o.code, o.kind, o.title])).toEqual(direct.plan.objectives.map((o) => [o.code, o.kind, o.title]));
    expect(plan.indicators.map((i) => [i.objectiveCode, i.number, i.name, i.dimension ?? null, i.polarity, i.ref.address])).toEqual(
      direct.plan.indicators.map((i) => [i.objectiveCode, i.number, i.name, i.dimension ?? null, i.polarity, i.ref.address]),
    );
  });

  it("reads the same plan as readPlan, cell for cell", () => {
    expect(results.validation.plan).toEqual(direct.plan);
  });

  it("lists the anomalies validatePlan gives, with their messages and cells, and counts them by severity", () => {
    expect(results.validation.anomalies).toEqual(direct.anomalies);
    expect(results.validation.counts).toEqual(severityCounts(direct.anomalies.map((a) => a.severity)));
  });

  it("highlights the cell of every anomaly, and no other", () => {
    expect(results.validation.highlighted).toBe(true);
    expect([...new Set(highlighted)].sort()).toEqual([...new Set(results.validation.anomalies.map((a) => `${a.sheet}!${a.cell.toUpperCase()}`))].sort());
  });

  it("agrees with perf-check --json on the objectives, indicators and reporting date", () => {
    const pane = results.overview;
    expect(report.plan).toEqual({
      objectives: pane.strategicObjectives + pane.operationalObjectives,
      indicators: pane.indicators,
      period: pane.period,
      periodSource: pane.periodSource,
      reportingDate: pane.reportingDate,
    });
  });

  it("agrees with perf-check --json on the anomalies: as many, as severe, on the same cells", () => {
    const { anomalies, counts } = results.validation;
    expect(report.anomalies).toHaveLength(anomalies.length);
    expect(severityCounts(report.anomalies.map((a) => a.severity))).toEqual(counts);
    expect(report.anomalies.map(anomalyKey).sort()).toEqual(anomalies.map(anomalyKey).sort());
  });
});
