/**
 * `npm run bench`: measures the add-in's speed and writes test/bench/RESULTS.md (and, with
 * --readme, the README's section between <!-- bench:start --> and <!-- bench:end -->).
 *
 *   npm run bench                       core at 1.000 / 10.000 / 100.000 indicators beside its lower
 *                                       bound, the Plan's memory (needs --expose-gc), functions,
 *                                       Excel syncs, pane steps, the pane in Chromium at 1.000 and 10.000
 *                                       (click to results, filter toggle, highlight removal), 100 and
 *                                       1.000 cards, CLI, bundles
 *   npm run bench -- --quick            1.000 and 10.000 only, fewer runs (a smoke check)
 *   npm run bench -- --readme           also rewrite the README's Prestazioni section
 *
 * Not part of `npm test`: timings depend on the machine and are never asserted in tests. Exit
 * code 0 when every goal is met, 1 when one is missed (the table says which and by how much).
 */
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build/builtOutput";
import { formatItalianNumber } from "../../src/core/wording/formatNumbers";
import { planOfSize, type SyntheticPlan } from "../support/syntheticPlan";
import { benchBundles } from "./bundleBench";
import { benchCards } from "./cardsBench";
import { benchCli } from "./cliBench";
import { benchCore, type CoreTiming } from "./coreBench";
import { benchExcel, benchPaneSteps, type ExcelTiming } from "./excelBench";
import { benchFunctions } from "./functionsBench";
import { benchPane } from "./paneBench";
import { checkGoals } from "./goals";
import { describeMachine } from "./machine";
import { updateReadme } from "./readmeSection";
import { resultsMarkdown } from "./resultsTable";

const RESULTS_FILE = join(__dirname, "RESULTS.md");
const README = join(ROOT, "README.md");

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes("--quick");
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const machine = describeMachine();
  log(`${machine.cpu}, ${machine.cores} core, Node ${machine.node}`);
  const core: CoreTiming[] = [];
  const excel: ExcelTiming[] = [];
  let tenThousand: SyntheticPlan | undefined;
  for (const size of sizes) {
    log(`piano sintetico di ${formatItalianNumber(size, 0)} indicatori...`);
    const plan = planOfSize(size);
    if (size === 10_000) tenThousand = plan;
    core.push(benchCore(plan, quick ? 3 : undefined));
    const timing = core[core.length - 1];
    log(`  core: ${formatItalianNumber(timing?.totalMs ?? 0, 0)} ms, limite inferiore: ${formatItalianNumber(timing?.lowerBoundMs ?? 0, 0)} ms`);
    for (const platform of ["web", "desktop"] as const) excel.push(await benchExcel(plan, platform));
    log("  Excel simulato: fatto");
  }
  log("passi del riquadro...");
  const steps = benchPaneSteps(tenThousand ?? planOfSize(10_000), quick ? 3 : 5);
  log("riquadro in Chromium...");
  const pane = await benchPane([1_000, 10_000], quick ? 1 : 3);
  log("funzioni personalizzate...");
  const functions = benchFunctions(100_000, quick ? 5_000 : 20_000);
  log("schede obiettivo...");
  const cards = [await benchCards(100, quick ? 3 : 7), await benchCards(1_000, quick ? 1 : 3)];
  log("riga di comando...");
  const cli = await benchCli(10_000, quick ? 1 : 3);
  log("pacchetti...");
  const bundles = benchBundles();
  const goals = checkGoals(core, excel, bundles, steps, functions, pane);
  const markdown = resultsMarkdown({ machine, goals, core, functions, excel, steps, pane, cli, bundles, cards });
  await fs.writeFile(RESULTS_FILE, `# Prestazioni\n\nGenerato da \`npm run bench\` (test/bench/runBenchmarks.ts).\n\n${markdown}\n`);
  log(`scritto ${RESULTS_FILE}`);
  if (argv.includes("--readme")) log(await updateReadme(README, markdown));
  process.stdout.write(`${markdown}\n`);
  return goals.every((goal) => goal.met) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`benchmark interrotto: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
