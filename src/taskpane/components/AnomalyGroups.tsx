import { makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Anomaly, Severity } from "../../core/rules/anomaly";
import { SEVERITY_ORDER } from "../../core/rules/anomaly";
import { ruleDescription } from "../../core/wording/renderMessage";
import { useI18n } from "../i18n/messages";
import { resultRows, type ResultGroup, type ResultRow } from "../session/anomalyGroups";
import { AnomalyItem } from "./AnomalyItem";
import { countWords } from "./paneWords";
import { SeverityBadge } from "./Badges";
import { useVirtualRows } from "./useVirtualRows";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column" },
  row: { paddingBottom: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: "inherit", fontWeight: "inherit" },
  toggle: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  chevron: { flexShrink: 0, display: "flex", paddingTop: "2px", color: tokens.colorNeutralForeground2 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  title: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  score: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Estimated heights before a row is measured: a group's header, an anomaly's card. */
const GROUP_ROW_PX = 56;
const ANOMALY_ROW_PX = 120;

interface AnomalyGroupsProps {
  groups: readonly ResultGroup[];
  shown: Record<Severity, boolean>;
  selected: Anomaly | null;
  onSelect: (anomaly: Anomaly) => void;
  /** The objective's score, already formatted, when it could be computed. */
  scoreOf: (code: string) => string | undefined;
}

/**
 * The anomalies, grouped by objective or by rule, every group open until the user closes it;
 * virtualised (see useVirtualRows): only the rows near the visible part are in the DOM. It is a
 * list whose items (groups' headers and anomalies) carry their position and the list's size, so
 * that screen readers say «3 di 812»; Tab moves between the rendered buttons, the arrow keys
 * (and Home, End) between the rows of the whole list, rendering the row they reach.
 */
export function AnomalyGroups({ groups, shown, selected, onSelect, scoreOf }: AnomalyGroupsProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => resultRows(groups, shown, closed), [groups, shown, closed]);
  const keys = useMemo(() => rows.map((row) => row.key), [rows]);
  const estimate = useCallback((index: number) => (rows[index]?.kind === "group" ? GROUP_ROW_PX : ANOMALY_ROW_PX), [rows]);
  const virtual = useVirtualRows(keys, estimate);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);

  const toggle = (key: string) => {
    const next = new Set(closed);
    if (!next.delete(key)) next.add(key);
    setClosed(next);
  };

  // A selected anomaly (a click, «anomalia successiva») is always in view, its group open.
  const selectedGroup = selected ? groups.find((group) => group.anomalies.includes(selected)) : undefined;
  useEffect(() => {
    if (selectedGroup && closed.has(selectedGroup.key)) {
      const next = new Set(closed);
      next.delete(selectedGroup.key);
      setClosed(next);
    }
  }, [selectedGroup, closed]);
  const selectedIndex = selected ? rows.findIndex((row) => row.kind === "anomaly" && row.anomaly === selected) : -1;
  const { scrollToIndex } = virtual;
  // Once per selection (not again when rows are measured or the user scrolls away).
  const scrolledTo = useRef<Anomaly | null>(null);
  useEffect(() => {
    if (selected === null || selectedIndex < 0 || scrolledTo.current === selected) return;
    scrolledTo.current = selected;
    scrollToIndex(selectedIndex);
  });

  // The arrow keys reach rows that were not rendered yet: focus follows once they are.
  useEffect(() => {
    if (pendingFocus === null) return;
    const element = virtual.listRef.current?.querySelector<HTMLElement>(`[data-row="${pendingFocus}"] button`);
    if (element) {
      element.focus();
      setPendingFocus(null);
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>("[data-row]");
    if (!current) return;
    const index = Number(current.dataset.row);
    const targets: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    const target = targets[event.key];
    if (target === undefined || target < 0 || target >= rows.length) return;
    event.preventDefault();
    scrollToIndex(target);
    setPendingFocus(target);
  };

  const grouping = groups[0]?.grouping ?? "objective";
  return (
    <div
      ref={virtual.listRef}
      role="list"
      aria-label={t(grouping === "rule" ? "results.listLabel.rule" : "results.listLabel")}
      className={styles.list}
      style={{ paddingTop: virtual.paddingTop, paddingBottom: virtual.paddingBottom }}
      onKeyDown={onKeyDown}
      data-testid="anomaly-list"
      data-rows={rows.length}
    >
      {rows.slice(virtual.start, virtual.end).map((row, offset) => {
        const index = virtual.start + offset;
        return (
          <div
            key={row.key}
            ref={virtual.rowRef(index)}
            role="listitem"
            aria-setsize={rows.length}
            aria-posinset={index + 1}
            data-row={index}
            className={styles.row}
          >
            {row.kind === "group" ? (
              <GroupHeader row={row} locale={locale} onToggle={() => toggle(row.key)} scoreOf={scoreOf} />
            ) : (
              <AnomalyItem anomaly={row.anomaly} selected={selected === row.anomaly} onSelect={onSelect} />
            )}
          </div>
        );
      })}
    </div>
  );
}

function GroupHeader({
  row,
  locale,
  onToggle,
  scoreOf,
}: {
  row: Extract<ResultRow, { kind: "group" }>;
  locale: "it" | "en";
  onToggle: () => void;
  scoreOf: (code: string) => string | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const { group, shown, open } = row;
  const byRule = group.grouping === "rule";
  const label = group.label ?? t("results.generalGroup");
  const title = byRule && group.label ? ruleDescription(group.label, locale) : group.title;
  const score = !byRule && group.label !== null ? scoreOf(group.label) : undefined;
  const counts = SEVERITY_ORDER.filter((severity) => shown[severity] > 0);
  return (
    <h3 className={styles.heading}>
      <button type="button" className={styles.toggle} aria-expanded={open} data-group={group.key} onClick={onToggle}>
        <span aria-hidden="true" className={styles.chevron}>
          {open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        </span>
        <span className={styles.header}>
          <span className={styles.line}>
            <span className={styles.code}>{label}</span>
            {counts.map((severity) => (
              <SeverityBadge key={severity} severity={severity}>
                {countWords(i18n, severity, shown[severity])}
              </SeverityBadge>
            ))}
            {score ? <span className={styles.score}>{t("results.score", { score })}</span> : null}
          </span>
          {title && title !== label ? <span className={styles.title}>{title}</span> : null}
        </span>
      </button>
    </h3>
  );
}
