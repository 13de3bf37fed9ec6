/** @jest-environment jsdom */
import "../support/setupDom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { readPlan } from "../../../src/core/plan/readPlan";
import { scorePlan, type PlanScores } from "../../../src/core/report/scorePlan";
import { I18nProvider } from "../../../src/taskpane/i18n/messages";
import { FIRST_ROWS, ScorecardView } from "../../../src/taskpane/components/ScorecardView";
import type { Locale } from "../../../src/core/wording/addinLanguage";
import { exampleGrids } from "../support/exampleWorkbook";

function exampleScores(): PlanScores {
  const read = readPlan({ name: "esempio", sheets: exampleGrids() });
  if (!read.ok) throw new Error(read.message);
  return scorePlan(read.plan);
}

function renderScorecard(scores: PlanScores, locale: Locale = "it") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <ScorecardView scores={scores} />
      </I18nProvider>
    </FluentProvider>,
  );
}

/** The rows of a list, by its heading. */
function rowsOf(heading: string): HTMLElement[] {
  const list = screen.getAllByRole("list", { name: heading }).find((element) => element.tagName === "UL" && element.getAttribute("aria-labelledby"));
  return within(list as HTMLElement).getAllByRole("listitem");
}

const manyObjectives = (count: number): PlanScores => ({
  period: "30/6",
  indicators: [],
  areas: [],
  managers: [],
  objectives: Array.from({ length: count }, (_, index) => ({
    code: `O${index + 1}`,
    kind: "operational" as const,
    title: `Obiettivo numero ${index + 1}`,
    score: index % 2 === 0 ? 1 : null,
    status: index % 2 === 0 ? ("Raggiunto" as const) : ("Non valutabile" as const),
    evaluated: 1,
    excluded: [],
    explanation: "",
  })),
});

describe("the scorecard in the pane", () => {
  const scores = exampleScores();

  it("lists each objective with its score and its status in words", () => {
    renderScorecard(scores);
    const rows = rowsOf("Punteggi per obiettivo");
    expect(rows).toHaveLength(scores.objectives.length);
    scores.objectives.forEach((objective, index) => {
      const text = rows[index]?.textContent ?? "";
      expect(text).toContain(objective.code);
      expect(text).toContain(objective.status);
    });
    const scored = scores.objectives.findIndex((objective) => objective.score !== null && objective.score < 1);
    expect(rows[scored]?.textContent).toMatch(/\d+,\d+%/);
  });

  it("lists each manager with the status of their score", () => {
    renderScorecard(scores);
    const rows = rowsOf("Punteggi per responsabile");
    expect(rows.map((row) => row.textContent)).toEqual(scores.managers.map((manager) => expect.stringContaining(manager.status)));
    expect(rows.map((row) => row.textContent)).toEqual(scores.managers.map((manager) => expect.stringContaining(manager.name)));
  });

  it("counts the objectives of each status", () => {
    renderScorecard(scores);
    const section = screen.getByRole("heading", { name: "Punteggi per obiettivo" }).closest("section") as HTMLElement;
    const counts = within(section).getByRole("list", { name: "Quanti per stato" });
    const notEvaluable = scores.objectives.filter((objective) => objective.status === "Non valutabile").length;
    expect(notEvaluable).toBeGreaterThan(0);
    expect(within(counts).getByText(`Non valutabile: ${notEvaluable}`)).toBeTruthy();
  });

  it("says the statuses in English with the English pane", () => {
    renderScorecard(scores, "en");
    const rows = rowsOf("Scores by objective");
    const words = rows.map((row) => row.textContent ?? "").join(" ");
    expect(words).toContain("Not evaluable");
    expect(words).not.toContain("Non valutabile");
    expect(words).toMatch(/\d+\.\d+%/);
  });

  it(`shows the first ${FIRST_ROWS} rows of a long plan, then all of them on request`, () => {
    renderScorecard(manyObjectives(300));
    expect(rowsOf("Punteggi per obiettivo")).toHaveLength(FIRST_ROWS);
    const more = screen.getByRole("button", { name: "Mostra tutte le 300 righe" });
    more.focus();
    expect(document.activeElement).toBe(more);
    fireEvent.click(more);
    expect(rowsOf("Punteggi per obiettivo")).toHaveLength(300);
    expect(screen.getByText("Raggiunto: 150")).toBeTruthy();
  });

  it("says when the plan has no managers to score", () => {
    renderScorecard(manyObjectives(2));
    expect(screen.getByText(/Nessun responsabile con pesi/)).toBeTruthy();
  });
});
