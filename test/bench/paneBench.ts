/**
 * The task pane as a clerk feels it, in Chromium (Debian's, through playwright-core, as the e2e
 * tests drive it): the preview server's pane alone (`?view=pane`, 320 px wide, over an in-memory
 * workbook read from a synthetic plan's .xlsx), timed inside the page from the click to the next
 * painted frame that shows the outcome:
 *   - «Valida piano» to the first results (verdict and first anomaly card painted);
 *   - one severity filter toggled (the list re-rendered without that severity);
 *   - «Rimuovi evidenziazioni» to the button offering them again.
 * Frames are awaited with requestAnimationFrame, which waits for the main thread: a render that
 * freezes the pane counts in full. A fresh page for each run of «Valida piano»; the toggles and
 * the removal on the page of the last run. Medians of the runs; the in-memory workbook stands
 * for Excel (its own syncs are counted by excelBench.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Page } from "playwright-core";
import { buildPreviewBundle } from "../../src/preview/buildPreviewBundle";
import { startPreviewServer } from "../../src/preview/server";
import { writeSyntheticPlanFile } from "../support/syntheticPlan";
import { median } from "./measure";

const CHROMIUM = "/usr/bin/chromium";
const PANE = { width: 320, height: 700 };

export interface PaneTiming {
  indicators: number;
  runs: number;
  /** Anomalies found (all severities). */
  anomalies: number;
  /** Click on «Valida piano» to the results painted. */
  toResultsMs: number;
  /** One click on a severity's filter to the list painted again (median of hiding and showing). */
  toggleMs: number;
  /** Click on «Rimuovi evidenziazioni» to the pane painted again. */
  clearMs: number;
  /** Anomaly cards in the DOM with the results shown (the list is virtualised). */
  renderedCards: number;
}

/** A button found by its exact text, as an expression for the page. */
const buttonNamed = (text: string) => `[...document.querySelectorAll("button")].find((button) => button.textContent === ${JSON.stringify(text)})`;

/** Clicks the button the expression `find` gives, then resolves with the ms until the expression `done` holds in a painted frame. */
async function timeClick(page: Page, find: string, done: string): Promise<number> {
  // Written as text: tsx would wrap a function's inner names with a helper the page does not have.
  const script = `(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const button = ${find};
    if (!button) throw new Error("nessun pulsante: " + ${JSON.stringify(find)});
    const start = performance.now();
    button.click();
    for (let frames = 0; !(${done}); frames += 1) {
      if (frames > 6000) throw new Error("mai vero: " + ${JSON.stringify(done)});
      await frame();
    }
    await frame();
    return performance.now() - start;
  })()`;
  return (await page.evaluate(script)) as number;
}

async function validateOnce(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Valida piano" }).waitFor();
  await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor();
  const elapsed = await timeClick(page, buttonNamed("Valida piano"), `document.querySelector("[data-testid=verdict]") !== null && document.querySelector("button[data-address]") !== null`);
  await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor({ timeout: 60_000 });
  return elapsed;
}

export async function benchPane(sizes: readonly number[], runs: number): Promise<PaneTiming[]> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "perf-bench-pane-"));
  const bundleDir = path.join(workDir, "bundle");
  await buildPreviewBundle(bundleDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const timings: PaneTiming[] = [];
  try {
    for (const indicators of sizes) {
      const file = path.join(workDir, `piano-${indicators}.xlsx`);
      await writeSyntheticPlanFile(file, { objectives: indicators / 10, indicatorsPerObjective: 10, seed: 1, defectRate: 0.02 });
      const server = await startPreviewServer({ workbookPath: file, port: 0, bundleDir });
      try {
        const toResults: number[] = [];
        let page: Page | undefined;
        // One warm-up run (the browser's JIT, as in a pane used more than once), then the measured ones.
        for (let run = 0; run <= runs; run += 1) {
          await page?.close();
          page = await browser.newPage({ viewport: PANE });
          await page.goto(`${server.url}?view=pane`);
          const elapsed = await validateOnce(page);
          if (run > 0) toResults.push(elapsed);
        }
        if (!page) throw new Error("nessuna pagina");
        const renderedCards = await page.locator("button[data-address]").count();
        const counts = await Promise.all(["errore", "avviso", "info"].map((severity) => page.getByTestId(`count-${severity}`).textContent()));
        const toggles: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          for (const pressed of ["true", "false"]) {
            toggles.push(
              await timeClick(
                page,
                `document.querySelector("[data-testid=severity-counts] button[data-severity=avviso][aria-pressed=${pressed}]")`,
                `document.querySelector("[data-testid=severity-counts] button[data-severity=avviso][aria-pressed=${pressed === "true" ? "false" : "true"}]") !== null`,
              ),
            );
          }
        }
        await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Rimuovi evidenziazioni" }).waitFor();
        const clearMs = await timeClick(page, buttonNamed("Rimuovi evidenziazioni"), `[...document.querySelectorAll("button")].some((button) => button.textContent === "Evidenzia celle")`);
        await page.close();
        timings.push({
          indicators,
          runs,
          // Written with Italian thousands separators («1.042»).
          anomalies: counts.reduce((sum, text) => sum + Number((text ?? "").replace(/\./g, "")), 0),
          toResultsMs: median(toResults),
          toggleMs: median(toggles),
          clearMs,
          renderedCards,
        });
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  return timings;
}
