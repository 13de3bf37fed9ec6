/**
 * Nothing lost on the pane's path: "Valida piano" (the session's runValidation: read the sheets,
 * read the plan, run the rules, score, highlight) then "Rimuovi evidenziazioni", through the real
 * OfficeWorkbook on the fake Excel, on plans a user has formatted (fills of their own, bold,
 * number formats, their own conditional formats). While highlighted, no cell has changed; after
 * clearing, cells and conditional formats are exactly as before, in this session or after the
 * file is closed and reopened.
 */
import fixture from "../fixtures/plan-2020.json";
import { buildExamplePlanSheets } from "../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import type { SheetContent } from "../../src/core/report/sheetContent";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { runValidation } from "../../src/taskpane/session/runValidation";
import { defaultPaneSettings } from "../../src/taskpane/settings/paneSettings";
import { createFakeExcel, snapshotCells, snapshotConditionalFormats, workbookState, type FakeExcel } from "../excel/fakeExcel";
import type { FakeState } from "../excel/fake/fakeState";
import { sheetsToFakeSpecs } from "../support/sheetsToFakeExcel";
import { syntheticPlan } from "../support/syntheticPlan";

/** The user's own touches: a fill and bold on every fifth cell of the results column, a rule of their own. */
function withUserFormats(sheets: SheetContent[]): FakeState {
  const state = workbookState(sheetsToFakeSpecs(sheets));
  const indicators = state.sheets.find((sheet) => sheet.name === "Indicatori");
  if (!indicators) throw new Error("no Indicatori sheet");
  for (const [key, cell] of indicators.cells) {
    const [row = 0, col = 0] = key.split(",").map(Number);
    if (col === 11 && row % 5 === 0) Object.assign(cell, { fill: "#FFF2CC", bold: true });
  }
  indicators.conditionalFormats.push({ id: "user-rule", type: "Custom", formula: "=$Q2<0.5", fill: "#F8CBAD", appliesTo: "Q2:Q500" });
  return state;
}

const pane = { onPhase: () => undefined, pause: async () => undefined };

async function validate(fake: FakeExcel): Promise<number> {
  const run = await runValidation(new OfficeWorkbook({ host: fake.host }), defaultPaneSettings(), pane);
  if (run.kind !== "done") throw new Error(`validation ended as ${run.kind}`);
  expect(run.validation.highlighted).toBe(true);
  return run.validation.anomalies.length;
}

const addInFormats = (fake: FakeExcel) => fake.state.sheets.flatMap((sheet) => sheet.conditionalFormats).filter((format) => format.id !== "user-rule");

const PLANS: [string, () => SheetContent[]][] = [
  ["the seed plan (Brescia 2020)", () => buildExamplePlanSheets(fixture as unknown as PlanFixture)],
  ["a synthetic plan of 400 indicators with defects", () => syntheticPlan({ objectives: 80, indicatorsPerObjective: 5, seed: 5, defectRate: 0.2 }).sheets],
];

describe.each(PLANS)("validate, highlight and clear on %s", (_name, sheets) => {
  it("changes no cell while highlighted, and restores cells and conditional formats exactly", async () => {
    const fake = createFakeExcel(withUserFormats(sheets()));
    const cells = structuredClone(snapshotCells(fake.state));
    const formats = structuredClone(snapshotConditionalFormats(fake.state));

    expect(await validate(fake)).toBeGreaterThan(0);
    expect(snapshotCells(fake.state)).toEqual(cells);
    expect(addInFormats(fake).length).toBeGreaterThan(0);

    await new OfficeWorkbook({ host: fake.host }).clearHighlights();
    expect(snapshotCells(fake.state)).toEqual(cells);
    expect(snapshotConditionalFormats(fake.state)).toEqual(formats);
  });

  it("restores them exactly when cleared after the file is closed and reopened, even after validating twice", async () => {
    const fake = createFakeExcel(withUserFormats(sheets()));
    const cells = structuredClone(snapshotCells(fake.state));
    const formats = structuredClone(snapshotConditionalFormats(fake.state));

    await validate(fake);
    await validate(fake);
    const reopened = fake.reopen();
    await new OfficeWorkbook({ host: reopened.host }).clearHighlights();
    expect(snapshotCells(reopened.state)).toEqual(cells);
    expect(snapshotConditionalFormats(reopened.state)).toEqual(formats);
  });
});
