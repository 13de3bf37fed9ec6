/**
 * Generates the example workbook `assets/piano-performance-2020.xlsx` from the seed
 * plan `assets/plan-2020.json` (run with `npm run example`). The output is
 * deterministic: the same fixture gives the same bytes, so the committed file only
 * changes when the data or the builder does.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildExamplePlanSheets, reportingPeriod } from "../core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../core/example/planFixture";
import { writeWorkbookFile } from "./writeWorkbook";

const ROOT = path.resolve(__dirname, "..", "..");
export const EXAMPLE_FIXTURE = path.join(ROOT, "assets", "plan-2020.json");
export const EXAMPLE_WORKBOOK = path.join(ROOT, "assets", "piano-performance-2020.xlsx");

export function isPlanFixture(value: unknown): value is PlanFixture {
  if (typeof value !== "object" || value === null) return false;
  const fixture = value as Partial<PlanFixture>;
  return Array.isArray(fixture.objectives) && Array.isArray(fixture.areas) && Array.isArray(fixture.managerWeights) && typeof fixture.periodEnd === "string";
}

/** Midday UTC of the reporting date ("2020-06-30"), stored as the document's date. */
export function documentDate(periodEnd: string): Date {
  const parsed = new Date(`${periodEnd}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? new Date(Date.UTC(2020, 5, 30, 12)) : parsed;
}

export async function buildExampleWorkbook(fixtureFile = EXAMPLE_FIXTURE, target = EXAMPLE_WORKBOOK): Promise<void> {
  const fixture: unknown = JSON.parse(await fs.readFile(fixtureFile, "utf8"));
  if (!isPlanFixture(fixture)) throw new Error(`${fixtureFile} non ha la forma del piano di esempio (objectives, areas, managerWeights, periodEnd).`);
  await writeWorkbookFile(target, buildExamplePlanSheets(fixture), {
    creator: "perf-check (esempio generato da assets/plan-2020.json)",
    title: `${fixture.plan} – ${fixture.entity} (rendicontazione al ${reportingPeriod(fixture.periodEnd)})`,
    date: documentDate(fixture.periodEnd),
  });
}

if (require.main === module) {
  buildExampleWorkbook().then(
    () => process.stdout.write(`Scritto ${path.relative(process.cwd(), EXAMPLE_WORKBOOK)}\n`),
    (error: unknown) => {
      process.stderr.write(`Impossibile generare il piano di esempio: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
