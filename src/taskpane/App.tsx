import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "../port/workbookPort";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Pane } from "./components/Pane";
import { I18nProvider } from "./i18n/I18nContext";
import { addinLanguage } from "../core/wording/addinLanguage";
import type { PlanSessionOptions } from "./session/planSession";

export interface AppProps {
  /** The workbook: Office.js in Excel, in memory in tests and the preview. */
  port: WorkbookPort;
  /** Office's display language ("it-IT", "en-GB"...): English for the English locales the manifest overrides (addinLanguage), else Italian. */
  locale?: string;
  sessionOptions?: Omit<PlanSessionOptions, "port">;
}

/** The task pane with its theme, language and error boundary. Never touches Office itself. */
export function App({ port, locale, sessionOptions }: AppProps) {
  const language = addinLanguage(locale);
  return (
    <FluentProvider theme={webLightTheme} lang={language === "en" ? "en" : "it"}>
      <I18nProvider locale={language}>
        <ErrorBoundary>
          <Pane port={port} sessionOptions={sessionOptions} />
        </ErrorBoundary>
      </I18nProvider>
    </FluentProvider>
  );
}
