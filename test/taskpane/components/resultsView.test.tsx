/** @jest-environment jsdom */
import "../support/setupDom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { buildTemplateSheets } from "../../../src/core/example/templateSheets";
import { readPlan } from "../../../src/core/plan/readPlan";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import { gridFromSheetContent } from "../../../src/port/gridFromSheetContent";
import { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import { App } from "../../../src/taskpane/App";
import { prepareResultGroups } from "../../../src/taskpane/session/prepareResultGroups";
import { exampleGrids, exampleWorkbook, largeExampleWorkbook, manualPause } from "../support/exampleWorkbook";

const VALIDATION_WAIT = { timeout: 15_000 };

function renderPane(workbook: MemoryWorkbook, options: { locale?: string; pause?: () => Promise<void> } = {}) {
  const sessionOptions = options.pause ? { pause: options.pause } : {};
  return render(<App port={workbook} locale={options.locale ?? "it-IT"} sessionOptions={sessionOptions} />);
}

async function validate(name = "Valida piano", heading = "Risultati della validazione"): Promise<void> {
  fireEvent.click(await screen.findByRole("button", { name }));
  await screen.findByRole("heading", { name: heading }, VALIDATION_WAIT);
}

function verdict(): string {
  return screen.getByTestId("verdict").querySelector("p")?.textContent ?? "";
}

/** The example's anomalies in the order the list shows them, found by the core independently of the pane. */
function exampleOrder() {
  const read = readPlan({ name: "esempio", sheets: exampleGrids() });
  if (!read.ok) throw new Error(read.message);
  return prepareResultGroups(validatePlan(read.plan), read.plan);
}

const cards = () => [...document.querySelectorAll<HTMLButtonElement>("button[data-address]")];

describe("the results view", () => {
  it("says an empty template has nothing to check, with no reporting date, and never that it passes", async () => {
    renderPane(new MemoryWorkbook(buildTemplateSheets("it").map(gridFromSheetContent)));
    await validate();
    expect(verdict()).toBe("Piano senza indicatori: niente da controllare");
    expect(screen.queryByText(/supera tutti i controlli/)).toBeNull();
    expect(screen.queryByText(/rilevata/)).toBeNull();
    expect(screen.getByText("0 obiettivi · 0 indicatori, nessuna data")).toBeTruthy();
    // Nothing to list or score: no empty «Anomalie | Punteggi» under the verdict.
    expect(screen.queryByRole("tab")).toBeNull();
    expect(screen.getByTestId("live-status").textContent).toBe("Piano senza indicatori: niente da controllare.");
  });

  it("says a plan with errors is not ready, with the count of errors, and lists an error first", async () => {
    const { ordered } = exampleOrder();
    const errors = ordered.filter((anomaly) => anomaly.severity === "errore").length;
    renderPane(exampleWorkbook());
    await validate();
    expect(verdict()).toBe(`Piano non pronto: ${errors} errori`);
    expect(cards()[0]?.dataset.severity).toBe("errore");
    expect(cards()[0]?.dataset.address).toBe(`${ordered[0]?.sheet}!${ordered[0]?.cell}`);
  });

  it("says a plan without errors is ready for the OIV, with its warnings", async () => {
    // The example with every rule that finds an error turned into a warning.
    const read = readPlan({ name: "esempio", sheets: exampleGrids() });
    if (!read.ok) throw new Error(read.message);
    const rules = Object.fromEntries(validatePlan(read.plan).filter((a) => a.severity === "errore").map((a) => [a.rule, "avviso" as const]));
    const anomalies = validatePlan(read.plan, { rules });
    const warnings = anomalies.filter((a) => a.severity === "avviso").length;
    const infos = anomalies.filter((a) => a.severity === "info").length;
    renderPane(exampleWorkbook({ validation: { rules } }));
    await validate();
    expect(verdict()).toBe(`Pronto per l'OIV: nessun errore, ${warnings} avvisi${infos > 0 ? ` e ${infos} info` : ""}`);
  });

  it("speaks the verdict in English with the English display language", async () => {
    renderPane(new MemoryWorkbook(buildTemplateSheets("it").map(gridFromSheetContent)), { locale: "en-GB" });
    await validate("Validate plan", "Validation results");
    expect(verdict()).toBe("Plan without indicators: nothing to check");
  });

  it("shows one badge per severity in a group's header, and groups by rule on request", async () => {
    const { objective, rule } = exampleOrder();
    renderPane(exampleWorkbook());
    await validate();
    const firstGroup = document.querySelector<HTMLButtonElement>("button[data-group]");
    expect(firstGroup?.dataset.group).toBe(objective[0]?.key);
    fireEvent.click(screen.getByRole("button", { name: "Regola", pressed: false }));
    expect(screen.getByRole("list", { name: "Anomalie per regola" })).toBeTruthy();
    expect(document.querySelector<HTMLButtonElement>("button[data-group]")?.dataset.group).toBe(rule[0]?.key);
    fireEvent.click(screen.getByRole("button", { name: "Obiettivo", pressed: false }));
    // The example's objective 1.1 has 2 avvisi and 1 info: two badges, never «3» in the worst colour.
    const mixed = objective.find((group) => group.label === "1.1");
    expect(mixed?.counts).toEqual({ errore: 0, avviso: 2, info: 1 });
    const errors = objective.reduce((sum, group) => sum + group.counts.errore, 0);
    fireEvent.click(screen.getByRole("button", { name: `${errors} Errori`, pressed: true }));
    const header = document.querySelector<HTMLButtonElement>('button[data-group="obiettivo-1.1"]');
    const badges = [...(header?.querySelectorAll<HTMLElement>("span[style*='background']") ?? [])].map((badge) => badge.textContent);
    expect(badges).toEqual(["2 avvisi", "1 info"]);
  });

  it("closes and opens a group from its header", async () => {
    const { objective } = exampleOrder();
    renderPane(exampleWorkbook());
    await validate();
    const first = objective[0];
    if (!first) throw new Error("the example has anomalies");
    const header = () => document.querySelector<HTMLButtonElement>(`button[data-group="${first.key}"]`) as HTMLButtonElement;
    expect(header().getAttribute("aria-expanded")).toBe("true");
    const rows = Number(screen.getByTestId("anomaly-list").dataset.rows);
    fireEvent.click(header());
    expect(header().getAttribute("aria-expanded")).toBe("false");
    expect(Number(screen.getByTestId("anomaly-list").dataset.rows)).toBe(rows - first.anomalies.length);
    fireEvent.click(header());
    expect(Number(screen.getByTestId("anomaly-list").dataset.rows)).toBe(rows);
  });

  it("walks the cells with «Anomalia successiva» and «Anomalia precedente»", async () => {
    const { objective } = exampleOrder();
    const ordered = objective.flatMap((group) => group.anomalies);
    const workbook = exampleWorkbook();
    renderPane(workbook);
    await validate();
    const selection = () => `${workbook.snapshot().selection?.sheet}!${workbook.snapshot().selection?.address}`;
    fireEvent.click(screen.getByRole("button", { name: "Anomalia successiva" }));
    await waitFor(() => expect(selection()).toBe(`${ordered[0]?.sheet}!${ordered[0]?.cell}`));
    expect(screen.getByTestId("anomaly-position").textContent).toBe(`1 di ${ordered.length}`);
    fireEvent.click(screen.getByRole("button", { name: "Anomalia precedente" }));
    const last = ordered[ordered.length - 1];
    await waitFor(() => expect(selection()).toBe(`${last?.sheet}!${last?.cell}`));
    expect(screen.getByTestId("anomaly-position").textContent).toBe(`${ordered.length} di ${ordered.length}`);
    // The selected card is marked for screen readers too.
    await waitFor(() => expect(document.querySelector('button[data-address][aria-current="true"]')).not.toBeNull());
  });

  it("collapses the plan's summary after a validation, and opens it on request", async () => {
    renderPane(exampleWorkbook());
    await validate();
    const toggle = screen.getByRole("button", { name: /^Piano trovato/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText("Fogli del piano")).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("Fogli del piano")).toBeTruthy();
  });

  it("shows the preparation of the list as a step, and a cancel button that puts the pane back", async () => {
    const gate = manualPause();
    renderPane(exampleWorkbook(), { pause: gate.pause });
    fireEvent.click(await screen.findByRole("button", { name: "Valida piano" }));
    for (let turn = 0; turn < 50 && !screen.queryByText("Passo 4 di 5: preparazione dell'elenco delle anomalie", { ignore: "[role=status]" }); turn += 1) {
      await act(async () => {
        gate.release();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    }
    expect(screen.getByText("Passo 4 di 5: preparazione dell'elenco delle anomalie", { ignore: "[role=status]" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Annulla validazione" }));
    expect((screen.getByRole("button", { name: "Annullamento…" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => gate.open());
    expect(await screen.findByText(/Validazione annullata/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Piano trovato" })).toBeTruthy();
  });
});

describe("the results view on a large plan", () => {
  it("renders a bounded number of cards, keeps the list's size for screen readers, and reaches every row by keyboard", async () => {
    renderPane(largeExampleWorkbook(3000));
    await validate();
    const list = screen.getByTestId("anomaly-list");
    const rows = Number(list.dataset.rows);
    expect(rows).toBeGreaterThan(500);
    const rendered = within(list).getAllByRole("listitem");
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]?.getAttribute("aria-setsize")).toBe(String(rows));
    expect(rendered[0]?.getAttribute("aria-posinset")).toBe("1");
    const first = rendered[0]?.querySelector("button");
    if (!first) throw new Error("the first row has a button");
    first.focus();
    fireEvent.keyDown(first, { key: "ArrowDown" });
    await waitFor(() => expect(document.activeElement?.closest("[role=listitem]")?.getAttribute("aria-posinset")).toBe("2"));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "End" });
    await waitFor(() => expect(document.activeElement?.closest("[role=listitem]")?.getAttribute("aria-posinset")).toBe(String(rows)));
    expect(within(list).getAllByRole("listitem").length).toBeLessThan(40);
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Home" });
    await waitFor(() => expect(document.activeElement?.closest("[role=listitem]")?.getAttribute("aria-posinset")).toBe("1"));
  }, 60_000);

  it("filters thousands of anomalies without rendering them all", async () => {
    renderPane(largeExampleWorkbook(3000));
    await validate();
    const list = () => screen.getByTestId("anomaly-list");
    const infos = screen.getByTestId("count-info").textContent;
    const before = Number(list().dataset.rows);
    fireEvent.click(screen.getByRole("button", { name: `${infos} Info`, pressed: true }));
    expect(Number(list().dataset.rows)).toBeLessThan(before);
    expect(document.querySelectorAll('button[data-address][data-severity="info"]').length).toBe(0);
    expect(within(list()).getAllByRole("listitem").length).toBeLessThan(40);
  }, 60_000);
});
