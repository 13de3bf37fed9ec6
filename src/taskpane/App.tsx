import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookPort } from "../port/workbookPort";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Pane } from "./components/Pane";
import { I18nProvider } from "./i18n/messages";
import { addinLanguage } from "../core/wording/addinLanguage";
import type { PlanSessionOptions } from "./session/planSession";
import { fluentTheme, themeKindOf, type ThemeSource } from "./paneTheme";

const useStyles = makeStyles({
  // The theme's background fills the pane, not just the height of its content.
  provider: { minHeight: "100%" },
});

export interface AppProps {
  /** The workbook: Office.js in Excel, in memory in tests and the preview. */
  port: WorkbookPort;
  /** Office's display language ("it-IT", "en-GB"...): English for the English locales the manifest overrides (addinLanguage), else Italian. */
  locale?: string;
  sessionOptions?: Omit<PlanSessionOptions, "port">;
  /** Office's theme (light unless it says dark); followed when it changes, where the host tells. */
  theme?: ThemeSource;
}

/** Office's theme as light or dark, again whenever the source says it may have changed. */
function useThemeKind(source: ThemeSource | undefined) {
  const [kind, setKind] = useState(() => themeKindOf(source?.current()));
  useEffect(() => {
    if (!source) return;
    setKind(themeKindOf(source.current()));
    return source.onChange?.(() => setKind(themeKindOf(source.current())));
  }, [source]);
  return kind;
}

/** The task pane with its theme, language and error boundary. Never touches Office itself. */
export function App({ port, locale, sessionOptions, theme }: AppProps) {
  const language = addinLanguage(locale);
  const kind = useThemeKind(theme);
  const styles = useStyles();
  return (
    <FluentProvider theme={fluentTheme(kind)} lang={language === "en" ? "en" : "it"} className={styles.provider} data-theme={kind}>
      <I18nProvider locale={language}>
        <ErrorBoundary>
          <Pane port={port} sessionOptions={sessionOptions} />
        </ErrorBoundary>
      </I18nProvider>
    </FluentProvider>
  );
}
