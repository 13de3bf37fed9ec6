/**
 * The pane in a real browser: Debian's Chromium, driven by playwright-core,
 * over the preview server (pane + read-only grid + in-memory workbook read
 * from an .xlsx). Screenshots go to test-results/ (git-ignored); the README's
 * assets/screenshot-pane.png is a copy of test-results/pane-results.png (the verdict first).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import fixture from "../../assets/plan-2020.json";
import { writeWorkbookFile } from "../../src/cli/writeWorkbook";
import { buildExamplePlanSheets } from "../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import { buildPreviewBundle } from "../../src/preview/buildPreviewBundle";
import { startPreviewServer, type PreviewServer } from "../../src/preview/server";
import { italianMarkersIn } from "../support/italianMarkers";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const RESULTS = path.join(ROOT, "test-results");
const HOSTILE = "<img src=x onerror=alert(1)>";

let browser: Browser;
let example: PreviewServer;
let hostile: PreviewServer;
let workDir: string;

async function writeWorkbooks(dir: string): Promise<{ examplePath: string; hostilePath: string }> {
  const sheets = buildExamplePlanSheets(fixture as unknown as PlanFixture);
  const examplePath = path.join(dir, "piano-esempio.xlsx");
  await writeWorkbookFile(examplePath, sheets);
  // The same plan, with objective 1.1's title replaced by markup that would run if shown as HTML.
  const objectives = sheets.find((sheet) => sheet.name === "Obiettivi");
  const row = objectives?.rows.find((cells) => cells[0] === "1.1");
  if (!row) throw new Error("the example plan has objective 1.1");
  row[2] = HOSTILE;
  const hostilePath = path.join(dir, "piano-ostile.xlsx");
  await writeWorkbookFile(hostilePath, sheets);
  return { examplePath, hostilePath };
}

async function openPane(server: PreviewServer, query = ""): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.url}${query}`);
  return { page, dialogs };
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, name) });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium non trovato in ${CHROMIUM}: installarlo con \`apt-get install -y chromium\` (la CI lo installa).`);
  }
  mkdirSync(RESULTS, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), "perf-e2e-"));
  const { examplePath, hostilePath } = await writeWorkbooks(workDir);
  const bundleDir = path.join(workDir, "bundle");
  await buildPreviewBundle(bundleDir);
  example = await startPreviewServer({ workbookPath: examplePath, port: 0, bundleDir });
  hostile = await startPreviewServer({ workbookPath: hostilePath, port: 0, bundleDir });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await example?.close();
  await hostile?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the task pane in Chromium", () => {
  it("validates the plan, takes the user to a cell, and highlights then clears the cells", async () => {
    const { page, dialogs } = await openPane(example);
    await page.getByRole("heading", { name: "Piano trovato" }).waitFor();
    await screenshot(page, "pane-ready.png");

    await page.getByRole("button", { name: "Valida piano" }).click();
    await page.getByRole("heading", { name: "Risultati della validazione" }).waitFor();
    const counts = await Promise.all(["errore", "avviso", "info"].map((severity) => page.getByTestId(`count-${severity}`).textContent()));
    const anomalies = page.locator("button[data-address]");
    expect(counts.every((text) => /^\d+$/.test(text ?? ""))).toBe(true);
    expect(counts.reduce((sum, text) => sum + Number(text), 0)).toBe(await anomalies.count());
    expect(Number(counts[0])).toBeGreaterThan(0);
    await page.locator("td[data-severity]").first().waitFor();
    await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor();
    await screenshot(page, "pane-results.png");

    const target = page.locator("[data-anomaly]", { hasText: "contiene più valori" }).first().locator("button[data-address]");
    const address = await target.getAttribute("data-address");
    await target.click();
    const [sheet, cell] = (address ?? "").split("!");
    await expect(page.getByTestId("name-box").textContent()).resolves.toBe(`${sheet}!${cell}`);
    await page.locator(`table[data-sheet="${sheet}"] td[aria-selected="true"][data-address="${cell}"]`).waitFor();
    await screenshot(page, "pane-selected.png");

    const other = anomalies.nth(0);
    const otherAddress = (await other.getAttribute("data-address")) ?? "";
    await other.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("name-box").filter({ hasText: otherAddress }).waitFor();

    await page.getByRole("button", { name: "Rimuovi evidenziazioni" }).click();
    await page.getByRole("button", { name: "Evidenzia celle" }).waitFor();
    expect(await page.locator("td[data-severity]").count()).toBe(0);
    await screenshot(page, "pane-cleared.png");

    await page.getByRole("button", { name: "Crea riepilogo" }).click();
    await page.getByText("Creati i fogli «Riepilogo» e «Anomalie».").waitFor();
    await page.getByRole("tab", { name: "Riepilogo" }).click();
    await page.locator('table[data-sheet="Riepilogo"]').waitFor();
    await screenshot(page, "pane-summary-sheet.png");
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("shows a cell holding markup as text, and nothing runs", async () => {
    const { page, dialogs } = await openPane(hostile);
    await page.getByRole("button", { name: "Valida piano" }).click();
    await page.getByRole("heading", { name: "Risultati della validazione" }).waitFor();
    await page.getByRole("tab", { name: "Obiettivi" }).click();
    await page.locator("td", { hasText: HOSTILE }).first().waitFor();
    await page.locator("main", { hasText: HOSTILE }).waitFor();
    await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor();
    expect(await page.locator("img").count()).toBe(0);
    await screenshot(page, "pane-hostile-text.png");
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("opens the settings form beside the plan", async () => {
    const { page } = await openPane(example);
    await page.getByRole("heading", { name: "Piano trovato" }).waitFor();
    await page.getByRole("button", { name: "Impostazioni" }).click();
    await page.getByRole("button", { name: "Salva impostazioni" }).waitFor();
    await screenshot(page, "pane-settings.png");
    await page.getByRole("button", { name: "Annulla" }).click();
    await page.getByRole("button", { name: "Salva impostazioni" }).waitFor({ state: "detached" });
    await page.close();
  });

  it("speaks English when asked to, in every anomaly's message, suggestion and rule name", async () => {
    const { page } = await openPane(example, "?lang=en-US");
    await page.getByRole("button", { name: "Validate plan" }).click();
    await page.getByRole("heading", { name: "Validation results" }).waitFor();
    await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Validate plan" }).waitFor();
    const cards = await page.locator("[data-anomaly]").allTextContents();
    expect(cards.length).toBe(await page.locator("button[data-address]").count());
    expect(cards.length).toBeGreaterThan(0);
    // The plan's own words are quoted in the messages; nothing else may be Italian.
    expect(cards.filter((text) => italianMarkersIn(text).length > 0)).toEqual([]);
    expect(cards.every((text) => text.includes("How to fix:"))).toBe(true);
    await screenshot(page, "pane-english.png");
    await page.close();
  });
});
