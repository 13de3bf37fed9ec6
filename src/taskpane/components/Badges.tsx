/**
 * The pane's badges: a severity (errore, avviso, info) in the highlights' colours, and a status of
 * the scoring profile in Fluent's theme-aware status colours; one shape for both, and always the
 * words written out.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, DismissCircle16Filled, QuestionCircle16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { Status } from "../../core/calc/calcTypes";
import { HIGHLIGHT_COLORS, statusLabel } from "../../core/report/cellColors";
import type { Severity } from "../../core/rules/anomaly";
import { useI18n } from "../i18n/messages";

/** The shape every badge of the pane shares (severities, statuses): a small bordered label that does not wrap. */
const BADGE_SHAPE = {
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
 * from cellColors), always with its name written out: colour is never
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

// ---- Statuses ----
/*
 * The colours of the scoring profile's statuses in the pane, as Fluent palette tokens: they follow
 * Office's theme (light and dark), and the text on each background keeps an AA contrast in both
 * (Fluent's status tokens: Background2 with Foreground2; the neutral pair for «Non valutabile»;
 * checked by axe in test/e2e/accessibility.e2e.test.ts). The same four statuses as the Riepilogo's
 * fills (src/core/report/cellColors.ts), the same hues: green, amber, red, grey. Every view that
 * shows a status takes its colours from here, and always writes the status's words too.
 */

interface StatusTokens {
  background: string;
  foreground: string;
  border: string;
}

const STATUS_TOKENS: Readonly<Record<Status, StatusTokens>> = {
  Raggiunto: {
    background: tokens.colorStatusSuccessBackground2,
    foreground: tokens.colorStatusSuccessForeground2,
    border: tokens.colorStatusSuccessBorder2,
  },
  "Parzialmente raggiunto": {
    background: tokens.colorStatusWarningBackground2,
    foreground: tokens.colorStatusWarningForeground2,
    border: tokens.colorStatusWarningBorder2,
  },
  "Non raggiunto": {
    background: tokens.colorStatusDangerBackground2,
    foreground: tokens.colorStatusDangerForeground2,
    border: tokens.colorStatusDangerBorder2,
  },
  "Non valutabile": {
    background: tokens.colorNeutralBackground3,
    foreground: tokens.colorNeutralForeground2,
    border: tokens.colorNeutralStroke1,
  },
};

const ICONS = {
  Raggiunto: CheckmarkCircle16Filled,
  "Parzialmente raggiunto": Warning16Filled,
  "Non raggiunto": DismissCircle16Filled,
  "Non valutabile": QuestionCircle16Regular,
} as const;

/** A status of the scoring profile: its words (the core's, as PERF.STATO says them), an icon, and its colours. */
export function StatusBadge({ status }: { status: Status }) {
  const styles = useStyles();
  const { locale } = useI18n();
  const colors = STATUS_TOKENS[status];
  const Icon = ICONS[status];
  return (
    <span className={styles.badge} style={{ backgroundColor: colors.background, color: colors.foreground, borderColor: colors.border }}>
      <Icon aria-hidden="true" />
      {statusLabel(status, locale)}
    </span>
  );
}
