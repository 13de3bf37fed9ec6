/**
 * The results view in a real browser (Debian's Chromium through playwright-core), the pane alone
 * at Excel's pane widths (`?view=pane` of the preview server, over an in-memory workbook read
 * from an .xlsx): an empty template, a plan with errors, a clean plan with warnings and a
 * 10.000-indicator plan, at 320 and 450 px (and 270 px for the plan with errors), and the
 * validation's progress, held at its first pause by Playwright's clock, then cancelled. Screenshots go
 * to test-results/results-*.png. Deterministic checks only (texts, positions on screen, counts of
 * rendered cards), never timings: those are the bench's (test/bench/paneBench.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import fixture from "../../assets/plan-2020.json";
import { writeWorkbookFile } from "../../src/cli/writeWorkbook";
import { checkPlan } from "../../src/core/checkPlan";
import { buildExamplePlanSheets } from "../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import { buildTemplateSheets } from "../../src/core/example/templateSheets";
import { summarizeAnomalies } from "../../src/core/report/summarizeAnomalies";
import { buildPreviewBundle } from "../../src/preview/buildPreviewBundle";
import { startPreviewServer, type PreviewServer } from "../../src/preview/server";
import { syntheticPlan, syntheticPlanSheets } from "../support/syntheticPlan";
import { gridFromSheetContent } from "../../src/port/gridFromSheetContent";
import type { SheetContent } from "../../src/core/report/sheetContent";
import { formatItalianNumber } from "../../src/core/wording/formatNumbers";

/** A count as the pane writes it: «1.042». */
const n = (value: number | undefined) => formatItalianNumber(value ?? Number.NaN, 0);

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const RESULTS = path.join(ROOT, "test-results");
const HEIGHT = 700;

/** A clean plan: synthetic, no planted defect, 4 warnings and no error (checked below through the core). */
const CLEAN = { objectives: 8, indicatorsPerObjective: 3, seed: 1, defectRate: 0 };
const LARGE = { objectives: 1_000, indicatorsPerObjective: 10, seed: 1, defectRate: 0.02 };

type PlanName = "vuoto" | "errori" | "pulito" | "grande";

let browser: Browser;
let workDir: string;
const servers = new Map<PlanName, PreviewServer>();
const counts = new Map<PlanName, { errore: number; avviso: number; info: number }>();

function coreCounts(sheets: SheetContent[]) {
  const check = checkPlan({ name: "piano", sheets: sheets.map(gridFromSheetContent) });
  if (!check.ok) throw new Error(check.message);
  return summarizeAnomalies(check.anomalies).counts;
}

async function openPane(plan: PlanName, width: number, query = "?view=pane"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: HEIGHT } });
  await page.goto(`${servers.get(plan)?.url}${query}`);
  return page;
}

async function validate(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Valida piano" }).click();
  await page.getByTestId("verdict").waitFor({ timeout: 30_000 });
  await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor({ timeout: 30_000 });
}

async function verdict(page: Page): Promise<string> {
  return (await page.getByTestId("verdict").locator("p").first().textContent()) ?? "";
}

/** A screenshot in test-results/, with CSS transitions finished (the buttons' colours fade in). */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, name), animations: "disabled" });
}

/**
 * Whether the first element `selector` matches is in the viewport and on top at its centre (what a
 * click there would reach): nothing painted over it, not scrolled away.
 */
function inReach(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((found) => {
    const element = document.querySelector(found);
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) return false;
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && element.contains(hit);
  }, selector);
}

/** The bottom edge of the bar that stays at the top of the pane (the commands and the walk). */
async function stickyBottom(page: Page): Promise<number> {
  const bar = await page.locator('[role="group"][aria-label="Azioni sul piano"]').locator("..").boundingBox();
  if (!bar) throw new Error("no command bar");
  return bar.y + bar.height;
}

