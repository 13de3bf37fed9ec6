import { makeStyles } from "@fluentui/react-components";
import { useI18n } from "../i18n/messages";
import type { SessionState } from "../session/sessionState";
import { verdictOf } from "../session/anomalyGroups";
import { countText, failureTitle, progressText, verdictSentence, type Words } from "./paneWords";
import type { SeverityCounts } from "../../core/report/summarizeAnomalies";

/** The counts with thousands separators, as the placeholders of «results.counts» take them. */
function countsText({ locale }: Words, counts: SeverityCounts): Record<keyof SeverityCounts, string> {
  return { errore: countText(locale, counts.errore), avviso: countText(locale, counts.avviso), info: countText(locale, counts.info) };
}

/** Read by screen readers, not shown (the usual visually-hidden pattern): shared by the pane's hidden texts. */
export const SCREEN_READER_ONLY = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

const useStyles = makeStyles({
  // Read by screen readers, not shown: the visible views carry the same information.
  hidden: SCREEN_READER_ONLY,
});

/** One sentence for screen readers, announced politely whenever the state changes. */
function statusSentence(state: SessionState, words: Words): string {
  const { t } = words;
  const view = state.view;
  switch (view.status) {
    case "starting":
      return t("app.starting");
    case "noPlan":
      return t("noPlan.title");
    case "ready":
      return t("summary.title");
    case "validating":
      return progressText(t, view.phase, view.step, view.steps);
    case "results": {
      // The verdict first, as the card says it, then the counts.
      const verdict = verdictSentence(words, verdictOf(view.validation.counts, view.overview.indicators));
      return view.validation.anomalies.length === 0 ? `${verdict}.` : `${verdict}. ${t("results.counts", countsText(words, view.validation.counts))}`;
    }
    case "error":
      return t(failureTitle(view.failure.operation));
  }
}

export function LiveStatus({ state }: { state: SessionState }) {
  const i18n = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="live-status">
      {statusSentence(state, i18n)}
    </div>
  );
}
