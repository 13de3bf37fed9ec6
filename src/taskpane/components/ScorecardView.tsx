import { Button, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { buildScorecard, type ScorecardList } from "../../core/report/scorecard";
import type { PlanScores } from "../../core/report/scorePlan";
import { STATUSES, statusLabel } from "../../core/report/cellColors";
import { numbersFor } from "../../core/wording/formatNumbers";
import { useI18n } from "../i18n/messages";
import type { MessageKey } from "../i18n/messages";
import { StatusBadge } from "./Badges";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  score: { fontWeight: tokens.fontWeightSemibold, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  detail: {
    gridColumn: "1 / -1",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  status: { gridColumn: "1 / -1" },
});

/** Rows shown per list before «Mostra tutte»: a plan of 1.000 objectives stays light to render. */
export const FIRST_ROWS = 100;

interface ListProps {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  list: ScorecardList;
}

function ScorecardSection({ id, title, empty, list }: ListProps) {
  const { t, locale, percent } = useI18n();
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const numbers = numbersFor(locale);
  const shown = all ? list.rows : list.rows.slice(0, FIRST_ROWS);
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {t(title)}
      </Subtitle2>
      {list.rows.length === 0 ? (
        <Text as="p">{t(empty)}</Text>
      ) : (
        <>
          <ul className={styles.counts} aria-label={t("scorecard.countsLabel")}>
            {STATUSES.filter((status) => list.counts[status] > 0).map((status) => (
              <li key={status}>
                <Text size={200}>{t("scorecard.count", { status: statusLabel(status, locale), count: numbers.number(list.counts[status], 0) })}</Text>
              </li>
            ))}
          </ul>
          <ul className={styles.list} aria-labelledby={id}>
            {shown.map((row) => (
              <li key={row.key} className={styles.row}>
                <Text className={styles.label}>{row.label}</Text>
                <Text className={styles.score}>{row.score === null ? "" : percent(row.score)}</Text>
                {row.detail === "" ? null : <Text className={styles.detail}>{row.detail}</Text>}
                <span className={styles.status}>
                  <StatusBadge status={row.status} />
                </span>
              </li>
            ))}
          </ul>
          {shown.length < list.rows.length ? (
            <Button appearance="secondary" onClick={() => setAll(true)}>
              {t("scorecard.showAll", { count: numbers.number(list.rows.length, 0) })}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

/**
 * The scorecard: per manager, then per objective (the longer list), each row with its score and
 * the status of the scoring profile in words and colour (StatusBadge), and how many rows have
 * each status. The figures are the Riepilogo's.
 */
export function ScorecardView({ scores }: { scores: PlanScores }) {
  const styles = useStyles();
  const scorecard = useMemo(() => buildScorecard(scores), [scores]);
  return (
    <div className={styles.root}>
      <ScorecardSection id="scorecard-managers" title="scorecard.managers" empty="scorecard.noManagers" list={scorecard.managers} />
      <ScorecardSection id="scorecard-objectives" title="scorecard.objectives" empty="scorecard.noObjectives" list={scorecard.objectives} />
    </div>
  );
}
