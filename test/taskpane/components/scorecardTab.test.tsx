/** @jest-environment jsdom */
import "../support/setupDom";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { readPlan } from "../../../src/core/plan/readPlan";
import { scorePlan } from "../../../src/core/report/scorePlan";
import { exampleGrids, exampleWorkbook } from "../support/exampleWorkbook";

/** A validation's first run also loads the core's and the results' chunks on demand. */
const VALIDATION_WAIT = { timeout: 15_000 };

async function validate(): Promise<void> {
  fireEvent.click(await screen.findByRole("button", { name: "Valida piano" }));
  await screen.findByRole("heading", { name: "Risultati della validazione" }, VALIDATION_WAIT);
}

function exampleScores() {
  const read = readPlan({ name: "esempio", sheets: exampleGrids() });
  if (!read.ok) throw new Error(read.message);
  return scorePlan(read.plan);
}

describe("the results' «Anomalie | Punteggi» tabs", () => {
  it("opens on the anomalies, and shows the scorecard on «Punteggi»", async () => {
    render(<App port={exampleWorkbook()} locale="it-IT" />);
    await validate();
    const tabs = screen.getByRole("tablist", { name: "Vista dei risultati" });
    const [anomalies, scoresTab] = within(tabs).getAllByRole("tab");
    expect(anomalies?.textContent).toBe("Anomalie");
    expect(anomalies?.getAttribute("aria-selected")).toBe("true");
    expect(screen.queryByRole("heading", { name: "Punteggi per obiettivo" })).toBeNull();

    fireEvent.click(scoresTab as HTMLElement);
    expect(scoresTab?.getAttribute("aria-selected")).toBe("true");
    const panel = screen.getByRole("tabpanel", { name: "Punteggi" });
    const scores = exampleScores();
    const objectives = within(panel).getByRole("heading", { name: "Punteggi per obiettivo" }).closest("section") as HTMLElement;
    for (const objective of scores.objectives) expect(within(objectives).getAllByText(objective.code).length).toBeGreaterThan(0);
    expect(within(objectives).getAllByText("Non valutabile").length).toBe(scores.objectives.filter((o) => o.status === "Non valutabile").length);
    expect(within(panel).getByRole("heading", { name: "Punteggi per responsabile" })).toBeTruthy();
  });

  it("makes each tab a native button, so Enter and Space select it (the arrow keys: test/e2e/scorecard.e2e.test.ts)", async () => {
    render(<App port={exampleWorkbook()} locale="it-IT" />);
    await validate();
    const tabs = within(screen.getByRole("tablist")).getAllByRole("tab");
    expect(tabs.map((tab) => tab.tagName)).toEqual(["BUTTON", "BUTTON"]);
    // Only the selected tab names its panel: the other panel is not in the page.
    expect(tabs.map((tab) => tab.getAttribute("aria-controls"))).toEqual(["results-panel-anomalies", null]);
  });

  it("speaks English with the English pane", async () => {
    render(<App port={exampleWorkbook()} locale="en-GB" />);
    fireEvent.click(await screen.findByRole("button", { name: "Validate plan" }));
    await screen.findByRole("heading", { name: "Validation results" }, VALIDATION_WAIT);
    fireEvent.click(screen.getByRole("tab", { name: "Scores" }));
    expect(screen.getByRole("heading", { name: "Scores by objective" })).toBeTruthy();
    expect(screen.getAllByText("Not evaluable").length).toBeGreaterThan(0);
  });
});
