import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { PlanOverview } from "../session/sessionTypes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

/** The plan found, in a few lines: sheets, objectives, indicators, reporting date. */
export function PlanSummary({ overview, showHint }: { overview: PlanOverview; showHint: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const objectives = overview.strategicObjectives + overview.operationalObjectives;
  const period = `${overview.reportingDate} (${t(`summary.source.${overview.periodSource}`)})`;
  return (
    <section className={styles.root} aria-labelledby="plan-summary-title">
      <Subtitle2 as="h2" id="plan-summary-title">
        {t("summary.title")}
      </Subtitle2>
      <dl className={styles.list}>
        <dt className={styles.term}>{t("summary.sheets")}</dt>
        <dd className={styles.value}>{overview.planSheets.join(", ")}</dd>
        <dt className={styles.term}>{t("summary.objectives")}</dt>
        <dd className={styles.value}>
          {objectives} ·{" "}
          {t("summary.objectivesDetail", { strategic: overview.strategicObjectives, operational: overview.operationalObjectives })}
        </dd>
        <dt className={styles.term}>{t("summary.indicators")}</dt>
        <dd className={styles.value}>{overview.indicators}</dd>
        <dt className={styles.term}>{t("summary.reportingDate")}</dt>
        <dd className={styles.value}>{period}</dd>
      </dl>
      {showHint ? <Text as="p">{t("summary.hint")}</Text> : null}
    </section>
  );
}
