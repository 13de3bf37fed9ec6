import { Button, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import { useI18n } from "../i18n/messages";
import type { PlanSession } from "../session/planSession";
import type { SessionState } from "../session/sessionState";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: 0 },
});

interface ActionBarProps {
  state: SessionState;
  session: PlanSession;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  /** The «Impostazioni» button, for focus to come back to it when the settings close. */
  settingsRef?: Ref<HTMLButtonElement>;
}

/**
 * The pane's commands; the ones that need a validation appear once there is one. A group of
 * plain buttons, each its own Tab stop (a toolbar would reach them only with the arrow keys).
 * A busy command stays focusable while disabled, so that Enter on «Valida piano» leaves the
 * focus on the button instead of dropping it to the page.
 */
export function ActionBar({ state, session, settingsOpen, onToggleSettings, settingsRef }: ActionBarProps) {
  const { t, locale } = useI18n();
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
      {results && !settingsOpen ? (
        <Button disabledFocusable={busy !== null} onClick={() => void session.createSummary(locale)}>
          {t("actions.createSummary")}
        </Button>
      ) : null}
      {results && !settingsOpen ? (
        <Button disabledFocusable={busy !== null} onClick={() => void session.writeRulesSheet()}>
          {t("actions.writeRules")}
        </Button>
      ) : null}
      <ToggleButton checked={settingsOpen} onClick={onToggleSettings} ref={settingsRef}>
        {t("actions.settings")}
      </ToggleButton>
    </div>
  );
}
