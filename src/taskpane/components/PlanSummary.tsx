import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { useI18n } from "../i18n/messages";
import type { PlanOverview } from "../session/sessionState";
import { countText } from "./paneWords";

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
  heading: { margin: 0, fontSize: "inherit", fontWeight: "inherit" },
  toggle: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: "none",
    background: "none",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    textAlign: "start",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  toggleTitle: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  toggleLine: { color: tokens.colorNeutralForeground2 },
});

/** The reporting date with where it came from; none when the plan has no indicators to date. */
function periodText(overview: PlanOverview, t: ReturnType<typeof useI18n>["t"]): string {
  if (overview.indicators === 0) return t("summary.noDate");
  return `${overview.reportingDate} (${t(`summary.source.${overview.periodSource}`)})`;
}

/**
 * The plan found, in a few lines: sheets, objectives, indicators, reporting date. After a
 * validation (`collapsible`) it is one line that opens on request, so that the verdict and the
 * first anomalies are in view.
 */
export function PlanSummary({ overview, showHint, collapsible = false }: { overview: PlanOverview; showHint: boolean; collapsible?: boolean }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(!collapsible);
  const detailsId = useId();
  const objectives = overview.strategicObjectives + overview.operationalObjectives;
  const details = (
    <dl className={styles.list} id={detailsId}>
      <dt className={styles.term}>{t("summary.sheets")}</dt>
      <dd className={styles.value}>{overview.planSheets.join(", ")}</dd>
      <dt className={styles.term}>{t("summary.objectives")}</dt>
      <dd className={styles.value}>
        {countText(locale, objectives)} ·{" "}
        {t("summary.objectivesDetail", { strategic: countText(locale, overview.strategicObjectives), operational: countText(locale, overview.operationalObjectives) })}
      </dd>
      <dt className={styles.term}>{t("summary.indicators")}</dt>
      <dd className={styles.value}>{countText(locale, overview.indicators)}</dd>
      <dt className={styles.term}>{t("summary.reportingDate")}</dt>
      <dd className={styles.value}>{periodText(overview, t)}</dd>
    </dl>
  );
  if (collapsible) {
    return (
      <section className={styles.root} aria-labelledby="plan-summary-title">
        <h2 className={styles.heading}>
          <button type="button" id="plan-summary-title" className={styles.toggle} aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
            <span className={styles.toggleTitle}>
              {open ? <ChevronDown16Regular aria-hidden="true" /> : <ChevronRight16Regular aria-hidden="true" />}
              {t("summary.title")}
            </span>
            <span className={styles.toggleLine}>
              {t(overview.indicators === 0 ? "summary.collapsedNoDate" : "summary.collapsed", {
                objectives: countText(locale, objectives),
                indicators: countText(locale, overview.indicators),
                date: overview.reportingDate,
              })}
            </span>
          </button>
        </h2>
        {open ? details : null}
      </section>
    );
  }
  return (
    <section className={styles.root} aria-labelledby="plan-summary-title">
      <Subtitle2 as="h2" id="plan-summary-title">
        {t("summary.title")}
      </Subtitle2>
      {details}
      {showHint ? <Text as="p">{t("summary.hint")}</Text> : null}
    </section>
  );
}
