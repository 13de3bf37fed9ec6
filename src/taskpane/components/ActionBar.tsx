import { Button, ToggleButton, Toolbar, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { PlanSession } from "../session/planSession";
import type { SessionState } from "../session/sessionTypes";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: 0 },
});

interface ActionBarProps {
  state: SessionState;
  session: PlanSession;
  settingsOpen: boolean;
  onToggleSettings: () => void;
}

/** The pane's commands; the ones that need a validation appear once there is one. */
export function ActionBar({ state, session, settingsOpen, onToggleSettings }: ActionBarProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { view, busy } = state;
  const results = view.status === "results" ? view : null;
  const canValidate = busy === null && (view.status === "ready" || view.status === "results" || view.status === "noPlan");
  return (
    <Toolbar className={styles.bar} aria-label={t("actions.label")}>
      <Button appearance="primary" disabled={!canValidate} onClick={() => void session.validate()}>
        {busy === "validate" ? t("actions.validating") : t("actions.validate")}
      </Button>
      {results ? (
        <Button disabled={busy !== null} onClick={() => void session.toggleHighlights()}>
          {results.outcome.highlighted ? t("actions.clearHighlights") : t("actions.applyHighlights")}
        </Button>
      ) : null}
      {results ? (
        <Button disabled={busy !== null} onClick={() => void session.createSummary()}>
          {t("actions.createSummary")}
        </Button>
      ) : null}
      {results ? (
        <Button disabled={busy !== null} onClick={() => void session.writeRulesSheet()}>
          {t("actions.writeRules")}
        </Button>
      ) : null}
      <ToggleButton checked={settingsOpen} onClick={onToggleSettings} aria-expanded={settingsOpen} aria-controls="settings-panel">
        {t("actions.settings")}
      </ToggleButton>
    </Toolbar>
  );
}
