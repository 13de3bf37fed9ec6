import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { ErrorBoundary } from "../taskpane/components/ErrorBoundary";
import { GridView } from "./GridView";
import type { MemoryWorkbook } from "../port/MemoryWorkbook";

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
  /** The pane alone, filling the window as Excel's task pane does (no grid). */
  paneOnly?: boolean;
}

/** The browser preview: the workbook as a read-only grid, with the task pane beside it as in Excel. */
export function PreviewPage({ workbook, workbookName, locale, paneOnly = false }: PreviewPageProps) {
  const styles = useStyles();
  if (paneOnly) {
    return (
      <FluentProvider theme={webLightTheme}>
        <div className={styles.alone} aria-label="Riquadro attività">
          <App port={workbook} locale={locale} />
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
        <aside className={styles.pane} aria-label="Riquadro attività">
          <App port={workbook} locale={locale} />
        </aside>
      </div>
    </FluentProvider>
  );
}
