/**
 * The two example workbooks, generated from the seed plan `assets/plan-2020.json`:
 * - `assets/piano-performance-2020.xlsx`, the plan in the template's layout (`npm run example`);
 * - `assets/piano-performance-2020-schede.xlsx`, the same data laid out as objective cards
 *   (buildCardSheets.ts; `npm run example:schede`).
 * The output is deterministic: the same fixture gives the same bytes, so a committed file only
 * changes when the data or the builder does.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildCardSheets } from "../core/example/buildCardSheets";
import { buildExamplePlanSheets, reportingPeriod } from "../core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../core/example/planFixture";
import type { SheetContent } from "../core/report/sheetContent";
import { writeWorkbookFile, type WorkbookDocument } from "./writeWorkbook";

const ROOT = path.resolve(__dirname, "..", "..");
export const EXAMPLE_FIXTURE = path.join(ROOT, "assets", "plan-2020.json");
export const EXAMPLE_WORKBOOK = path.join(ROOT, "assets", "piano-performance-2020.xlsx");
export const CARDS_WORKBOOK = path.join(ROOT, "assets", "piano-performance-2020-schede.xlsx");

function isPlanFixture(value: unknown): value is PlanFixture {
  if (typeof value !== "object" || value === null) return false;
  const fixture = value as Partial<PlanFixture>;
  return Array.isArray(fixture.objectives) && Array.isArray(fixture.areas) && Array.isArray(fixture.managerWeights) && typeof fixture.periodEnd === "string";
}

/** Midday UTC of the reporting date ("2020-06-30"), stored as the document's date. */
function documentDate(periodEnd: string): Date {
  const parsed = new Date(`${periodEnd}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? new Date(Date.UTC(2020, 5, 30, 12)) : parsed;
}

/** Reads the fixture, lays it out with `sheetsOf` and writes the workbook, its document properties from the fixture. */
async function writeExample(
  fixtureFile: string,
  target: string,
  sheetsOf: (fixture: PlanFixture) => SheetContent[],
  describe: (fixture: PlanFixture, period: string) => Pick<WorkbookDocument, "creator" | "title">,
): Promise<void> {
  const fixture: unknown = JSON.parse(await fs.readFile(fixtureFile, "utf8"));
  if (!isPlanFixture(fixture)) throw new Error(`${fixtureFile} non ha la forma del piano di esempio (objectives, areas, managerWeights, periodEnd).`);
  await writeWorkbookFile(target, sheetsOf(fixture), { ...describe(fixture, reportingPeriod(fixture.periodEnd)), date: documentDate(fixture.periodEnd) });
}

/** The example plan in the template's layout. */
export function buildExampleWorkbook(fixtureFile = EXAMPLE_FIXTURE, target = EXAMPLE_WORKBOOK): Promise<void> {
  return writeExample(fixtureFile, target, buildExamplePlanSheets, (fixture, period) => ({
    creator: "perf-check (esempio generato da assets/plan-2020.json)",
    title: `${fixture.plan} – ${fixture.entity} (rendicontazione al ${period})`,
  }));
}

/** The example plan as objective cards. */
export function buildCardsWorkbook(fixtureFile = EXAMPLE_FIXTURE, target = CARDS_WORKBOOK): Promise<void> {
  return writeExample(fixtureFile, target, buildCardSheets, (fixture, period) => ({
    creator: "perf-check (schede obiettivo generate da assets/plan-2020.json)",
    title: `${fixture.plan} – ${fixture.entity}, schede obiettivo (rendicontazione al ${period})`,
  }));
}

/** `tsx src/cli/exampleWorkbooks.ts` writes the template example; with `schede`, the cards. */
if (require.main === module) {
  const cards = process.argv[2] === "schede";
  const [build, target, what] = cards
    ? [buildCardsWorkbook, CARDS_WORKBOOK, "le schede di esempio"]
    : [buildExampleWorkbook, EXAMPLE_WORKBOOK, "il piano di esempio"];
  build().then(
    () => process.stdout.write(`Scritto ${path.relative(process.cwd(), target)}\n`),
    (error: unknown) => {
      process.stderr.write(`Impossibile generare ${what}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
