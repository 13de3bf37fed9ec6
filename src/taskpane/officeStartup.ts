/**
 * Starting the pane when Office is ready, and saying so when it never is. If a script office.js
 * needs is blocked (a host missing from the Content-Security-Policy, a proxy, the CDN out of
 * reach), `Office.onReady` never resolves and the pane would stay blank. After `lateAfterMs`
 * without an answer the page shows, in Italian (then English, since the display language is not
 * known yet), what is happening and what to do; if Office answers later the pane starts anyway.
 * Plain DOM, no React: it must show even when nothing else does.
 */

import type { OfficeThemeColors, ThemeSource } from "./paneTheme";
import type { PaneVisibility } from "./session/sharedRuntime";

export const OFFICE_LATE_AFTER_MS = 8_000;

export const OFFICE_LATE_MESSAGE_IT =
  "Excel non risponde: il componente aggiuntivo non riesce a caricare office.js. Controlla la connessione a Internet (o il proxy dell'ente), poi chiudi e riapri il riquadro.";
const OFFICE_LATE_MESSAGE_EN =
  "Excel is not answering: the add-in cannot load office.js. Check the Internet connection (or your organisation's proxy), then close and reopen the pane.";

export interface OfficeStartup {
  /** Office.onReady, or undefined when office.js did not load at all. */
  onReady: (() => Promise<unknown>) | undefined;
  /** Office's display language once ready. */
  displayLanguage: () => string | undefined;
  mount: (displayLanguage: string | undefined) => void;
  container: HTMLElement | null;
  lateAfterMs?: number;
}

function showLate(container: HTMLElement): HTMLElement {
  const note = container.ownerDocument.createElement("div");
  note.setAttribute("role", "alert");
  note.setAttribute("data-office-late", "");
  for (const text of [OFFICE_LATE_MESSAGE_IT, OFFICE_LATE_MESSAGE_EN]) {
    const paragraph = container.ownerDocument.createElement("p");
    paragraph.textContent = text;
    note.appendChild(paragraph);
  }
  container.appendChild(note);
  return note;
}

/** Mounts the pane when Office is ready; shows the «Excel non risponde» note if it is late. */
export function startWhenOfficeReady(startup: OfficeStartup, fallbackLanguage: string | undefined): void {
  if (!startup.onReady) {
    startup.mount(fallbackLanguage);
    return;
  }
  let ready = false;
  let note: HTMLElement | null = null;
  const timer = setTimeout(() => {
    if (!ready && startup.container) note = showLate(startup.container);
  }, startup.lateAfterMs ?? OFFICE_LATE_AFTER_MS);
  void startup.onReady().then(() => {
    ready = true;
    clearTimeout(timer);
    note?.remove();
    startup.mount(startup.displayLanguage());
  });
}

/**
 * Office's theme, read from `Office.context.officeTheme` now and again each time the pane is
 * shown (Excel has no theme-changed event: see paneTheme.ts). Nothing when Office gives no theme.
 */
export function officeThemeSource(read: () => OfficeThemeColors | undefined, visibility: PaneVisibility): ThemeSource {
  return {
    current: () => {
      try {
        return read();
      } catch {
        return undefined;
      }
    },
    onChange: (listener) =>
      visibility.onChange((visible) => {
        if (visible) listener();
      }),
  };
}
