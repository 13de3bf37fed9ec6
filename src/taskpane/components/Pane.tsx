import { Button, Caption1, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import type { WorkbookPort } from "../../port/workbookPort";
import { useI18n } from "../i18n/I18nContext";
import type { PlanSessionOptions } from "../session/planSession";
import { usePlanSession } from "../session/usePlanSession";
import { ActionBar } from "./ActionBar";
import { LiveStatus } from "./LiveStatus";
import { NoPlanGuide } from "./NoPlanGuide";
import { PlanSummary } from "./PlanSummary";
import { FailureMessage, NoticeBar } from "./FailureMessage";
import { LazyResultsView, LazyValidationProgress, preloadValidationViews } from "./lazyViews";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground2 },
  // The commands and messages stay in view while the list of anomalies scrolls.
  commands: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  footer: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

// Loaded when first opened: the form's controls are not needed to validate.
const SettingsPanel = lazy(() => import("./SettingsPanel").then((module) => ({ default: module.SettingsPanel })));

export interface PaneProps {
  port: WorkbookPort;
  sessionOptions?: Omit<PlanSessionOptions, "port">;
}

/** The task pane: commands, messages, and one view for the session's state. */
export function Pane({ port, sessionOptions }: PaneProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [state, session] = usePlanSession(port, sessionOptions);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { view, busy } = state;
  const started = view.status !== "starting";
  useEffect(() => {
    if (started) preloadValidationViews();
  }, [started]);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Caption1 className={styles.subtitle}>{t("app.subtitle")}</Caption1>
      </header>
      <div className={styles.commands}>
        <ActionBar state={state} session={session} settingsOpen={settingsOpen} onToggleSettings={() => setSettingsOpen(!settingsOpen)} />
        <LiveStatus state={state} />
        {state.notice ? <NoticeBar notice={state.notice} onDismiss={() => session.dismissNotice()} /> : null}
      </div>
      {settingsOpen ? (
        <Suspense fallback={<Spinner size="tiny" />}>
          <SettingsPanel
            settings={state.settings}
            busy={busy !== null}
            onSave={(settings) =>
              void session.saveSettings(settings).then(() => {
                // The form stays open, with what the user typed, when the settings could not be saved.
                if (session.state.notice?.intent !== "error") setSettingsOpen(false);
              })
            }
            onCancel={() => setSettingsOpen(false)}
          />
        </Suspense>
      ) : null}
      {view.status === "starting" ? <Spinner size="small" label={t("app.starting")} /> : null}
      {view.status === "error" ? (
        <FailureMessage failure={view.failure} action={<Button onClick={() => void session.start()}>{t("actions.retry")}</Button>} />
      ) : null}
      {view.status === "noPlan" ? (
        <NoPlanGuide
          sheets={view.sheets}
          reason={view.reason}
          busy={busy !== null}
          onInsertTemplate={() => void session.insertTemplate()}
          onLoadExample={() => void session.loadExample()}
        />
      ) : null}
      {view.status === "ready" ? <PlanSummary overview={view.overview} showHint /> : null}
      {view.status === "validating" ? (
        <Suspense fallback={<Spinner size="small" />}>
          <LazyValidationProgress.Component
            phase={view.phase}
            step={view.step}
            steps={view.steps}
            cancelling={view.cancelling === true}
            onCancel={() => session.cancelValidation()}
          />
        </Suspense>
      ) : null}
      {view.status === "results" ? (
        <>
          <PlanSummary overview={view.overview} showHint={false} collapsible />
          <Suspense fallback={<Spinner size="small" />}>
            <LazyResultsView.Component
              outcome={view.outcome}
              overview={view.overview}
              filter={state.filter}
              grouping={state.grouping}
              selected={state.selected}
              onFilter={(severity, shown) => session.setFilter(severity, shown)}
              onGrouping={(grouping) => session.setGrouping(grouping)}
              onSelect={(anomaly) => void session.selectAnomaly(anomaly)}
              onStep={(direction) => void session.stepAnomaly(direction)}
            />
          </Suspense>
        </>
      ) : null}
      {view.status === "ready" || view.status === "results" ? (
        <footer className={styles.footer}>
          <Button size="small" appearance="subtle" disabled={busy !== null} onClick={() => void session.insertTemplate()}>
            {t("actions.insertTemplate")}
          </Button>
          <Button size="small" appearance="subtle" disabled={busy !== null} onClick={() => void session.loadExample()}>
            {t("actions.loadExample")}
          </Button>
        </footer>
      ) : null}
    </main>
  );
}
