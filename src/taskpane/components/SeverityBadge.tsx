import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { HIGHLIGHT_COLORS } from "../../core/report/highlightColors";
import type { Severity } from "../../core/rules/anomaly";

/** The shape every badge of the pane shares (severities, statuses): a small bordered label that does not wrap. */
export const BADGE_SHAPE = {
  display: "inline-flex",
  alignItems: "center",
  gap: tokens.spacingHorizontalXS,
  padding: `0 ${tokens.spacingHorizontalS}`,
  borderRadius: tokens.borderRadiusMedium,
  border: "1px solid",
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  fontWeight: tokens.fontWeightSemibold,
  whiteSpace: "nowrap",
} as const;

const useStyles = makeStyles({ badge: BADGE_SHAPE });

/**
 * A severity in the same colours as the highlighted cells (fill and accent
 * from highlightColors), always with its name written out: colour is never
 * the only carrier of meaning.
 */
export function SeverityBadge({ severity, children, className }: { severity: Severity; children: ReactNode; className?: string }) {
  const styles = useStyles();
  const colors = HIGHLIGHT_COLORS[severity];
  return (
    <span
      className={mergeClasses(styles.badge, className)}
      style={{ backgroundColor: colors.fill, color: colors.text, borderColor: colors.accent }}
    >
      {children}
    </span>
  );
}
