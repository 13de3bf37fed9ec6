/**
 * What one "Valida piano" costs in Excel round trips, through the real OfficeWorkbook driving
 * the counting fake Excel (test/excel/fakeExcel.ts): `context.sync()` calls and the bytes each
 * sync moves (request + response, as the fake estimates them) for reading the plan, applying the
 * highlights and clearing them; on Excel on the web (5 MB cap per request) and on desktop.
 *
 * And the pane's longest synchronous step, the time Excel's add-in thread is busy without a
 * yield: the pane yields between its steps (read the sheets, read the plan, run the rules, score,
 * highlight), so each core step below runs in one piece: readWorkbookPlan, validatePlan,
 * scorePlan, planHighlights, and grouping the anomalies for display.
 */
import { PLAN_TEMPLATE } from "../../src/core/plan/planTemplate";
import { scorePlan } from "../../src/core/report/scorePlan";
import { validatePlan } from "../../src/core/rules/validatePlan";
import { planHighlights } from "../../src/excel/highlightAreas";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { DEFAULT_BUDGET } from "../../src/excel/requestBudget";
import { prepareResultGroups } from "../../src/taskpane/session/prepareResultGroups";
import { readWorkbookPlan } from "../../src/taskpane/session/readWorkbookPlan";
import { defaultPaneSettings } from "../../src/taskpane/settings/paneSettings";
import { createFakeExcel, workbookState, type FakeExcel } from "../excel/fakeExcel";
import { sheetsToFakeSpecs } from "../support/sheetsToFakeExcel";
import type { SyntheticPlan } from "../support/syntheticPlan";
import { timeMedian } from "./measure";

export interface RoundTrips {
  syncs: number;
  bytes: number;
}

export interface ExcelTiming {
  indicators: number;
  platform: "web" | "desktop";
  read: RoundTrips;
  highlight: RoundTrips;
  clear: RoundTrips;
  anomalies: number;
}

export interface PaneSteps {
  indicators: number;
  readPlanMs: number;
  rulesMs: number;
  scoreMs: number;
  planHighlightsMs: number;
  groupAnomaliesMs: number;
}

function roundTrips(fake: FakeExcel): RoundTrips {
  const bytes = fake.log.payloads.reduce((sum, payload) => sum + payload.request + payload.response, 0);
  return { syncs: fake.log.syncs, bytes };
}

async function measured(fake: FakeExcel, step: () => Promise<unknown>): Promise<RoundTrips> {
  fake.resetLog();
  await step();
  return roundTrips(fake);
}

export async function benchExcel(plan: SyntheticPlan, platform: "web" | "desktop"): Promise<ExcelTiming> {
  const indicators = plan.indicators;
  const fake = createFakeExcel(workbookState(sheetsToFakeSpecs(plan.sheets)), platform === "web" ? {} : { payloadLimit: null, platform: "PC" });
  const port = new OfficeWorkbook({ host: fake.host });
  let grids: Awaited<ReturnType<OfficeWorkbook["readSheets"]>> = [];
  const read = await measured(fake, async () => {
    grids = await port.readSheets();
  });
  const reading = readWorkbookPlan(grids, defaultPaneSettings());
  if (!reading.ok) throw new Error(`plan not read through the fake Excel: ${reading.reason}`);
  const anomalies = validatePlan(reading.plan);
  const highlight = await measured(fake, () => port.applyHighlights(anomalies));
  const clear = await measured(fake, () => port.clearHighlights());
  return { indicators, platform, read, highlight, clear, anomalies: anomalies.length };
}

export function benchPaneSteps(plan: SyntheticPlan, runs = 5): PaneSteps {
  const indicators = plan.indicators;
  const settings = defaultPaneSettings();
  const grids = plan.workbook.sheets;
  const reading = timeMedian(runs, () => {
    const read = readWorkbookPlan(grids, settings);
    if (!read.ok) throw new Error(read.reason);
    return read.plan;
  });
  const read = reading.last;
  const rules = timeMedian(runs, () => validatePlan(read, settings.validation));
  const anomalies = rules.last;
  const score = timeMedian(runs, () => scorePlan(read, settings.validation));
  const sheets = new Set([...plan.workbook.sheets.map((grid) => grid.sheet), PLAN_TEMPLATE.indicators.name]);
  const highlights = timeMedian(runs, () => planHighlights(anomalies, sheets, DEFAULT_BUDGET.maxAddressLength));
  const groups = timeMedian(runs, () => prepareResultGroups(anomalies, read));
  return { indicators, readPlanMs: reading.ms, rulesMs: rules.ms, scoreMs: score.ms, planHighlightsMs: highlights.ms, groupAnomaliesMs: groups.ms };
}
