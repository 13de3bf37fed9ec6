/** @jest-environment jsdom */
import "../support/setupDom";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import type { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import { RULE_FAMILIES, RULES } from "../../../src/core/rules/ruleCatalogue";
import { ruleName } from "../../../src/core/wording/renderMessage";
import { fixedTheme } from "../../../src/taskpane/paneTheme";
import { exampleWorkbook, manualPause } from "../support/exampleWorkbook";

/** A validation's first run also loads the core's and the results' chunks on demand. */
const VALIDATION_WAIT = { timeout: 15_000 };

function renderPane(workbook: MemoryWorkbook, options: { pause?: () => Promise<void>; dark?: boolean } = {}) {
  return render(
    <App
      port={workbook}
      locale="it-IT"
      sessionOptions={options.pause ? { pause: options.pause } : {}}
      theme={options.dark === undefined ? undefined : fixedTheme({ isDarkTheme: options.dark })}
    />,
  );
}

async function validate(): Promise<void> {
  fireEvent.click(await screen.findByRole("button", { name: "Valida piano" }));
  await screen.findByRole("heading", { name: "Risultati della validazione" }, VALIDATION_WAIT);
}

async function openSettings(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: "Impostazioni" }));
  return screen.findByRole("form", { name: "Impostazioni" });
}

/** Whether Tab reaches the element by itself: focusable, and not inside a group that arrow keys move through (Fluent's tabster «mover»). */
function ownTabStop(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || element.hasAttribute("disabled")) return false;
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if ((node.getAttribute("data-tabster") ?? "").includes("mover")) return false;
  }
  return true;
}

