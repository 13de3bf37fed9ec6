import { makeStyles } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, DismissCircle16Filled, QuestionCircle16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { Status } from "../../core/calc/calcTypes";
import { statusLabel } from "../../core/report/statusColors";
import { useI18n } from "../i18n/I18nContext";
import { STATUS_TOKENS } from "./statusTokens";
import { BADGE_SHAPE } from "./SeverityBadge";

const useStyles = makeStyles({ badge: BADGE_SHAPE });

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
