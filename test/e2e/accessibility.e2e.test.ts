/**
 * The pane with a keyboard and a screen reader's eyes, in Debian's Chromium at two of Excel's
 * pane widths (320 and 450 px), in Office's light and dark themes: axe-core finds no violation
 * in any state (no plan, plan found, results, the scorecard, settings, a wrong setting, a message); every
 * command is reached with Tab, the «Anomalie | Punteggi» tabs with the arrow keys; Shift+Tab never leaves the focus under the sticky commands; Enter
 * on «Valida piano» keeps the focus on it. axe-core is injected into the page (the context
 * bypasses the page's CSP, which allows only the preview's own scripts). Screenshots go to
 * test-results/a11y-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import fixture from "../../assets/plan-2020.json";
import { writeWorkbookFile } from "../../src/cli/writeWorkbook";
import { buildExamplePlanSheets } from "../../src/core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../../src/core/example/planFixture";
import { buildPreviewBundle } from "../../src/preview/buildPreviewBundle";
import { startPreviewServer, type PreviewServer } from "../../src/preview/server";

const CHROMIUM = "/usr/bin/chromium";
const RESULTS = path.resolve(__dirname, "../../test-results");
const AXE = require.resolve("axe-core/axe.min.js");
const WIDTHS = [320, 450] as const;
const THEMES = ["light", "dark"] as const;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/**
 * Fluent UI's known false positive, documented here rather than switched off for the page:
 * axe's `aria-hidden-focus` on tabster's «dummy inputs», the `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` sentinels that Fluent puts around a group moved with the arrow keys (the
 * list of anomalies of each objective). They are focusable on purpose, to hand the focus on at
 * once to the right element, and hidden so that screen readers never announce them (tabster's
 * maintainers in microsoft/tabster#288; Accessibility Insights excludes them the same way,
 * microsoft/accessibility-insights-web#7605). Only that rule, only on such elements, is set aside.
 */
