/** @jest-environment jsdom */
import "../support/setupDom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { WorkbookError } from "../../../src/port/workbookError";
import { App } from "../../../src/taskpane/App";
import type { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import { readPlan } from "../../../src/core/plan/readPlan";
import { summarizeAnomalies } from "../../../src/core/report/summarizeAnomalies";
import { validatePlan } from "../../../src/core/rules/validatePlan";
import { exampleGrids, exampleWorkbook, manualPause, workbookWithoutPlan } from "../support/exampleWorkbook";
import { italianMarkersIn } from "../../support/italianMarkers";

function renderPane(workbook: MemoryWorkbook, options: { locale?: string; pause?: () => Promise<void> } = {}) {
  const sessionOptions = options.pause ? { pause: options.pause } : {};
  return render(<App port={workbook} locale={options.locale ?? "it-IT"} sessionOptions={sessionOptions} />);
}

/** A validation's first run also loads the core's and the results' chunks on demand: more than findBy's default second on a busy machine. */
const VALIDATION_WAIT = { timeout: 15_000 };

async function validate(): Promise<void> {
  fireEvent.click(await screen.findByRole("button", { name: "Valida piano" }));
  await screen.findByRole("heading", { name: "Risultati della validazione" }, VALIDATION_WAIT);
}

/** Visible text only: the screen-reader status line repeats what the views show. */
const VISIBLE = { ignore: "script, style, [role=status]" };

/** What the core finds in the example, independently of the pane. */
function coreCounts() {
  const read = readPlan({ name: "esempio", sheets: exampleGrids() });
  if (!read.ok) throw new Error(read.message);
  return summarizeAnomalies(validatePlan(read.plan)).counts;
}

function count(severity: string): string {
  return screen.getByTestId(`count-${severity}`).textContent ?? "";
}

describe("the task pane", () => {
  it("explains how to start when the workbook holds no plan", async () => {
    renderPane(workbookWithoutPlan());
    expect(await screen.findByRole("heading", { name: "Nessun piano trovato" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Inserisci modello" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Carica esempio" })).toBeTruthy();
    expect(screen.getByText(/Fogli presenti: Foglio1/)).toBeTruthy();
  });

  it("loads the example plan on request and then shows its summary", async () => {
    renderPane(workbookWithoutPlan());
    fireEvent.click(await screen.findByRole("button", { name: "Carica esempio" }));
    expect(await screen.findByText("Piano di esempio caricato.")).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Piano trovato" })).toBeTruthy();
  });

  it("opens on a summary of the plan found", async () => {
    renderPane(exampleWorkbook());
    const summary = (await screen.findByRole("heading", { name: "Piano trovato" })).closest("section") as HTMLElement;
    expect(within(summary).getByText("Obiettivi, Indicatori, Pesi, Revisioni")).toBeTruthy();
    expect(within(summary).getByText("43")).toBeTruthy();
    expect(within(summary).getByText("30/6 (rilevata dalle colonne compilate)")).toBeTruthy();
  });

  it("shows the validation's progress while it runs", async () => {
    const gate = manualPause();
    renderPane(exampleWorkbook(), { pause: gate.pause });
    fireEvent.click(await screen.findByRole("button", { name: "Valida piano" }));
    expect(await screen.findByText("Passo 1 di 5: lettura dei fogli", VISIBLE)).toBeTruthy();
    // Disabled but still focusable: Enter on «Valida piano» leaves the focus where it was.
    expect(screen.getByRole("button", { name: "Validazione…" }).getAttribute("aria-disabled")).toBe("true");
    await act(async () => gate.open());
    expect(await screen.findByRole("heading", { name: "Risultati della validazione" })).toBeTruthy();
  });

  it("shows counts by severity and the anomalies grouped by objective, and filters them with the counts", async () => {
    renderPane(exampleWorkbook());
    await validate();
    const expected = coreCounts();
    expect([count("errore"), count("avviso"), count("info")]).toEqual([expected.errore, expected.avviso, expected.info].map(String));
    expect(screen.getByTestId("live-status").textContent).toBe(
      `Piano non pronto: ${expected.errore} errori. Errori: ${expected.errore}, avvisi: ${expected.avviso}, info: ${expected.info}.`,
    );
    expect(screen.getAllByRole("button", { name: /^1\.1\b/ }).length).toBeGreaterThan(0);
    const total = expected.errore + expected.avviso + expected.info;
    const position = () => screen.getByTestId("anomaly-position").textContent;
    expect(position()).toBe(`${total} da vedere`);
    fireEvent.click(screen.getByRole("button", { name: `${expected.info} Info`, pressed: true }));
    expect(position()).toBe(`${total - expected.info} da vedere`);
    expect(document.querySelectorAll('button[data-address][data-severity="info"]').length).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: `${expected.errore} Errori`, pressed: true }));
    fireEvent.click(screen.getByRole("button", { name: `${expected.avviso} Avvisi`, pressed: true }));
    expect(document.querySelectorAll("button[data-address]").length).toBe(0);
    expect(screen.getByText("Nessuna anomalia con i filtri scelti.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: `${expected.info} Info`, pressed: false }));
    expect(position()).toBe(`${expected.info} da vedere`);
  });

  it("selects an anomaly's cell in the workbook on click (each anomaly is a native button, so Enter works too)", async () => {
    const workbook = exampleWorkbook();
    renderPane(workbook);
    await validate();
    const items = [...document.querySelectorAll<HTMLButtonElement>("button[data-address]")];
    const [first, second] = items;
    if (!first || !second) throw new Error("the example has anomalies");
    fireEvent.click(first);
    await waitFor(() => expect(workbook.snapshot().selection).not.toBeNull());
    const selection = workbook.snapshot().selection;
    expect(`${selection?.sheet}!${selection?.address}`).toBe(first.dataset.address);
    expect(first.getAttribute("aria-current")).toBe("true");
    expect(second.tagName).toBe("BUTTON");
    fireEvent.click(second);
    await waitFor(() => expect(`${workbook.snapshot().selection?.sheet}!${workbook.snapshot().selection?.address}`).toBe(second.dataset.address));
  });

  it("removes the highlights with one button", async () => {
    const workbook = exampleWorkbook();
    renderPane(workbook);
    await validate();
    expect(workbook.snapshot().highlights.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Rimuovi evidenziazioni" }));
    expect(await screen.findByRole("button", { name: "Evidenzia celle" })).toBeTruthy();
    expect(workbook.snapshot().highlights).toEqual([]);
  });

  it("turns a failure of Excel into a readable message with a retry", async () => {
    const workbook = exampleWorkbook();
    jest.spyOn(workbook, "readSheets").mockRejectedValueOnce(new WorkbookError("excelBusy", "Excel è occupato."));
    renderPane(workbook);
    expect(await screen.findByText("Non è stato possibile leggere i fogli della cartella.", VISIBLE)).toBeTruthy();
    expect(screen.getByText(/premi Invio o Esc e riprova/)).toBeTruthy();
    expect(screen.getByText("Dettaglio: Excel è occupato.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Riprova" }));
    expect(await screen.findByRole("heading", { name: "Piano trovato" })).toBeTruthy();
  });

  it("saves changed settings through the port", async () => {
    const workbook = exampleWorkbook();
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Piano trovato" });
    fireEvent.click(screen.getByRole("button", { name: "Impostazioni" }));
    const cap = await screen.findByLabelText("Tetto al grado di raggiungimento (%)");
    fireEvent.change(cap, { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    expect(await screen.findByText("Inserisci un numero tra 100 e 1000.")).toBeTruthy();
    fireEvent.change(cap, { target: { value: "120" } });
    const date = screen.getByLabelText("Data di riferimento");
    fireEvent.change(date, { target: { value: "31 febbraio" } });
    fireEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    expect(await screen.findByText("Non è una data: scrivere ad esempio 30/6, 31/12/2024 o 2024.")).toBeTruthy();
    fireEvent.change(date, { target: { value: "31/12" } });
    fireEvent.click(screen.getByRole("button", { name: /^Target/ }));
    fireEvent.change(screen.getByLabelText("Target meno ambizioso della baseline"), { target: { value: "off" } });
    fireEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    expect(await screen.findByText("Impostazioni salvate nella cartella.")).toBeTruthy();
    expect(workbook.snapshot().settings).toMatchObject({
      reportingDate: "31/12",
      validation: { achievement: { cap: 1.2 }, rules: { "target-sotto-baseline": "off" } },
    });
    expect(await screen.findByText("31/12 (scelta nelle impostazioni)")).toBeTruthy();
  });

  it("keeps the settings form open, and says why, when the settings cannot be saved", async () => {
    const workbook = exampleWorkbook();
    jest.spyOn(workbook, "saveSettings").mockRejectedValue(new WorkbookError("settings", "Documento in sola lettura."));
    renderPane(workbook);
    await screen.findByRole("heading", { name: "Piano trovato" });
    fireEvent.click(screen.getByRole("button", { name: "Impostazioni" }));
    fireEvent.click(await screen.findByRole("button", { name: "Salva impostazioni" }));
    expect(await screen.findByText("Non è stato possibile salvare le impostazioni.", VISIBLE)).toBeTruthy();
    expect(screen.getByText("Dettaglio: Documento in sola lettura.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Salva impostazioni" })).toBeTruthy();
  });

  it("inserts the empty template when asked, from the no-plan screen", async () => {
    const workbook = workbookWithoutPlan();
    renderPane(workbook);
    fireEvent.click(await screen.findByRole("button", { name: "Inserisci modello" }));
    expect(await screen.findByText("Modello inserito: compila i fogli e premi «Valida piano».")).toBeTruthy();
    expect(workbook.snapshot().writtenSheets.length).toBeGreaterThan(0);
  });

  it("speaks English when Office's display language is English", async () => {
    renderPane(exampleWorkbook(), { locale: "en-GB" });
    fireEvent.click(await screen.findByRole("button", { name: "Validate plan" }));
    expect(await screen.findByRole("heading", { name: "Validation results" }, VALIDATION_WAIT)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Remove highlights" })).toBeTruthy();
  });

  it("shows the anomalies' messages and suggestions in English with the English display language", async () => {
    renderPane(exampleWorkbook(), { locale: "en-GB" });
    fireEvent.click(await screen.findByRole("button", { name: "Validate plan" }));
    await screen.findByRole("heading", { name: "Validation results" }, VALIDATION_WAIT);
    expect(screen.getAllByText(/^Objective AS-STRAT \(“.*”\) has no indicators: its achievement cannot be measured\.$/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Add at least one indicator with this objective code in the indicators sheet/).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/non ha indicatori: il suo grado di raggiungimento/)).toEqual([]);
  });

  it("shows every anomaly card in English, with the rule's plain name and how it is calculated, and no Italian word of ours", async () => {
    renderPane(exampleWorkbook(), { locale: "en-GB" });
    fireEvent.click(await screen.findByRole("button", { name: "Validate plan" }));
    await screen.findByRole("heading", { name: "Validation results" }, VALIDATION_WAIT);
    expect(screen.getAllByText("Achievement below the critical threshold").length).toBeGreaterThan(0);
    expect(screen.getAllByText("How it is calculated").length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Deviation 606 - 10,000 = -9,394 \(increasing: result - target\)/).length).toBeGreaterThan(0);
    const cards = [...document.querySelectorAll("button[data-address], details")].map((element) => element.textContent ?? "");
    expect(cards.length).toBeGreaterThan(0);
    // Cell texts are quoted; the labels an ambiguous result's figures carry are the plan's words too.
    expect(italianMarkersIn(cards.join("\n"), ["delle agenzie", "nuovi intermediari"])).toEqual([]);
  });

  it("shows how it is calculated under the card in Italian, and the rule by its plain name", async () => {
    renderPane(exampleWorkbook());
    await validate();
    expect(screen.getAllByText("Come è calcolato").length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Scostamento 606 - 10\.000 = -9\.394/).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/Regola: /)).toEqual([]);
  });

  it("shows a cell's text as text, never as HTML", async () => {
    const workbook = exampleWorkbook();
    const grids = workbook.snapshot().grids;
    const objectives = grids.find((grid) => grid.sheet === "Obiettivi");
    const row = objectives?.values.find((cells) => cells[0] === "1.1");
    if (!row) throw new Error("the example has objective 1.1");
    row[2] = "<img src=x onerror=alert(1)>";
    const { MemoryWorkbook } = await import("../../../src/port/MemoryWorkbook");
    const hostile = new MemoryWorkbook(grids);
    renderPane(hostile);
    await validate();
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getAllByText(/<img src=x onerror=alert\(1\)>/).length).toBeGreaterThan(0);
  });
});
