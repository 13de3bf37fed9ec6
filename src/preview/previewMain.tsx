/**
 * Entry of the browser preview: fetches the workbook's grids from the preview
 * server (same origin), keeps them in a MemoryWorkbook and shows the pane
 * beside a read-only grid. `?lang=en` shows the pane in English, `?theme=dark` (or white,
 * colorful, darkgray, black) in one of Office's themes, `?width=320` at another of Excel's pane
 * widths (270 to 450 px; 360 by default); `?view=pane` shows the pane alone, as wide as the window
 * (Excel's pane at the window's width, no grid re-rendering beside it: the results' e2e tests and the bench).
 */
import { createRoot } from "react-dom/client";
import type { WorkbookGrids } from "../core/plan/grid";
import { MemoryWorkbook } from "../port/MemoryWorkbook";
import { PreviewPage } from "./PreviewPage";
import { previewTheme } from "./officeThemes";

/** The pane's width in pixels from `?width=`: within Excel's widths, else the default. */
function paneWidth(parameter: string | null): number | undefined {
  const width = Number(parameter);
  return Number.isInteger(width) && width >= 270 && width <= 450 ? width : undefined;
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const response = await fetch("/api/workbook");
  if (!response.ok) {
    container.textContent = `Impossibile caricare la cartella di lavoro: ${await response.text()}`;
    return;
  }
  const grids = (await response.json()) as WorkbookGrids;
  const query = new URLSearchParams(window.location.search);
  const locale = query.get("lang") ?? "it-IT";
  const workbook = new MemoryWorkbook(grids.sheets);
  createRoot(container).render(<PreviewPage workbook={workbook} workbookName={grids.name} locale={locale} theme={previewTheme(query.get("theme"))} paneWidth={paneWidth(query.get("width"))} paneOnly={query.get("view") === "pane"} />);
}

main().catch((error: unknown) => {
  const container = document.getElementById("root");
  if (container) container.textContent = `Errore dell'anteprima: ${error instanceof Error ? error.message : String(error)}`;
});