function knownFalsePositive(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

let browser: Browser;
let context: BrowserContext;
let example: PreviewServer;
let empty: PreviewServer;
let workDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium non trovato in ${CHROMIUM}: installarlo con \`apt-get install -y chromium\`.`);
  mkdirSync(RESULTS, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), "perf-a11y-"));
  const examplePath = path.join(workDir, "piano-esempio.xlsx");
  await writeWorkbookFile(examplePath, buildExamplePlanSheets(fixture as unknown as PlanFixture));
  const emptyPath = path.join(workDir, "senza-piano.xlsx");
  await writeWorkbookFile(emptyPath, [{ name: "Foglio1", rows: [["Spese di cancelleria", 120]] }]);
  const bundleDir = path.join(workDir, "bundle");
  await buildPreviewBundle(bundleDir);
  example = await startPreviewServer({ workbookPath: examplePath, port: 0, bundleDir });
  empty = await startPreviewServer({ workbookPath: emptyPath, port: 0, bundleDir });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  context = await browser.newContext({ bypassCSP: true, viewport: { width: 1000, height: 700 } });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await example?.close();
  await empty?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function openPane(server: PreviewServer, width: number, theme: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}?width=${width}&theme=${theme}`);
  await page.addScriptTag({ path: AXE });
  return page;
}

/** Waits until no transition or animation runs (a colour caught half-way would fool the contrast check). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
}

/** axe-core's violations inside the pane (the preview's grid is not the add-in), less the documented false positives. */
async function violations(page: Page): Promise<string[]> {
  await settled(page);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const pane = document.querySelector("#pane");
    if (!pane) throw new Error("no pane");
    const result = await axe.run(pane, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), html: node.html, failureSummary: node.failureSummary })),
    }));
  });
  return found.flatMap((violation) =>
    violation.nodes
      .filter((node) => !knownFalsePositive(violation.id, node.html))
      .map((node) => `${violation.id} (${violation.help}) at ${node.target.join(" ")}, ${node.html.slice(0, 160)}: ${node.failureSummary ?? ""}`),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, `a11y-${name}.png`) });
}

/** The elements of the pane that reach past its right edge (a field wider than the pane is cut off or scrolls it sideways). */
function pastThePane(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector("#pane");
    if (!pane) throw new Error("no pane");
    const edge = pane.getBoundingClientRect().right;
    return [...pane.querySelectorAll<HTMLElement>("*")]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .map((element) => `${element.tagName.toLowerCase()} «${(element.textContent ?? "").slice(0, 40)}»`);
  });
}

/** What has the focus: its accessible text, for messages. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return (element?.getAttribute("aria-label") ?? element?.textContent ?? element?.tagName ?? "").trim().slice(0, 80);
  });
}

/** Whether the focused control is (even partly) under the sticky command bar. */
function focusUnderCommands(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const bar = document.querySelector('[role="group"][aria-label]')?.parentElement;
    const focused = document.activeElement as HTMLElement | null;
    if (!bar || !focused || bar.contains(focused) || focused === document.body) return false;
    // Shift+Tab past the pane's first control reaches the preview's grid beside it: not under the pane's commands.
    if (!document.getElementById("pane")?.contains(focused)) return false;
    const barRect = bar.getBoundingClientRect();
    const rect = focused.getBoundingClientRect();
    return rect.top < barRect.bottom && rect.bottom > barRect.top;
  });
}

describe.each(WIDTHS)("the pane at %i px", (width) => {
  describe.each(THEMES)("in Office's %s theme", (theme) => {
    const name = `${theme}-${width}`;

    it("has no axe violation when the workbook holds no plan", async () => {
      const page = await openPane(empty, width, theme);
      await page.getByRole("heading", { name: "Nessun piano trovato" }).waitFor();
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-no-plan`);
      await page.close();
    });

    it("has no axe violation on the plan found, the results, the settings and a wrong setting", async () => {
      const page = await openPane(example, width, theme);
      await page.getByRole("heading", { name: "Piano trovato" }).waitFor();
      expect(await page.locator("[data-theme]").first().getAttribute("data-theme")).toBe(theme);
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-ready`);

      await page.getByRole("button", { name: "Valida piano" }).click();
      await page.getByRole("heading", { name: "Risultati della validazione" }).waitFor();
      await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor();
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-results`);

      // The scorecard: statuses in words and in Fluent's status colours, AA in both themes, nothing wider than the pane.
      await page.getByRole("tab", { name: "Punteggi" }).click();
      await page.getByRole("heading", { name: "Punteggi per obiettivo" }).waitFor();
      for (const status of ["Raggiunto", "Parzialmente raggiunto", "Non valutabile"]) {
        expect(await page.locator("#results-panel-scores").getByText(status, { exact: true }).count()).toBeGreaterThan(0);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth || (document.querySelector("#pane")?.scrollWidth ?? 0) <= (document.querySelector("#pane")?.clientWidth ?? 0))).toBe(true);
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-scorecard`);
      await page.getByRole("heading", { name: "Punteggi per obiettivo" }).scrollIntoViewIfNeeded();
      await shot(page, `${name}-scorecard-objectives`);
      await page.getByRole("tab", { name: "Anomalie" }).click();

      await page.getByRole("button", { name: "Crea riepilogo" }).click();
      await page.getByText("Creati i fogli «Riepilogo» e «Anomalie».").waitFor();
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-message`);

      await page.getByRole("button", { name: "Impostazioni" }).click();
      await page.getByRole("form", { name: "Impostazioni" }).waitFor();
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-settings`);

      await page.getByLabel("Tetto al grado di raggiungimento (%)").fill("50");
      // Every family of checks unfolded, so that axe sees each of them.
      const folded = page.locator("#settings-panel").getByRole("button", { expanded: false });
      while ((await folded.count()) > 0) await folded.first().click();
      expect(await pastThePane(page)).toEqual([]);
      await page.getByLabel("Target meno ambizioso della baseline").selectOption("off");
      await page.getByRole("button", { name: "Salva impostazioni" }).click();
      await page.getByText("Inserisci un numero tra 100 e 1000.").waitFor();
      expect(await page.evaluate(() => [(document.activeElement as HTMLInputElement | null)?.value, document.activeElement?.getAttribute("aria-invalid")])).toEqual(["50", "true"]);
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-settings-error`);

      await page.getByLabel("Tetto al grado di raggiungimento (%)").fill("100");
      await page.getByRole("button", { name: "Salva impostazioni" }).click();
      await page.getByText("1 controllo disattivato nelle impostazioni.").waitFor();
      await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor();
      expect(await violations(page)).toEqual([]);
      await shot(page, `${name}-rules-off`);
      await page.close();
    });
  });

  it("reaches every command with Tab, keeps the focus on «Valida piano» after Enter, and never hides it under the commands", async () => {
    const page = await openPane(example, width, "light");
    await page.getByRole("heading", { name: "Piano trovato" }).waitFor();
    await page.getByRole("button", { name: "Valida piano" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Risultati della validazione" }).waitFor();
    await page.locator("button:enabled:not([aria-disabled=\"true\"])", { hasText: "Valida piano" }).waitFor();
    expect(await focusedText(page)).toBe("Valida piano");

    const reached: string[] = [];
    for (let stop = 0; stop < 8; stop += 1) {
      reached.push(await focusedText(page));
      await page.keyboard.press("Tab");
    }
    for (const command of ["Valida piano", "Rimuovi evidenziazioni", "Crea riepilogo", "Impostazioni"]) expect(reached).toContain(command);

    // «Anomalie | Punteggi»: one Tab stop, the arrow keys move between the tabs, Enter selects.
    await page.getByRole("tab", { name: "Anomalie" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-tab-scores");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Punteggi per responsabile" }).waitFor();
    await shot(page, `keyboard-scorecard-${width}`);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Anomalie", selected: true }).waitFor();

    // Far down the list, then back up with Shift+Tab: the focus must never sit under the sticky commands.
    await page.locator("button[data-address]").last().focus();
    const hidden: string[] = [];
    for (let stop = 0; stop < 60; stop += 1) {
      await page.keyboard.press("Shift+Tab");
      if (await focusUnderCommands(page)) hidden.push(await focusedText(page));
    }
    expect(hidden).toEqual([]);
    await shot(page, `keyboard-${width}`);
    await page.close();
  });
});
