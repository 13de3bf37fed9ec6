import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { Checkmark12Regular } from "@fluentui/react-icons";
import { HIGHLIGHT_COLORS } from "../../core/report/cellColors";
import { SEVERITY_ORDER, type Severity } from "../../core/rules/anomaly";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";
import { useI18n } from "../i18n/messages";
import { countText } from "./paneWords";

const useStyles = makeStyles({
  filter: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  toggle: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    minHeight: "28px",
    padding: `0 ${tokens.spacingHorizontalSNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    border: "1px solid",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  // Hidden severities: neutral colours and a dashed border, besides the missing tick.
  off: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderStyle("dashed"),
    fontWeight: tokens.fontWeightRegular,
  },
  mark: { display: "inline-flex", minWidth: "12px" },
});

interface SeverityFilterProps {
  counts: SeverityCounts;
  shown: Record<Severity, boolean>;
  onChange: (severity: Severity, shown: boolean) => void;
}

/**
 * The counts by severity, in the highlight colours, each a toggle that shows or hides that
 * severity in the list (a tick, «3 Errori»): the badges are the filter.
 */
export function SeverityFilter({ counts, shown, onChange }: SeverityFilterProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.filter} role="group" aria-label={t("results.filterLabel")} title={t("results.filterHint")} data-testid="severity-counts">
      {SEVERITY_ORDER.map((severity) => {
        const colors = HIGHLIGHT_COLORS[severity];
        const on = shown[severity];
        return (
          <button
            key={severity}
            type="button"
            aria-pressed={on}
            data-severity={severity}
            className={mergeClasses(styles.toggle, !on && styles.off)}
            style={on ? { backgroundColor: colors.fill, color: colors.text, borderColor: colors.accent } : { borderColor: colors.accent }}
            onClick={() => onChange(severity, !on)}
          >
            <span aria-hidden="true" className={styles.mark}>
              {on ? <Checkmark12Regular /> : null}
            </span>
            <span data-testid={`count-${severity}`}>{countText(locale, counts[severity])}</span> {t(`severities.${severity}`)}
          </button>
        );
      })}
    </div>
  );
}
