import { makeStyles, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_COLORS } from "../../core/report/cellColors";
import { useI18n } from "../i18n/messages";
import type { Locale, Translate } from "../i18n/messages";
import type { Verdict } from "../session/anomalyGroups";
import type { PlanOverview } from "../session/sessionState";
import { countText, verdictSentence } from "./paneWords";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "6px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  verdict: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400, overflowWrap: "anywhere" },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
});

/** What to do next, under the verdict. */
function verdictDetail(t: Translate, locale: Locale, verdict: Verdict, overview: PlanOverview): string {
  switch (verdict.kind) {
    case "empty":
      return t("verdict.emptyHint");
    case "notReady":
      // The warnings and infos are counted on the filters just below.
      return t("verdict.fixFirst");
    case "ready":
      return t("verdict.checked", {
        indicators: countText(locale, overview.indicators),
        objectives: countText(locale, overview.strategicObjectives + overview.operationalObjectives),
      });
  }
}

/** The card at the top of the results: the plan is not ready, has nothing to check, or is ready for the OIV. */
export function VerdictCard({ verdict, overview }: { verdict: Verdict; overview: PlanOverview }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const styles = useStyles();
  const accent =
    verdict.kind === "notReady" ? HIGHLIGHT_COLORS.errore.accent : verdict.kind === "ready" ? tokens.colorPaletteGreenBorder2 : tokens.colorNeutralStroke1;
  return (
    <div className={styles.card} style={{ borderLeftColor: accent }} data-testid="verdict" data-verdict={verdict.kind}>
      <h2 id="results-title" className={styles.caption}>
        {t("results.title")}
      </h2>
      <p className={styles.verdict}>{verdictSentence(i18n, verdict)}</p>
      <p className={styles.detail}>{verdictDetail(t, locale, verdict, overview)}</p>
    </div>
  );
}
