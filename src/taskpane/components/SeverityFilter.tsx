import { ToggleButton, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITY_ORDER, type Severity } from "../../core/rules/anomaly";
import { useI18n } from "../i18n/I18nContext";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  filter: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // A visible mark for the pressed state, besides the background: colour alone is not enough.
  mark: { display: "inline-block", width: "1em" },
});

/** "3 Errori  5 Avvisi  2 Info", in the highlight colours. */
export function SeverityCountBadges({ counts }: { counts: SeverityCounts }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.counts} data-testid="severity-counts">
      {SEVERITY_ORDER.map((severity) => (
        <SeverityBadge key={severity} severity={severity}>
          <span data-testid={`count-${severity}`}>{counts[severity]}</span> {t(`severities.${severity}`)}
        </SeverityBadge>
      ))}
    </div>
  );
}

interface SeverityFilterProps {
  shown: Record<Severity, boolean>;
  onChange: (severity: Severity, shown: boolean) => void;
}

/** Toggle buttons that show or hide each severity in the list. */
export function SeverityFilter({ shown, onChange }: SeverityFilterProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.filter} role="group" aria-labelledby="severity-filter-label">
      <Text id="severity-filter-label">{t("results.filterLabel")}:</Text>
      {SEVERITY_ORDER.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          checked={shown[severity]}
          onClick={() => onChange(severity, !shown[severity])}
        >
          <span aria-hidden="true" className={styles.mark}>
            {shown[severity] ? "✓" : ""}
          </span>
          {t(`severities.${severity}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
