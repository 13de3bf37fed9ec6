/**
 * Generates the cards workbook `assets/piano-performance-2020-schede.xlsx` (the seed plan laid out as
 * objective cards, buildCardSheets.ts) from `assets/plan-2020.json`, the same data as the template
 * example (run with `npm run example:schede`). Deterministic like the template example: the same
 * fixture gives the same bytes.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildCardSheets } from "../core/example/buildCardSheets";
import { reportingPeriod } from "../core/example/buildExamplePlanSheets";
import { documentDate, EXAMPLE_FIXTURE, isPlanFixture } from "./buildExampleWorkbook";
import { writeWorkbookFile } from "./writeWorkbook";

export const CARDS_WORKBOOK = path.join(path.dirname(EXAMPLE_FIXTURE), "piano-performance-2020-schede.xlsx");

export async function buildCardsWorkbook(fixtureFile = EXAMPLE_FIXTURE, target = CARDS_WORKBOOK): Promise<void> {
  const fixture: unknown = JSON.parse(await fs.readFile(fixtureFile, "utf8"));
  if (!isPlanFixture(fixture)) throw new Error(`${fixtureFile} non ha la forma del piano di esempio (objectives, areas, managerWeights, periodEnd).`);
  await writeWorkbookFile(target, buildCardSheets(fixture), {
    creator: "perf-check (schede obiettivo generate da assets/plan-2020.json)",
    title: `${fixture.plan} – ${fixture.entity}, schede obiettivo (rendicontazione al ${reportingPeriod(fixture.periodEnd)})`,
    date: documentDate(fixture.periodEnd),
  });
}

if (require.main === module) {
  buildCardsWorkbook().then(
    () => process.stdout.write(`Scritto ${path.relative(process.cwd(), CARDS_WORKBOOK)}\n`),
    (error: unknown) => {
      process.stderr.write(`Impossibile generare le schede di esempio: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
