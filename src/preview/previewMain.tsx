/**
 * Entry of the browser preview: fetches the workbook's grids from the preview
 * server (same origin), keeps them in a MemoryWorkbook and shows the pane
 * beside a read-only grid. `?lang=en` shows the pane in English; `?view=pane` shows the pane alone,
 * as wide as the window (Excel's pane at a given width, for the e2e tests and the bench).
 */
import { createRoot } from "react-dom/client";
import type { WorkbookGrids } from "../core/plan/grid";
import { MemoryWorkbook } from "../port/MemoryWorkbook";
import { PreviewPage } from "./PreviewPage";

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
  const paneOnly = query.get("view") === "pane";
  const workbook = new MemoryWorkbook(grids.sheets);
  createRoot(container).render(<PreviewPage workbook={workbook} workbookName={grids.name} locale={locale} paneOnly={paneOnly} />);
}

main().catch((error: unknown) => {
  const container = document.getElementById("root");
  if (container) container.textContent = `Errore dell'anteprima: ${error instanceof Error ? error.message : String(error)}`;
});