describe("the pane's commands from the keyboard", () => {
  it("makes every command a Tab stop of its own, «Impostazioni» and «Crea riepilogo» included", async () => {
    renderPane(exampleWorkbook());
    await validate();
    const name = (button: HTMLElement) => button.getAttribute("aria-label") ?? button.textContent;
    // The bar that stays at the top: the commands used while going through the plan, and the walk.
    const commands = within(screen.getByRole("group", { name: "Azioni sul piano" })).getAllByRole("button");
    expect(commands.map(name)).toEqual(["Valida piano", "Rimuovi evidenziazioni", "Impostazioni", "Anomalia precedente", "Anomalia successiva"]);
    // The sheets written once, below it.
    const reports = within(screen.getByRole("group", { name: "Fogli dai risultati" })).getAllByRole("button");
    expect(reports.map(name)).toEqual(["Crea riepilogo", "Scrivi regole di valutazione"]);
    expect([...commands, ...reports].filter((button) => !ownTabStop(button))).toEqual([]);
    expect(screen.queryByRole("toolbar")).toBeNull();
  });

  it("keeps the focus on «Valida piano» while it validates and once the results are shown", async () => {
    const gate = manualPause();
    renderPane(exampleWorkbook(), { pause: gate.pause });
    const validateButton = await screen.findByRole("button", { name: "Valida piano" });
    act(() => validateButton.focus());
    fireEvent.click(validateButton);
    await screen.findByRole("button", { name: "Validazione…" });
    expect(document.activeElement).toBe(validateButton);
    await act(async () => gate.open());
    await screen.findByRole("heading", { name: "Risultati della validazione" }, VALIDATION_WAIT);
    expect(document.activeElement).toBe(validateButton);
    expect(validateButton.textContent).toBe("Valida piano");
  });

  it("names each anomaly in a few words (severity, cell), the words it shows, and leaves the message to its description", async () => {
    renderPane(exampleWorkbook());
    await validate();
    const anomalies = [...document.querySelectorAll<HTMLButtonElement>("button[data-address]")];
    expect(anomalies.length).toBeGreaterThan(10);
    for (const anomaly of anomalies) {
      // The name is the button's own text (no aria-label to drift from what is seen: WCAG 2.5.3).
      expect(anomaly.hasAttribute("aria-label") || anomaly.hasAttribute("aria-labelledby")).toBe(false);
      const name = anomaly.textContent ?? "";
      const description = (anomaly.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
      expect(name).toContain(anomaly.dataset.address);
      expect(name.length).toBeLessThanOrEqual(100);
      expect(description.length).toBeGreaterThan(name.length);
    }
  });

  it("closes a message with Fluent's dismiss icon, named in words, not with a «×» character", async () => {
    renderPane(exampleWorkbook());
    await validate();
    fireEvent.click(screen.getByRole("button", { name: "Crea riepilogo" }));
    const dismiss = await screen.findByRole("button", { name: "Chiudi il messaggio" });
    expect(dismiss.textContent).toBe("");
    expect(dismiss.querySelector("svg")).not.toBeNull();
    fireEvent.click(dismiss);
    expect(screen.queryByRole("button", { name: "Chiudi il messaggio" })).toBeNull();
  });

  it("shows no visible title repeating the pane's own: the heading is for screen readers", async () => {
    renderPane(exampleWorkbook());
    const title = await screen.findByRole("heading", { level: 1, name: "Piano della Performance" });
    await screen.findByRole("heading", { name: "Piano trovato" });
    expect(title.className).not.toBe("");
    expect(screen.queryByText("Controllo di pesi, target, risultati e scostamenti")).toBeNull();
  });
});

describe("the settings view", () => {
  it("replaces the results while open, puts the focus on its heading, and gives it back to «Impostazioni» on «Annulla»", async () => {
    renderPane(exampleWorkbook());
    await validate();
    await openSettings();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Impostazioni" }));
    expect(screen.queryByRole("heading", { name: "Risultati della validazione" })).toBeNull();
    expect(screen.getByRole("button", { name: "Impostazioni", pressed: true })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Annulla" }));
    expect(await screen.findByRole("heading", { name: "Risultati della validazione" })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Impostazioni" }));
  });

  it("groups the settings by what a clerk decides", async () => {
    renderPane(exampleWorkbook());
    await screen.findByRole("heading", { name: "Piano trovato" });
    const form = await openSettings();
    const groups = within(form).getAllByRole("group").map((group) => group.querySelector("legend")?.textContent);
    expect(groups).toEqual(["Tolleranza dei pesi", "Grado di raggiungimento", "Stati e scostamenti critici", "Dopo la validazione", "Controlli da eseguire"]);
  });

  it("names every check in words, family by family, never by its rule id", async () => {
    renderPane(exampleWorkbook());
    await screen.findByRole("heading", { name: "Piano trovato" });
    const form = await openSettings();
    const families = within(form).getAllByRole("button", { expanded: false });
    expect(families.map((header) => header.textContent)).toEqual(RULE_FAMILIES.map(({ rules }) => expect.stringContaining(`${rules.length} controlli`)));
    for (const header of families) fireEvent.click(header);
    for (const rule of RULES) expect(within(form).getByLabelText(ruleName(rule.id)).getAttribute("data-rule")).toBe(rule.id);
    expect(within(form).queryAllByText(/\b[a-z]+-[a-z]+(-[a-z]+)*\b/)).toEqual([]);
  });

  it.each([
    ["the tolerance", { "Differenza ammessa sulla somma dei pesi (punti percentuali)": "tanti", "Tetto al grado di raggiungimento (%)": "50" }, "Differenza ammessa sulla somma dei pesi (punti percentuali)", "Inserisci un numero tra 0 e 10."],
    ["the cap", { "Tetto al grado di raggiungimento (%)": "50", "Raggiungimento sotto il quale un indicatore è critico (%)": "200" }, "Tetto al grado di raggiungimento (%)", "Inserisci un numero tra 100 e 1000."],
    ["the date", { "Data di riferimento": "31 febbraio", "Tetto al grado di raggiungimento (%)": "x" }, "Data di riferimento", "Non è una data: scrivere ad esempio 30/6, 31/12/2024 o 2024."],
  ])("on a wrong value puts the cursor on the first wrong field (%s), with the reason beside it, and clears the previous message", async (_case, typed, first, reason) => {
    renderPane(exampleWorkbook());
    await screen.findByRole("heading", { name: "Piano trovato" });
    await openSettings();
    fireEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    expect(await screen.findByText("Impostazioni salvate nella cartella.")).toBeTruthy();
    await openSettings();
    for (const [label, text] of Object.entries(typed)) fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
    fireEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    const field = screen.getByLabelText(first);
    expect(document.activeElement).toBe(field);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    const described = (field.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
    expect(described.some((text) => text.includes(reason))).toBe(true);
    expect(screen.getByText("2 campi da correggere: il cursore è sul primo.")).toBeTruthy();
    expect(screen.queryByText("Impostazioni salvate nella cartella.")).toBeNull();
  });

  it("refuses a critical threshold above «Raggiunto», giving the «Raggiunto» typed as its limit", async () => {
    renderPane(exampleWorkbook());
    await screen.findByRole("heading", { name: "Piano trovato" });
    await openSettings();
    fireEvent.change(screen.getByLabelText("Raggiungimento dal quale un indicatore è «Raggiunto» (%)"), { target: { value: "80" } });
    fireEvent.change(screen.getByLabelText("Raggiungimento sotto il quale un indicatore è critico (%)"), { target: { value: "90" } });
    fireEvent.click(screen.getByRole("button", { name: "Salva impostazioni" }));
    const field = screen.getByLabelText("Raggiungimento sotto il quale un indicatore è critico (%)");
    expect(document.activeElement).toBe(field);
    const described = (field.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
    expect(described.some((text) => text.includes("Inserisci un numero tra 0 e 80."))).toBe(true);
    expect(screen.getByText("Un campo da correggere: il cursore è sul campo.")).toBeTruthy();
  });

  it("says in the results how many checks the settings switch off, with a way back to them", async () => {
    const workbook = exampleWorkbook({ validation: { rules: { "target-sotto-baseline": "off", "polarita-dedotta": "off" } } });
    renderPane(workbook);
    await validate();
    const note = screen.getByTestId("rules-off");
    expect(note.textContent).toContain("2 controlli disattivati nelle impostazioni.");
    // Right under the verdict, which stays the first thing the results say.
    expect(screen.getByTestId("verdict").nextElementSibling).toBe(note);
    fireEvent.click(within(note).getByRole("button", { name: "Rivedi le impostazioni" }));
    const form = await screen.findByRole("form", { name: "Impostazioni" });
    expect(within(form).getByRole("button", { name: /^Target.*1 disattivato/ })).toBeTruthy();
    expect(within(form).getByRole("button", { name: /^Risultati.*1 disattivato/ })).toBeTruthy();
  });

  it("says nothing about switched-off checks when every check runs", async () => {
    renderPane(exampleWorkbook());
    await validate();
    expect(screen.queryByTestId("rules-off")).toBeNull();
  });
});

describe("the pane's theme", () => {
  it.each([
    [undefined, "light"],
    [false, "light"],
    [true, "dark"],
  ] as const)("with Office's dark theme %s it is %s", async (dark, kind) => {
    const { container } = renderPane(exampleWorkbook(), dark === undefined ? {} : { dark });
    await screen.findByRole("heading", { name: "Piano trovato" });
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe(kind);
  });
});
