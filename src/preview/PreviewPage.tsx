import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { App } from "../taskpane/App";
import { ErrorBoundary } from "../taskpane/components/ErrorBoundary";
import { GridView } from "./GridView";
import type { MemoryWorkbook } from "../port/MemoryWorkbook";
import { fixedTheme, type OfficeThemeColors } from "../taskpane/paneTheme";

const useStyles = makeStyles({
  page: { display: "flex", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  grid: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  title: { margin: 0, padding: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  alone: { height: "100vh", overflowY: "auto", backgroundColor: tokens.colorNeutralBackground1 },
  pane: {
    flexShrink: 0,
    width: "360px",
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface PreviewPageProps {
  workbook: MemoryWorkbook;
  workbookName: string;
  locale: string;
  /** Office's theme as the fake Office reports it (`?theme=`). */
  theme?: OfficeThemeColors;
  /** The pane's width in CSS pixels (default 360). */
  paneWidth?: number;
  /** The pane alone, filling the window as Excel's task pane does (no grid). */
  paneOnly?: boolean;
}

/** The browser preview: the workbook as a read-only grid, with the task pane beside it as in Excel. */
export function PreviewPage({ workbook, workbookName, locale, theme, paneWidth, paneOnly = false }: PreviewPageProps) {
  const styles = useStyles();
  const [themeSource] = useState(() => fixedTheme(theme));
  if (paneOnly) {
    return (
      <FluentProvider theme={webLightTheme}>
        <div id="pane" className={styles.alone}>
          <App port={workbook} locale={locale} theme={themeSource} />
        </div>
      </FluentProvider>
    );
  }
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.grid}>
          <h1 className={styles.title}>{workbookName}</h1>
          <ErrorBoundary>
            <GridView workbook={workbook} />
          </ErrorBoundary>
        </div>
        {/* Not a landmark: in Excel the pane's <main> is the page's top level, as it is here. */}
        <div id="pane" className={styles.pane} style={paneWidth ? { width: `${paneWidth}px` } : undefined}>
          <App port={workbook} locale={locale} theme={themeSource} />
        </div>
      </div>
    </FluentProvider>
  );
}
