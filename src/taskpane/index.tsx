/**
 * Entry of the task pane: once Office is ready, mounts the pane in #root of
 * taskpane.html over the Office.js workbook, in Office's display language and theme.
 * The page also loads the functions bundle (shared runtime).
 */
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./App";
import { officeVisibility } from "./session/sharedRuntime";
import { officeRibbonCommands } from "./session/sharedRuntime";
import { officeThemeSource, startWhenOfficeReady } from "./officeStartup";

function mount(locale: string | undefined): void {
  const container = document.getElementById("root");
  if (!container) return;
  // Shared runtime: the page may be loaded with the workbook, pane hidden; the session waits to be shown.
  const commands = officeRibbonCommands();
  const visibility = officeVisibility();
  const theme = officeThemeSource(() => Office.context?.officeTheme, visibility);
  createRoot(container).render(
    <App port={new OfficeWorkbook()} locale={locale} theme={theme} sessionOptions={{ visibility, ...(commands ? { commands } : {}) }} />,
  );
}

// office.js did not load (opened outside Excel, or the CDN is unreachable): the pane still
// starts, and the port's "officeUnavailable" failure explains the situation in words. Loaded
// but silent (a script it needs was blocked): after a few seconds a note says so in Italian.
startWhenOfficeReady(
  {
    onReady: typeof Office === "undefined" ? undefined : () => Office.onReady(),
    displayLanguage: () => Office.context?.displayLanguage,
    mount,
    container: document.getElementById("root"),
  },
  navigator.language,
);
