/** @jest-environment jsdom */
import "../support/setupDom";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { FIRST_SHOWN } from "../../../src/taskpane/components/AnomalyGroups";
import { largeExampleWorkbook } from "../support/exampleWorkbook";

describe("the task pane on a large plan", () => {
  it("shows the first anomalies of each group, and all of them on request", async () => {
    const workbook = largeExampleWorkbook(400);
    render(<App port={workbook} locale="it-IT" />);
    fireEvent.click(await screen.findByRole("button", { name: "Valida piano" }));
    // The first validation also loads the core's and the results' chunks on demand.
    await screen.findByRole("heading", { name: "Risultati della validazione" }, { timeout: 20_000 });
    const total = ["errore", "avviso", "info"].reduce((sum, severity) => sum + Number(screen.getByTestId(`count-${severity}`).textContent), 0);
    const shown = () => document.querySelectorAll("button[data-address]").length;
    const more = screen.getAllByRole("button", { name: /^Mostra tutte le \d+ anomalie$/ });
    expect(more.length).toBeGreaterThan(0);
    expect(shown()).toBeLessThan(total);
    const first = more[0];
    if (!first) throw new Error("a group has more anomalies than it shows");
    const groupSize = Number(/\d+/.exec(first.textContent ?? "")?.[0]);
    expect(groupSize).toBeGreaterThan(FIRST_SHOWN);
    const before = shown();
    fireEvent.click(first);
    expect(shown()).toBe(before + groupSize - FIRST_SHOWN);
  });
});
