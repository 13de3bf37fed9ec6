import { Button, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { WorkbookPort } from "../../port/workbookPort";
import { useI18n } from "../i18n/messages";
import { PlanSession, type PlanSessionOptions } from "../session/planSession";
import type { SessionState } from "../session/sessionState";
import { ActionBar, ReportCommands } from "./ActionBar";
import { LiveStatus, SCREEN_READER_ONLY } from "./LiveStatus";
import { NoPlanGuide } from "./NoPlanGuide";
import { PlanSummary } from "./PlanSummary";
import { FailureMessage, NoticeBar } from "./FailureMessage";
import { LazyResultsView, LazyValidationProgress, preloadValidationViews } from "./lazyViews";
import { switchedOffRules, type PaneSettings } from "../settings/paneSettings";
import { scrollContainerOf, useStickyClearance } from "./stickyClearance";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
  },
  // Office's title bar already names the pane (Microsoft's branding guidance: no title repeating
  // it): the heading is there for screen readers only.
  title: SCREEN_READER_ONLY,
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

/** The view while the settings are open: none of the session's views. */
const SETTINGS_VIEW = { status: "settings" } as const;

// Loaded when first opened: the form's controls are not needed to validate.
const SettingsPanel = lazy(() => import("./SettingsPanel").then((module) => ({ default: module.SettingsPanel })));

export interface PaneProps {
  port: WorkbookPort;
  sessionOptions?: Omit<PlanSessionOptions, "port">;
}

/**
 * The pane's session for a port: created once, started on mount (reads the
 * settings and the plan), disposed on unmount; re-renders on every state change.
 */
function usePlanSession(port: WorkbookPort, options: Omit<PlanSessionOptions, "port"> = {}): [SessionState, PlanSession] {
  const [session] = useState(() => new PlanSession({ ...options, port }));
  useEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  const state = useSyncExternalStore(session.store.subscribe, session.store.getState, session.store.getState);
  return [state, session];
}

/** The task pane: commands, messages, and one view for the session's state. */
export function Pane({ port, sessionOptions }: PaneProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [state, session] = usePlanSession(port, sessionOptions);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const commands = useRef<HTMLDivElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  // The bar's place for the walk through the anomalies, which the results fill (a portal).
  const [walkSlot, setWalkSlot] = useState<HTMLDivElement | null>(null);
  useStickyClearance(commands, "top");
  // Back from the settings: the view starts again from its top, the focus on «Impostazioni».
  const closeSettings = () => {
    setSettingsOpen(false);
    if (commands.current) scrollContainerOf(commands.current).scrollTo?.({ top: 0 });
    settingsButton.current?.focus();
  };
  const { busy } = state;
  // The settings are a view of their own: while open, the session's view is not shown.
  const view = settingsOpen ? SETTINGS_VIEW : state.view;
  const started = state.view.status !== "starting";
  useEffect(() => {
    if (started) preloadValidationViews();
  }, [started]);
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t("app.title")}</h1>
      <div className={styles.commands} ref={commands}>
        <ActionBar
          state={state}
          session={session}
          settingsOpen={settingsOpen}
          onToggleSettings={() => (settingsOpen ? closeSettings() : setSettingsOpen(true))}
          settingsRef={settingsButton}
          walkRef={setWalkSlot}
        />
        <LiveStatus state={state} />
        {state.notice ? <NoticeBar notice={state.notice} onDismiss={() => session.dismissNotice()} /> : null}
      </div>
      {view.status === "results" ? <ReportCommands state={state} session={session} /> : null}
      {settingsOpen ? (
        <Suspense fallback={<Spinner size="tiny" />}>
          <SettingsPanel
            settings={state.settings}
            busy={busy !== null}
            onAttempt={() => session.dismissNotice()}
            onSave={(settings) =>
              void session.saveSettings(settings).then(() => {
                // The form stays open, with what the user typed, when the settings could not be saved.
                if (session.state.notice?.intent !== "error") closeSettings();
              })
            }
            onCancel={closeSettings}
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
              validation={view.validation}
              overview={view.overview}
              filter={state.filter}
              grouping={state.grouping}
              selected={state.selected}
              onFilter={(severity, shown) => session.setFilter(severity, shown)}
              onGrouping={(grouping) => session.setGrouping(grouping)}
              onSelect={(anomaly) => void session.selectAnomaly(anomaly)}
              onStep={(direction) => void session.stepAnomaly(direction)}
              walkSlot={walkSlot}
              note={<SwitchedOffRulesNote settings={state.settings} onOpenSettings={() => setSettingsOpen(true)} />}
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

/** «2 controlli disattivati nelle impostazioni», with the way back to them: the results never hide that checks were skipped. */
function SwitchedOffRulesNote({ settings, onOpenSettings }: { settings: PaneSettings; onOpenSettings: () => void }) {
  const { t } = useI18n();
  const count = switchedOffRules(settings).length;
  if (count === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="rules-off">
      <MessageBarBody>
        {count === 1 ? t("shell.rulesOff.one") : t("shell.rulesOff.many", { count })}{" "}
        <Link as="button" onClick={onOpenSettings}>
          {t("shell.reviewSettings")}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
