/**
 * Reading cards (schede obiettivo) at scale: the seed's operational cards copied under new codes,
 * stacked in area sheets as buildCardSheets lays them out, then read with readPlan. Reading must
 * stay linear in the number of cards: the time per card is shown beside the total.
 */
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { buildCardSheets } from "../../src/core/example/buildCardSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import { readPlan } from "../../src/core/plan/readPlan";
import { ROOT } from "../build/builtOutput";
import { sheetsToWorkbook } from "../support/syntheticPlan";
import { collectGarbage, median } from "./measure";

export interface CardsTiming {
  cards: number;
  indicators: number;
  cells: number;
  runs: number;
  readMs: number;
}

/** The seed's plan with `cards` operational objectives, copies of the seed's own under codes C1, C2, ... */
export async function fixtureWithCards(cards: number): Promise<PlanFixture> {
  const seed = JSON.parse(await fs.readFile(join(ROOT, "assets", "plan-2020.json"), "utf8")) as PlanFixture;
  const operational = seed.objectives.filter((objective) => objective.kind === "operativo");
  const objectives = Array.from({ length: cards }, (_, i) => {
    const model = operational[i % operational.length];
    if (!model) throw new Error("the seed has no operational objective");
    return { ...model, code: `C${i + 1}`, parent: undefined };
  });
  const codes = objectives.map((objective) => objective.code);
  const area = seed.areas[0];
  if (!area) throw new Error("the seed has no area");
  return { ...seed, objectives, areas: [{ ...area, objectiveCodes: codes }], objectivesOnlyInWeightsTable: [], managerWeights: [] };
}

export async function benchCards(cards: number, runs: number): Promise<CardsTiming> {
  const workbook = sheetsToWorkbook(buildCardSheets(await fixtureWithCards(cards)), "schede.xlsx");
  const cells = workbook.sheets.reduce((sum, grid) => sum + grid.values.reduce((rows, row) => rows + row.length, 0), 0);
  let indicators = 0;
  readPlan(workbook);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const t0 = performance.now();
    const read = readPlan(workbook);
    times.push(performance.now() - t0);
    if (!read.ok) throw new Error(`cards not read: ${read.message}`);
    indicators = read.plan.indicators.length;
  }
  return { cards, indicators, cells, runs, readMs: median(times) };
}