/** The element's box in the viewport; throws when it is not rendered. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium non trovato in ${CHROMIUM}: installarlo con \`apt-get install -y chromium\` (la CI lo installa).`);
  }
  mkdirSync(RESULTS, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), "perf-e2e-results-"));
  const plans: Record<PlanName, SheetContent[]> = {
    vuoto: buildTemplateSheets("it"),
    errori: buildExamplePlanSheets(fixture as unknown as PlanFixture),
    pulito: syntheticPlan(CLEAN).sheets,
    grande: syntheticPlanSheets(LARGE).sheets,
  };
  const bundleDir = path.join(workDir, "bundle");
  await buildPreviewBundle(bundleDir);
  for (const [name, sheets] of Object.entries(plans) as [PlanName, SheetContent[]][]) {
    const file = path.join(workDir, `${name}.xlsx`);
    await writeWorkbookFile(file, sheets);
    counts.set(name, coreCounts(sheets));
    servers.set(name, await startPreviewServer({ workbookPath: file, port: 0, bundleDir }));
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe.each([320, 450])("the results view in Chromium, %i px wide", (width) => {
  it("says the empty template has nothing to check, never that it passes", async () => {
    const page = await openPane("vuoto", width);
    await validate(page);
    expect(await verdict(page)).toBe("Piano senza indicatori: niente da controllare");
    expect(await page.getByText(/supera tutti i controlli/).count()).toBe(0);
    expect(await page.getByText(/rilevata/).count()).toBe(0);
    expect(await page.getByRole("tab").count()).toBe(0);
    await shot(page, `results-empty-${width}.png`);
    await page.close();
  });

  it("says a plan with errors is not ready, with the verdict and the first error in view without scrolling", async () => {
    const page = await openPane("errori", width);
    await validate(page);
    const errors = counts.get("errori")?.errore ?? 0;
    expect(await verdict(page)).toBe(`Piano non pronto: ${n(errors)} errori`);
    const first = await box(page, "button[data-address]");
    expect((await box(page, "[data-testid=verdict]")).y).toBeGreaterThanOrEqual(0);
    expect(first.y + first.height).toBeLessThanOrEqual(HEIGHT);
    expect(await page.locator("button[data-address]").first().getAttribute("data-severity")).toBe("errore");
    await shot(page, `results-errors-${width}.png`);
    await page.getByRole("button", { name: "Anomalia successiva" }).click();
    await page.locator('button[data-address][aria-current="true"]').waitFor();
    await page.getByRole("button", { name: "Anomalia successiva" }).click();
    await page.getByTestId("anomaly-position").filter({ hasText: /^2 di / }).waitFor();
    // The walk stays at hand while the list scrolls to the anomaly it selected, which shows below the bar.
    await page.getByRole("button", { name: "Anomalia successiva" }).click();
    await page.getByTestId("anomaly-position").filter({ hasText: /^3 di / }).waitFor();
    expect(await inReach(page, 'button[aria-label="Anomalia successiva"]')).toBe(true);
    expect(await inReach(page, 'button[data-address][aria-current="true"]')).toBe(true);
    expect((await box(page, 'button[data-address][aria-current="true"]')).y).toBeGreaterThanOrEqual(await stickyBottom(page));
    await shot(page, `results-errors-next-${width}.png`);
    await page.close();
  });

  it("keeps the list's «Come è calcolato» under the commands when it scrolls beneath them", async () => {
    const page = await openPane("errori", width);
    await validate(page);
    const detail = "[data-anomaly] details summary";
    // Scrolls the first «Come è calcolato» to the middle of the sticky bar.
    await page.evaluate((found) => {
      const sticky = document.querySelector('[role="group"][aria-label="Azioni sul piano"]')?.parentElement;
      const bar = sticky?.getBoundingClientRect();
      const summary = document.querySelector(found)?.getBoundingClientRect();
      if (!sticky || !bar || !summary) throw new Error("no bar or no detail");
      let scroller: Element | null = sticky.parentElement;
      while (scroller && !["auto", "scroll"].includes(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
      (scroller ?? document.scrollingElement)?.scrollBy(0, summary.top + summary.height / 2 - (bar.top + bar.height / 2));
    }, detail);
    const summary = await box(page, detail);
    expect(summary.y + summary.height / 2).toBeLessThan(await stickyBottom(page));
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-anomaly]") === null, { x: summary.x + 4, y: summary.y + summary.height / 2 });
    expect(onTop).toBe(true);
    await shot(page, `results-detail-under-bar-${width}.png`);
    await page.close();
  });

  it("shows the validation's step and «Annulla validazione», which puts the last results back as they were", async () => {
    const page = await browser.newPage({ viewport: { width, height: HEIGHT } });
    await page.clock.install();
    await page.goto(`${servers.get("errori")?.url}?view=pane`);
    // A first validation with the clock running: the progress and results views are loaded and shown
    // once, so the held validation below never waits on their chunk (React reveals a <Suspense>
    // fallback's content on a timer, which a paused clock would hold too).
    await validate(page);
    const before = await verdict(page);
    // Time stops: the next validation waits at its first pause (a timer) until the clock runs again.
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.getByRole("button", { name: "Valida piano" }).click();
    const cancel = page.getByRole("button", { name: "Annulla validazione" });
    await cancel.waitFor();
    expect(await page.getByText(/^Passo 1 di \d: lettura dei fogli$/).count()).toBeGreaterThan(0);
    expect(await page.getByRole("progressbar").count()).toBe(1);
    expect(await page.getByTestId("verdict").count()).toBe(0);
    await shot(page, `results-progress-${width}.png`);
    await cancel.click();
    await page.getByRole("button", { name: "Annullamento…" }).waitFor();
    await page.clock.resume();
    await page.getByText(/^Validazione annullata/).first().waitFor({ timeout: 30_000 });
    expect(await verdict(page)).toBe(before);
    expect(await page.getByRole("progressbar").count()).toBe(0);
    await shot(page, `results-cancelled-${width}.png`);
    await page.close();
  });

  it("says a clean plan is ready for the OIV, with its warnings", async () => {
    const page = await openPane("pulito", width);
    await validate(page);
    const clean = counts.get("pulito");
    expect(clean?.errore).toBe(0);
    expect(await verdict(page)).toBe(`Pronto per l'OIV: nessun errore, ${n(clean?.avviso)} avvisi`);
    await shot(page, `results-clean-${width}.png`);
    await page.close();
  });

  it("shows a 10.000-indicator plan with a bounded number of cards, and filters and walks it", async () => {
    const page = await openPane("grande", width);
    await validate(page);
    const large = counts.get("grande");
    expect(await verdict(page)).toBe(`Piano non pronto: ${n(large?.errore)} errori`);
    const cards = page.locator("button[data-address]");
    expect(await cards.count()).toBeLessThan(60);
    await shot(page, `results-large-${width}.png`);
    await page.getByRole("button", { name: `${n(large?.avviso)} Avvisi`, pressed: true }).click();
    await page.getByRole("button", { name: `${n(large?.avviso)} Avvisi`, pressed: false }).waitFor();
    expect(await page.locator('button[data-address][data-severity="avviso"]').count()).toBe(0);
    await page.getByRole("button", { name: "Anomalia precedente" }).click();
    await page.getByTestId("anomaly-position").filter({ hasText: `${n(large?.errore)} di ${n(large?.errore)}` }).waitFor();
    await page.locator('button[data-address][aria-current="true"]').waitFor();
    expect(await cards.count()).toBeLessThan(60);
    expect(await inReach(page, 'button[aria-label="Anomalia precedente"]')).toBe(true);
    expect(await inReach(page, 'button[data-address][aria-current="true"]')).toBe(true);
    await shot(page, `results-large-last-${width}.png`);
    await page.close();
  });
});

describe("the results view in Chromium, beside the workbook", () => {
  it("keeps the verdict and the start of the first anomaly (severity, cell) in view at 270 px, and the walk at hand", async () => {
    const page = await openPane("errori", 270);
    await validate(page);
    await shot(page, "results-errors-270.png");
    const verdictBox = await box(page, "[data-testid=verdict]");
    expect(verdictBox.y + verdictBox.height).toBeLessThanOrEqual(HEIGHT);
    const head = await box(page, "button[data-address] > span");
    expect(head.y + head.height).toBeLessThanOrEqual(HEIGHT);
    for (let step = 0; step < 3; step += 1) await page.getByRole("button", { name: "Anomalia successiva" }).click();
    await page.getByTestId("anomaly-position").filter({ hasText: /^3 di / }).waitFor();
    expect(await inReach(page, 'button[aria-label="Anomalia successiva"]')).toBe(true);
    expect(await inReach(page, 'button[data-address][aria-current="true"]')).toBe(true);
    await shot(page, "results-errors-next-270.png");
    await page.close();
  });

  it("walks the cells in the workbook with «Anomalia successiva»", async () => {
    const page = await openPane("errori", 1280, "");
    await validate(page);
    const first = await page.locator("button[data-address]").first().getAttribute("data-address");
    await page.getByRole("button", { name: "Anomalia successiva" }).click();
    await page.getByTestId("name-box").filter({ hasText: first ?? "" }).waitFor();
    const second = await page.locator("button[data-address]").nth(1).getAttribute("data-address");
    await page.getByRole("button", { name: "Anomalia successiva" }).click();
    await page.getByTestId("name-box").filter({ hasText: second ?? "" }).waitFor();
    await shot(page, "results-walk.png");
    await page.close();
  });
});
