import { Button, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import { useI18n } from "../i18n/messages";
import type { PlanSession } from "../session/planSession";
import type { SessionState } from "../session/sessionState";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, padding: 0 },
  // Where the results put «anomalia precedente / successiva» (ResultsView, through a portal), so that
  // the walk stays in reach while the list scrolls; nothing, not even a gap, without results.
  walk: { display: "flex", ":empty": { display: "none" } },
});

interface ActionBarProps {
  state: SessionState;
  session: PlanSession;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  /** The «Impostazioni» button, for focus to come back to it when the settings close. */
  settingsRef?: Ref<HTMLButtonElement>;
  /** The place in the bar for the walk through the anomalies (filled by the results). */
  walkRef?: Ref<HTMLDivElement>;
}

/**
 * The commands a clerk uses while going through the plan, in the bar that stays at the top of the
 * pane: «Valida piano», the highlights, «Impostazioni», and (with results) the walk through the
 * anomalies. A group of plain buttons, each its own Tab stop (a toolbar would reach them only with
 * the arrow keys). A busy command stays focusable while disabled, so that Enter on «Valida piano»
 * leaves the focus on the button instead of dropping it to the page. The sheets written once at
 * the end (ReportCommands) sit below the bar and scroll away with the results, so that the bar
 * stays short in a narrow pane.
 */
export function ActionBar({ state, session, settingsOpen, onToggleSettings, settingsRef, walkRef }: ActionBarProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { view, busy } = state;
  const results = view.status === "results" ? view : null;
  const canValidate = !settingsOpen && busy === null && (view.status === "ready" || view.status === "results" || view.status === "noPlan");
  return (
    <div role="group" className={styles.bar} aria-label={t("actions.label")}>
      <Button appearance="primary" disabledFocusable={!canValidate} onClick={() => void session.validate()}>
        {busy === "validate" ? t("actions.validating") : t("actions.validate")}
      </Button>
      {results && !settingsOpen ? (
        <Button disabledFocusable={busy !== null} onClick={() => void session.toggleHighlights()}>
          {results.validation.highlighted ? t("actions.clearHighlights") : t("actions.applyHighlights")}
        </Button>
      ) : null}
      <ToggleButton checked={settingsOpen} onClick={onToggleSettings} ref={settingsRef}>
        {t("actions.settings")}
      </ToggleButton>
      <div ref={walkRef} className={styles.walk} />
    </div>
  );
}

/** «Crea riepilogo» and «Scrivi regole di valutazione»: the sheets written from the results, below the sticky bar. */
export function ReportCommands({ state, session }: { state: SessionState; session: PlanSession }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { busy } = state;
  return (
    <div role="group" className={styles.bar} aria-label={t("actions.reportsLabel")}>
      <Button disabledFocusable={busy !== null} onClick={() => void session.createSummary(locale)}>
        {t("actions.createSummary")}
      </Button>
      <Button disabledFocusable={busy !== null} onClick={() => void session.writeRulesSheet()}>
        {t("actions.writeRules")}
      </Button>
    </div>
  );
}
