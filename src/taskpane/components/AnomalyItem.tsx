import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import type { Anomaly } from "../../core/rules/anomaly";
import { renderMessage, ruleName } from "../../core/wording/renderMessage";
import { useI18n } from "../i18n/messages";
import { SeverityBadge } from "./Badges";

const useStyles = makeStyles({
  // The card: the whole of it takes the user to the cell, through the button's overlay below.
  card: {
    position: "relative",
    // Its own stacking context: the «Come è calcolato» disclosure rises above the card's overlay
    // only, never above the sticky commands the list scrolls under.
    isolation: "isolate",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { border: `2px solid ${tokens.colorBrandStroke1}` },
  // The button holds only the card's first line, which is its accessible name (what is seen is
  // what is heard: WCAG 2.5.3); its ::after covers the card, so a click anywhere on it selects.
  button: {
    display: "block",
    width: "100%",
    padding: 0,
    border: 0,
    textAlign: "start",
    backgroundColor: "transparent",
    color: "inherit",
    fontFamily: "inherit",
    fontSize: "inherit",
    cursor: "pointer",
    "::after": { content: '""', position: "absolute", inset: 0, borderRadius: tokens.borderRadiusMedium },
    ":focus-visible": { outline: "none" },
    ":focus-visible::after": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  address: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  message: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  // Above the button's overlay, so that the disclosure opens instead of selecting the cell.
  detail: { position: "relative", zIndex: 1, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  detailSummary: { cursor: "pointer", paddingBlock: tokens.spacingVerticalXXS },
});

/** "Indicatori!K12", as Excel's name box shows it; quoted only when the sheet name needs it ("'Piano 2020'!K12"). */
export function cellAddress(sheet: string, cell: string): string {
  const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cell}`;
}

interface AnomalyItemProps {
  anomaly: Anomaly;
  selected: boolean;
  onSelect: (anomaly: Anomaly) => void;
}

/**
 * One anomaly: severity, address, message, rule and suggested fix. A card whose first line is a
 * button, so a click anywhere on it, Enter or Space takes the user to the cell. Every text
 * comes from cells or rules and is rendered as text, never as HTML.
 * The message and the suggestion are worded in the pane's language from the anomaly's key and figures;
 * the rule shows by its plain name (its id as the tooltip), and how the figures were calculated sits
 * in a «Come è calcolato» disclosure (outside the button: a control in a button is not allowed).
 * Its accessible name is short (severity, cell, indicator: the button's own text); the message and
 * the fix are its description.
 */
export function AnomalyItem({ anomaly, selected, onSelect }: AnomalyItemProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const address = cellAddress(anomaly.sheet, anomaly.cell);
  const id = useId();
  const { message, suggestion, detail } = useMemo(() => (locale === "it" ? anomaly : renderMessage(anomaly, locale)), [anomaly, locale]);
  return (
    <div className={mergeClasses(styles.card, selected && styles.selected)} data-anomaly="">
      <button
        type="button"
        className={styles.button}
        aria-current={selected ? "true" : undefined}
        data-address={address}
        data-severity={anomaly.severity}
        aria-describedby={suggestion ? `${id}-message ${id}-suggestion` : `${id}-message`}
        onClick={() => onSelect(anomaly)}
      >
        <span className={styles.head}>
          <SeverityBadge severity={anomaly.severity}>{t(`severity.${anomaly.severity}`)}</SeverityBadge>
          <span className={styles.address}>{address}</span>
          {anomaly.indicator ? <Text size={200}>{t("anomaly.indicator", { indicator: anomaly.indicator })}</Text> : null}
        </span>
      </button>
      <span className={styles.message} id={`${id}-message`}>
        {message}
      </span>
      {suggestion ? (
        <Text size={200} className={styles.meta} id={`${id}-suggestion`}>
          {t("anomaly.suggestion")}: {suggestion}
        </Text>
      ) : null}
      <Text size={200} className={styles.meta} title={anomaly.rule}>
        {ruleName(anomaly.rule, locale)}
      </Text>
      {detail ? (
        <details className={styles.detail}>
          <summary className={styles.detailSummary}>{t("anomaly.howCalculated")}</summary>
          {detail}
        </details>
      ) : null}
    </div>
  );
}
